/**
 * The seed ledger (seeds/jiangsu-machinery-ledger-2027.csv): written by `npm run seeds` with its deliberate breaches
 * worked out by the generator from the scheme's arithmetic; the check finds each of them, with its clause and amount,
 * and nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkLedger, DEFAULT_COMPLIANCE, monthIndex, monthText } from '../../models/compliance';
import { importLedger } from '../../models/io/ledger';
import { parseWorkforceCsv } from '../../models/io/csv';
import { fingerprint } from '../../models/fingerprint';
import { parseScenarioJson, type Scenario } from '../../models/pay/scenario';
import { ledgerCsv, LEDGER_SEED, LEDGER_TERM, signedWithInnovation } from '../../seeds/ledger';
import { tableToAchievements } from '../../models/io/achievements';
import { csvRows } from '../../models/io/csv';
import { rewardsDue } from '../../models/innovation/innovation';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (p: string) => readFileSync(join(root, 'seeds', p));

describe('the seed ledger', () => {
  const w = parseWorkforceCsv(read('jiangsu-machinery.csv'), { file: 'jiangsu-machinery.csv' }).workforce;
  const parsed = parseScenarioJson(read('scenarios/union.json').toString('utf8'));
  if (!parsed.ok) throw new Error('union.json');
  const union: Scenario = parsed.scenario;
  // Paid under the union's scheme with the innovation panel's default rules, the sample's achievements rewarded by them.
  const scheme = signedWithInnovation(union);
  const achievements = tableToAchievements(csvRows(read('jiangsu-machinery-innovations.csv').toString('utf8')).rows, 'jiangsu-machinery-innovations.csv').achievements;
  const made = ledgerCsv(w, scheme, LEDGER_SEED, achievements);

  it('is what the generator writes (npm run seeds), in GBK, with the contract it was signed under', () => {
    expect(Buffer.compare(iconv.encode(made.csv, 'gbk'), read('jiangsu-machinery-ledger-2027.csv'))).toBe(0);
    expect(JSON.parse(read('contract-2027.json').toString('utf8'))).toEqual({ termStart: LEDGER_TERM.termStart, contract: { years: LEDGER_TERM.years, tranches: LEDGER_TERM.tranches } });
    // Every kind the check finds is among the breaches (the skill-talent floor beside a larger shortfall: see seeds/ledger.ts).
    const kinds = new Set(made.breaches.flatMap((b) => [b.kind, ...(b.also ?? [])]));
    expect([...kinds].sort()).toEqual(['deduction', 'guarantee', 'innovation', 'late', 'minimumWage', 'overtime', 'payRule', 'skillFloor', 'tranche']);
  });

  const imported = importLedger(read('jiangsu-machinery-ledger-2027.csv'), { file: 'jiangsu-machinery-ledger-2027.csv' });
  const terms = { termStart: LEDGER_TERM.termStart, termYears: LEDGER_TERM.years, tranches: LEDGER_TERM.tranches, settings: DEFAULT_COMPLIANCE };

  it('every deliberate breach is found with its clause and amount, and nothing else', async () => {
    const imp = await imported;
    expect(imp.errors).toEqual([]);
    expect(imp.warnings).toEqual([]);
    expect(imp.ignoredColumns).toEqual([]);
    expect(imp.personalColumns).toBe(1);
    const r = checkLedger(imp.ledger, { scheme, fingerprint: fingerprint(scheme), workforce: w, ...terms, innovation: { achievements } });
    const key = (x: { worker: string; month: string; kind: string }) => `${x.worker} ${x.month} ${x.kind}`;
    const found = r.findings.map((f) => ({ worker: f.worker, month: monthText(f.month), kind: f.kind, short: f.short, madeGood: f.madeGood, also: f.also }));
    expect(found.map(key).sort()).toEqual(made.breaches.map(key).sort());
    for (const b of made.breaches) {
      const f = found.find((x) => key(x) === key(b))!;
      expect([key(b), Math.abs(f.short - b.short) <= 0.011]).toEqual([key(b), true]);
      expect([key(b), f.madeGood]).toEqual([key(b), b.madeGood]);
      for (const a of b.also ?? []) expect(f.also).toContain(a);
    }
    expect(r.checked).toBe(1200 * 12 + 4);
    expect(r.lawOnly.notInSheetIds).toEqual(['JX9001']);
    expect(r.totals.late).toBe(1);
    expect(r.months).toEqual({ from: monthIndex('2027-01'), to: monthIndex('2027-12') });
  });

  it('the innovation rewards: every one due in 2027 was paid but the one held back; without the rules nothing is held to them', async () => {
    const imp = await imported;
    const r = checkLedger(imp.ledger, { scheme, fingerprint: fingerprint(scheme), workforce: w, ...terms, innovation: { achievements } });
    // What fell due in 2027, summed from the dues by month (the 2026 shares with March's pay, late-2026 one-offs in January–March).
    let due = 0;
    for (const list of rewardsDue({ a: achievements, rules: scheme.innovation!, wageBill: 0 }).byMember.values()) for (const d of list) if (d.month >= monthIndex('2027-01') && d.month <= monthIndex('2027-12')) due += d.amount;
    const held = made.breaches.find((b) => b.kind === 'innovation')!;
    expect(r.innovation!.due).toBeCloseTo(due, 2);
    expect(r.innovation!.paidOnTime).toBeCloseTo(due - held.short, 2);
    expect(held.month).toBe('2027-03');
    // Held to the union's scheme as it is (no innovation rules), the same ledger shows every breach but that one.
    const plain = checkLedger(imp.ledger, { scheme: union, fingerprint: fingerprint(union), workforce: w, ...terms, innovation: { achievements } });
    expect(plain.innovation).toBeNull();
    const key = (x: { worker: string; month: number | string; kind: string }) => `${x.worker} ${typeof x.month === 'number' ? monthText(x.month) : x.month} ${x.kind}`;
    expect(plain.findings.map(key).sort()).toEqual(made.breaches.filter((b) => b.kind !== 'innovation').map(key).sort());
  });
});
