/**
 * What the browser stored is read back part by part: the documents form's dates must be dates on the calendar, and
 * the form is bounded in size like the other parts (issue 21). A part that fails is set aside and said; the rest loads.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultForm } from '../../models/documents';
import { parseScenarioJson } from '../../models/pay/scenario';
import { MAX_STORED_FORM_CHARS, reviveWorkspace } from '../../src/workspace/storage';

const root = fileURLToPath(new URL('../../', import.meta.url));
const union = parseScenarioJson(readFileSync(`${root}seeds/scenarios/union.json`, 'utf8'));
if (!union.ok) throw new Error('seed');

const stored = (documents: unknown) => ({ version: 1, schemes: [{ id: 'a', scenario: union.scenario }], rounds: [], documents });
const form = defaultForm('zh', '2027-03-01');

describe('the stored documents form', () => {
  it('loads when sound', () => {
    const r = reviveWorkspace(stored(form));
    expect(r.state).toBe('ok');
    if (r.state !== 'ok') return;
    expect(r.problems).toEqual([]);
    expect(r.workspace.documents?.proposedDate).toBe(form.proposedDate);
  });

  it.each([
    ['2026-99-99', 'proposedDate'],
    ['0000-00-00', 'signingDate'],
    // Was: silently read as 2026-03-01.
    ['2026-02-30', 'termStart'],
    ['2026-2-3', 'proposedDate'],
  ])('a date %s in %s is set aside and said, the schemes still load (was: loaded silently)', (date, field) => {
    const r = reviveWorkspace(stored({ ...form, [field]: date }));
    expect(r.state).toBe('ok');
    if (r.state !== 'ok') return;
    expect(r.workspace.schemes).toHaveLength(1);
    expect(r.workspace.documents).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'documents' });
    expect(String(r.problems[0]!.params.reason)).toContain(field);
    expect(String(r.problems[0]!.params.reason)).toContain('not a real date');
    // What was set aside is kept as it was, to give back as a file.
    expect((r.problems[0]!.raw as Record<string, unknown>)[field]).toBe(date);
  });

  it('a form of more than the bound is set aside with its size, without being parsed or kept (was: a 100 MB form loaded with no notice)', () => {
    const huge = { ...form, articles: Object.fromEntries(Array.from({ length: 100 }, (_, k) => [`a${k}`, '条'.repeat(5000)])) };
    const size = JSON.stringify(huge).length;
    expect(size).toBeGreaterThan(MAX_STORED_FORM_CHARS);
    const r = reviveWorkspace(stored(huge));
    expect(r.state).toBe('ok');
    if (r.state !== 'ok') return;
    expect(r.workspace.documents).toBeUndefined();
    expect(r.problems).toEqual([{ code: 'documents', params: { reason: `${size} characters, more than ${MAX_STORED_FORM_CHARS}` }, raw: undefined }]);
  });
});

describe('the stored standards of 履约检查', () => {
  const withCompliance = (compliance: unknown) => ({ ...stored(form), compliance });
  it('loads when sound, as saved', async () => {
    const { DEFAULT_COMPLIANCE } = await import('../../models/compliance');
    const mine = { ...DEFAULT_COMPLIANCE, payDay: 10, minimumWage: [{ from: '2027-01', monthly: 3000, source: '本市', verified: false }], ledgerColumns: { 车间补贴: 'contract', 夜班补助费: 'special' } };
    const r = reviveWorkspace(withCompliance(mine));
    expect(r.state).toBe('ok');
    if (r.state !== 'ok') return;
    expect(r.problems).toEqual([]);
    expect(r.workspace.compliance).toEqual(mine);
  });

  it.each([
    [{ payDay: 0 }, 'payDay'],
    [{ minimumWage: [] }, 'minimumWage'],
    [{ minimumWage: [{ from: '2027-13', monthly: 3000, source: '', verified: false }] }, 'minimumWage.0.from'],
    [{ overtimeRates: [1.5, 2] }, 'overtimeRates'],
    [{ tolerance: -1 }, 'tolerance'],
    [{ extra: 1 }, ''],
    [{ ledgerColumns: { 车间补贴: 'salary' } }, 'ledgerColumns.车间补贴'],
  ])('damaged (%j) is set aside and said, naming %s; the dated defaults are used and the rest loads', async (patch, where) => {
    const { DEFAULT_COMPLIANCE } = await import('../../models/compliance');
    const bad = { ...DEFAULT_COMPLIANCE, ...patch };
    const r = reviveWorkspace(withCompliance(bad));
    expect(r.state).toBe('ok');
    if (r.state !== 'ok') return;
    expect(r.workspace.compliance).toBeUndefined();
    expect(r.workspace.schemes).toHaveLength(1);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'compliance', raw: bad });
    expect(String(r.problems[0]!.params.reason).startsWith(where)).toBe(true);
  });
});
