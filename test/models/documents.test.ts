/** The bargaining documents: every figure equals the engine's, the vote rules worked by hand, dates by the filing rules. */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../models/bargaining';
import { addDays, buildDocument, defaultForm, DOCUMENT_KINDS, documentData, tally } from '../../models/documents';
import { buildDocx, docText } from '../../models/io/docx';
import { parseWorkforceCsv } from '../../models/io/csv';
import { computePay } from '../../models/pay';
import { parseScenarioJson, type Scenario } from '../../models/scenario';
import { defaultTypicalWorkers } from '../../models/typical';
import { workforceFromRecords } from '../../models/workforce';
import { generateWorkforce } from '../../seeds/generate';

const seed = (name: string): Scenario => {
  const r = parseScenarioJson(readFileSync(new URL(`../../seeds/scenarios/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(name);
  return r.scenario;
};
const sample = parseWorkforceCsv(readFileSync(new URL('../../seeds/jiangsu-machinery.csv', import.meta.url)), { file: 'seed' }).workforce;
const big = workforceFromRecords(generateWorkforce(5000, 21));
const wan = (x: number) => `${(x / 1e4).toLocaleString('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} 万元`;

/** The text a reader of the Word file sees (every run of word/document.xml, in order). */
async function wordText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

const cases: [string, typeof sample, Scenario[]][] = [
  ['the sample', sample, [seed('union'), seed('management'), seed('compromise')]],
  ['5,000 workers', big, [{ ...seed('union'), craftsmen: [] }, { ...seed('management'), craftsmen: [] }]],
];

describe.each(cases)('documents on %s', (_, w, schemes) => {
  const s = schemes[0]!;
  const form = { ...defaultForm('zh', '2026-11-26'), enterprise: '江苏示例机械有限公司', union: '江苏示例机械有限公司工会委员会', termYears: 2 };
  const d = documentData(w, s, [...schemes], defaultTypicalWorkers('zh'), form);
  const engine = computePay(w, s, { takeHome: true });

  it('carry the engine\'s figures and the scheme\'s fingerprint, in the Word file as read back', async () => {
    expect(d.fingerprint).toBe(fingerprint(s));
    expect(d.summary.wageBill).toBe(engine.summary.wageBill);
    for (const kind of DOCUMENT_KINDS) {
      const doc = buildDocument(kind, d, form, 'zh', '2026-11-26');
      const text = await wordText(await buildDocx(doc, 'zh'));
      expect(text).toContain(d.fingerprint);
      if (kind === 'offer' || kind === 'costing' || kind === 'contract' || kind === 'congress') {
        expect(text).toContain(wan(engine.summary.wageBill));
        // Every grade's mean monthly pay under the scheme, as the pay table rounds it.
        for (const r of d.payTable) expect(text).toContain(Math.round(r.newMonthly).toLocaleString('zh-CN'));
      }
      if (kind === 'costing') {
        expect(text).toContain(wan(engine.summary.employerCost!));
        for (const y of d.contract.byYear) expect(text).toContain(Math.round(y.total).toLocaleString('zh-CN'));
      }
      if (kind === 'contract') {
        expect(text).toContain('江苏示例机械有限公司');
        expect(text).toContain('2026-11-01'); // the term's start (the first of this month) …
        expect(text).toContain('2028-10-31'); // … and its end, two years on
      }
      // The text model and the Word file say the same.
      for (const line of docText(doc).split('\n').filter((l) => l && !l.includes('_'))) expect(text.replace(/\s/g, '')).toContain(line.replace(/\s/g, '').slice(0, 40));
    }
  }, 60_000);

  it('the draft contract follows the scheme: another pool, other figures and another fingerprint', () => {
    const other = { ...s, annualPool: (s.annualPool ?? 1e8) * 1.03 };
    const d2 = documentData(w, other, [other], [], form);
    const a = docText(buildDocument('contract', d, form, 'zh', '2026-11-26'));
    const b = docText(buildDocument('contract', d2, form, 'zh', '2026-11-26'));
    expect(d2.fingerprint).not.toBe(d.fingerprint);
    expect(b).toContain(d2.fingerprint);
    expect(b).toContain(wan(computePay(w, other).summary.wageBill));
    expect(a).not.toBe(b);
  });

  it('edited wording is used, its placeholders filled from the model', () => {
    const edited = { ...form, articles: { innovation: '每年技术创新奖励:{{innovation}};工资总额 {{wageBill}}。' } };
    const text = docText(buildDocument('contract', d, edited, 'zh', '2026-11-26'));
    expect(text).toContain(`工资总额 ${wan(engine.summary.wageBill)}。`);
    expect(text).not.toContain('{{');
  });
});

describe('the vote and the dates', () => {
  it('two thirds present and more than half of all in favour, worked by hand', () => {
    // 60 representatives: 40 present needed, 31 in favour needed.
    expect(tally(60, 40, 31)).toMatchObject({ presentNeeded: 40, yesNeeded: 31, quorum: true, passes: true });
    expect(tally(60, 39, 39).passes).toBe(false); // no quorum
    expect(tally(60, 60, 30).passes).toBe(false); // half is not more than half
    // 61: 41 present (40.67 rounded up), 31 in favour (more than 30.5).
    expect(tally(61, 41, 31)).toMatchObject({ presentNeeded: 41, yesNeeded: 31, passes: true });
    expect(tally(61, 40, 40).quorum).toBe(false);
    expect(tally(60, 50, 51).passes).toBe(false); // more yes than present: not a valid count
  });

  it('filing dates follow the rules from the signing date', () => {
    const f = { ...defaultForm('zh', '2026-11-26'), signingDate: '2027-01-10', termStart: '2027-01-01', termYears: 1 };
    const text = docText(buildDocument('filing', documentData(sample, seed('union'), [seed('union')], [], f), f, 'zh', '2026-11-26'));
    expect(text).toContain(addDays('2027-01-10', 10));
    expect(addDays('2027-01-10', 10)).toBe('2027-01-20');
    expect(text).toContain('2027-02-04'); // 15 days after filing
    expect(text).toContain('2027-11-01'); // 60 days before 2027-12-31
  });
});
