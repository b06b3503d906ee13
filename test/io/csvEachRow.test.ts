/**
 * The ledger's and the innovations' CSV rows, one at a time: a file with no quote is split without papaparse's step
 * mode (its fast mode's own rule, faster); every row, cell and row number equals papaparse's step mode on the same
 * text, whatever the line breaks, the delimiter, blank lines and a last line with or without its break.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvEachRow } from '../../models/io/csv';

const papaRows = (text: string) => {
  const rows: string[][] = [];
  Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';'], step: (r) => void rows.push(r.data) });
  return rows;
};
const ours = (text: string) => {
  const rows: { row: number; cells: string[] }[] = [];
  csvEachRow(text, (r) => void rows.push(r));
  return rows;
};

describe('csvEachRow without quotes', () => {
  it('gives papaparse step mode’s rows, by hand', () => {
    for (const text of ['a,b\r\n1,2\r\n', 'a;b\n1;2', 'a\tb\n\n1\t2\n', '工号,月份\r\nJX1,2027-01\r\n\r\n', 'x', '', 'a,b\r1,2\r', 'a,b\r\n1,2\n3,4\r\n'])
      expect([text, ours(text).map((r) => r.cells)]).toEqual([text, papaRows(text)]);
  });

  it('property: any quote-free text splits as papaparse splits it, rows numbered from 1', () => {
    const cell = fc.stringMatching(/^[a-z0-9 .\-工号月份元]{0,6}$/);
    const line = fc.tuple(fc.array(cell, { minLength: 1, maxLength: 6 }), fc.constantFrom(',', '\t', ';')).map(([cs, d]) => cs.join(d));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (lines, br, last) => {
        const text = lines.join(br) + (last ? br : '');
        const got = ours(text);
        expect(got.map((r) => r.cells)).toEqual(papaRows(text));
        expect(got.map((r) => r.row)).toEqual(got.map((_, i) => i + 1));
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });
});
