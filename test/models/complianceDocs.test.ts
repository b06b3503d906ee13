/**
 * The papers of 履约检查 from the seed ledger's check: the letter to the labour inspectorate lists every amount still
 * owed under the item of 《劳动合同法》第八十五条 it falls under (pay short of the contract and deductions: (一); the
 * minimum wage: (二); overtime: (三)), with the ledger's file and row; the items add up to what is outstanding, worked
 * out from the generator's own breaches (seeds/ledger.ts), not from the check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLedger, DEFAULT_COMPLIANCE, type ComplianceResult } from '../../models/compliance';
import { buildComplianceDocument, defaultForm } from '../../models/documents';
import { docText, type Doc } from '../../models/io/docx';
import { importLedger } from '../../models/io/ledger';
import { parseWorkforceCsv } from '../../models/io/csv';
import { fingerprint } from '../../models/fingerprint';
import { parseScenarioJson } from '../../models/pay/scenario';
import { ledgerCsv, LEDGER_SEED, LEDGER_TERM, signedWithInnovation } from '../../seeds/ledger';
import { tableToAchievements } from '../../models/io/achievements';
import { csvRows } from '../../models/io/csv';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (p: string) => readFileSync(join(root, 'seeds', p));
const FILE = 'jiangsu-machinery-ledger-2027.csv';

describe('the papers of 履约检查', async () => {
  const w = parseWorkforceCsv(read('jiangsu-machinery.csv'), { file: 'jiangsu-machinery.csv' }).workforce;
  const parsed = parseScenarioJson(read('scenarios/union.json').toString('utf8'));
  if (!parsed.ok) throw new Error('union.json');
  // The scheme the ledger was paid under: the union's with the default innovation rules, the sample's achievements.
  const scheme = signedWithInnovation(parsed.scenario);
  const achievements = tableToAchievements(csvRows(read('jiangsu-machinery-innovations.csv').toString('utf8')).rows, 'i.csv').achievements;
  const breaches = ledgerCsv(w, scheme, LEDGER_SEED, achievements).breaches;
  const imp = await importLedger(read(FILE), { file: FILE });
  const r = checkLedger(imp.ledger, { scheme, fingerprint: fingerprint(scheme), workforce: w, termStart: LEDGER_TERM.termStart, termYears: LEDGER_TERM.years, tranches: LEDGER_TERM.tranches, settings: DEFAULT_COMPLIANCE, innovation: { achievements } });
  const result = { ...r, ledgerFingerprint: 'f'.repeat(64) };
  const names = new Map(w.id.map((id, i) => [id, w.name[i]!]));
  const data = (res: ComplianceResult & { ledgerFingerprint: string }) => ({ scheme: scheme.name, result: res, termStart: LEDGER_TERM.termStart, termYears: LEDGER_TERM.years, tranches: LEDGER_TERM.tranches, name: (id: string) => names.get(id) ?? '' });
  const form = { ...defaultForm('zh', '2028-01-20'), enterprise: '江苏某机械有限公司', union: '江苏某机械有限公司工会委员会' };
  const table = (doc: Doc, title: string) => {
    const b = doc.blocks.find((x) => x.kind === 'table' && x.table.title?.startsWith(title));
    if (!b || b.kind !== 'table') throw new Error(title);
    return b.table;
  };
  const money = (x: number) => x.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  it('the letter to the inspectorate: each item of art. 85 with the amounts the generator put in, every row of the ledger named', () => {
    // From the generator: what each breach leaves outstanding (short − made good), by the item of art. 85.
    const ITEM = { payRule: 0, tranche: 0, guarantee: 0, skillFloor: 0, innovation: 0, deduction: 0, minimumWage: 1, overtime: 2 } as Record<string, number>;
    const expected = [0, 0, 0];
    for (const b of breaches) if (b.kind !== 'late') expected[ITEM[b.kind]!]! += b.short - b.madeGood;
    const doc = buildComplianceDocument('inspectorate', data(result), form, 'zh', '2028-01-20');
    const items = table(doc, '分项汇总');
    const amount = (s: string | number) => Number(String(s).replace(/,/g, ''));
    const byItem = [0, 0, 0];
    for (const row of items.rows.slice(0, -1)) byItem['一二三'.indexOf(String(row[0]).match(/第八十五条第\((.)\)项/)![1]!)] = amount(row[4]!);
    for (let i = 0; i < 3; i++) expect(byItem[i]).toBeCloseTo(expected[i]!, 1);
    expect(amount(items.rows.at(-1)![4]!)).toBeCloseTo(expected[0]! + expected[1]! + expected[2]!, 1);
    // The attachment: one row per amount outstanding, its ledger row; the file once, in the title.
    const att = table(doc, '尚欠工资明细');
    const owed = r.findings.filter((f) => f.outstanding > 0);
    expect(att.title).toContain(`台账文件 ${FILE}`);
    expect(att.rows.slice(0, -1).map((x) => x[6]).sort()).toEqual(owed.map((f) => `第 ${f.row} 行`).sort());
    expect(owed.length).toBe(breaches.filter((b) => b.kind !== 'late' && b.short - b.madeGood > 0.005).length);
    const text = docText(doc);
    expect(text).toContain(`仍尚欠 ${money(r.totals.outstanding)} 元`);
    expect(text).toContain(`台账指纹：${'f'.repeat(64)}`);
    // The late payment was paid: counted, not asked for.
    expect(text).toContain('另有 1 次工资晚于合同约定的发放日');
  });

  it('with several ledger files, each amount names its file and row', () => {
    const split = { ...result, findings: result.findings.map((f, i) => ({ ...f, file: i % 2 ? '2027-下半年.csv' : '2027-上半年.csv' })) };
    const att = table(buildComplianceDocument('inspectorate', data(split), form, 'zh', '2028-01-20'), '尚欠工资明细');
    expect(att.title).not.toContain('台账文件');
    const owed = split.findings.filter((f) => f.outstanding > 0);
    expect(att.rows.slice(0, -1).map((x) => x[6]).sort()).toEqual(owed.map((f) => `${f.file} 第 ${f.row} 行`).sort());
  });

  it('the report says how the innovation rewards were held, with what fell due and was paid; without the achievements, that they were not checked', () => {
    const x = r.innovation!;
    const held = breaches.find((b) => b.kind === 'innovation')!;
    expect(x.due - x.paidOnTime).toBeCloseTo(held.short, 2);
    const text = docText(buildComplianceDocument('compliance-report', data(result), form, 'zh', '2028-01-20'));
    expect(text).toContain(`按 ${x.achievements} 项成果`);
    expect(text).toContain('一次性奖励最迟随认定之月后第3个月的工资发放，上一年度的收益分成最迟随次年 3 月的工资发放');
    expect(text).toContain(`核对月份内到期 ${money(x.due)} 元（${x.workers} 人），到期时已发 ${money(x.paidOnTime)} 元`);
    const notHeld = docText(buildComplianceDocument('compliance-report', data({ ...result, innovation: { ...x, achievements: 0 } }), form, 'zh', '2028-01-20'));
    expect(notHeld).toContain('未提供创新成果清单，创新奖励未核对');
    // The rectification notice names the achievement and the month it was due by.
    const notice = docText(buildComplianceDocument('rectification', data(result), form, 'zh', '2028-01-20'));
    expect(notice).toContain('应随 2027-03 工资发放');
  });

  it('every paper carries both fingerprints under the title, in both languages', () => {
    for (const kind of ['compliance-report', 'rectification', 'inspectorate'] as const)
      for (const lang of ['zh', 'en'] as const) {
        const doc = buildComplianceDocument(kind, data(result), defaultForm(lang, '2028-01-20'), lang, '2028-01-20');
        expect(doc.fingerprint).toBe(r.fingerprint);
        expect(doc.moreFingerprints?.[0]?.value).toBe('f'.repeat(64));
      }
  });
});
