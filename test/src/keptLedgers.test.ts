/**
 * The page's ledgers are kept in the engine (a year of a large plant never crosses to the page): read with `keep`,
 * refused when a worker's month is already in a kept file (named, with the first), counted per worker where they are,
 * and let go when no longer loaded.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkerClient } from '../../workers/client/workerClient';
import { inProcessSpawner } from '../../workers/client/inProcess';

describe('ledgers kept in the engine', () => {
  it('kept, refused on a repeated month, counted, let go', async () => {
    const client = new WorkerClient(inProcessSpawner, 1);
    try {
      const text = readFileSync('seeds/jiangsu-machinery-ledger-2027.csv');
      const a = await client.ask({ kind: 'importLedger', bytes: new Uint8Array(text), file: 'a.csv', keep: 'k1', against: [] });
      // The answer carries no rows: they stay in the engine.
      expect([a.valid, a.ledger.size, a.repeats]).toEqual([14404, 0, undefined]);
      expect((await client.ask({ kind: 'ledgerRows', kept: ['k1'], id: 'JX0001' })).rows).toBe(12);
      expect((await client.ask({ kind: 'ledgerRows', kept: ['k1'], id: 'JX9001' })).rows).toBe(4);
      // The same year again: every worker's month is already there; the first named, and this file not kept.
      const b = await client.ask({ kind: 'importLedger', bytes: new Uint8Array(text), file: 'b.csv', keep: 'k2', against: ['k1'] });
      expect(b.repeats).toHaveLength(50);
      expect(b.repeats![0]).toEqual({ file: 'b.csv', row: 2, id: 'JX0001', firstFile: 'a.csv', firstRow: 2 });
      await expect(client.ask({ kind: 'ledgerRows', kept: ['k2'], id: 'JX0001' })).rejects.toThrow('no ledger kept as "k2"');
      // A month of the next year beside it: kept. Then March again, looked for in the files that hold March only —
      // the first named in the year's file, whatever the order the kept files are given in.
      const enc = (t: string) => new TextEncoder().encode(t);
      const c = await client.ask({ kind: 'importLedger', bytes: enc('月份,工号,岗位工资\n2028-01,JX0001,5000\n'), file: 'c.csv', keep: 'k3', against: ['k1'] });
      expect([c.valid, c.repeats]).toEqual([1, undefined]);
      const d = await client.ask({ kind: 'importLedger', bytes: enc('月份,工号,岗位工资\n2028-02,JX0001,5000\n2027-03,JX0002,5000\n'), file: 'd.csv', keep: 'k4', against: ['k3', 'k1'] });
      expect(d.repeats).toEqual([{ file: 'd.csv', row: 3, id: 'JX0002', firstFile: 'a.csv', firstRow: 2403 }]);
      // Let go: asked about after, it is said to be gone (the page reads its files again then).
      expect((await client.ask({ kind: 'keepLedgers', keep: ['k1'] })).kept).toBe(1);
      expect((await client.ask({ kind: 'keepLedgers', keep: [] })).kept).toBe(0);
      await expect(client.ask({ kind: 'ledgerRows', kept: ['k1'], id: 'JX0001' })).rejects.toThrow('no ledger kept as "k1"');
    } finally {
      client.dispose();
    }
  });
});
