import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { DEFAULTS, SETTING_NOTES } from '../../models/defaults';
import { defaultScenario, parseScenarioJson, validateScenario } from '../../models/pay/scenario';

const issues = (input: unknown) => {
  const r = validateScenario(input);
  if (r.ok) throw new Error('expected the scenario to be refused');
  return r.issues;
};

describe('scenario files', () => {
  it('fill missing keys with the documented defaults', () => {
    const s = defaultScenario({ weights: { position: 0.4, skill: 0.3, innovation: 0.1, performance: 0.2 }, raise: { percent: 0.03 } });
    expect(s.version).toBe(1);
    expect(s.mode).toBe('pool');
    expect(s.minimumMonthlyWage).toBe(DEFAULTS.minimumMonthlyWage);
    expect(s.raise.percent).toBe(0.03);
    expect(s.raise.minMonthly).toBe(DEFAULTS.raise.minMonthly);
    expect(s.skillCoefficients.L8).toBe(DEFAULTS.skillCoefficients.L8);
    expect(s.craftsmen).toEqual([]);
    expect(s.projection).toBeUndefined();
  });

  it('refuse unknown keys, naming them, at any depth', () => {
    expect(issues({ noLossGuarante: true })).toEqual([{ path: 'noLossGuarante', message: 'unknown key "noLossGuarante"' }]);
    expect(issues({ scale: { skillRates: { L9: 1 } } })[0]!.path).toBe('scale.skillRates.L9');
    expect(issues({ craftsmen: [{ id: 'a', scheme: 'agreement', agreement: { agreedAnnual: 1, bonus: 2 } }] })[0]!.path).toBe('craftsmen[0].agreement.bonus');
  });

  it('refuse a newer version', () => {
    expect(issues({ version: 2 })[0]).toMatchObject({ path: 'version', message: expect.stringMatching(/newer/) });
  });

  it('refuse weights that do not sum to 1 and negative money', () => {
    expect(issues({ weights: { position: 0.5, skill: 0.5, innovation: 0.5, performance: 0 } })[0]!.path).toBe('weights');
    expect(issues({ annualPool: -1 })[0]!.path).toBe('annualPool');
    expect(issues({ skillCoefficients: { L3: 0 } })[0]!.path).toBe('skillCoefficients.L3');
  });

  it('refuse inconsistent equity and craftsman packages', () => {
    const base = { id: 'a', scheme: 'agreement', agreement: { agreedAnnual: 1 } };
    expect(issues({ craftsmen: [{ ...base, equity: { kind: 'option', shares: 1, spot: 1, vesting: [{ years: 1, fraction: 1 }] } }] })[0]!.path).toBe('craftsmen[0].equity.strike');
    expect(issues({ craftsmen: [{ ...base, equity: { kind: 'restricted', shares: 1, spot: 1, grantPrice: 0.5, vesting: [{ years: 1, fraction: 0.6 }] } }] })[0]!.path).toBe('craftsmen[0].equity.vesting');
    expect(issues({ craftsmen: [{ ...base, equity: { kind: 'restricted', shares: 1, spot: 1, grantPrice: 0.5, vesting: [{ years: 1.5, fraction: 1 }] } }] })[0]!.path).toBe('craftsmen[0].equity.vesting[0].years');
    expect(issues({ craftsmen: [{ id: 'a', scheme: 'annual-salary' }] })[0]!.path).toBe('craftsmen[0].annualSalary');
    expect(issues({ craftsmen: [base, base] })[0]!.path).toBe('craftsmen[1].id');
  });

  it('refuse impossible projection settings before any work starts', () => {
    expect(issues({ projection: { promotion: { L2: 0.97 }, attrition: 0.06 } })[0]!.path).toBe('projection.promotion.L2');
    expect(issues({ projection: { paths: 0 } })[0]!.path).toBe('projection.paths');
    expect(issues({ projection: { attrition: -0.1 } })[0]!.path).toBe('projection.attrition');
    expect(issues({ projection: { ratingShares: { A: 0.5 } } })[0]!.path).toBe('projection.ratingShares');
  });

  it('report JSON syntax errors with line and column', () => {
    const r = parseScenarioJson('{\n  "mode": "pool",\n  "annualPool": 1e6,,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/line 3/);
  });

  it('every default that is a policy figure carries a dated source note', () => {
    for (const path of ['minimumMonthlyWage', 'guideline', 'performanceCoefficients', 'skillCoefficients', 'seniorityMonthlyPerYear']) {
      const note = SETTING_NOTES.find((n) => n.path === path);
      expect(note, path).toBeDefined();
      expect(note!.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('the shipped seed scenarios are valid', () => {
    const dir = new URL('../../seeds/scenarios/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) expect(parseScenarioJson(readFileSync(new URL(f, dir), 'utf8')).ok, f).toBe(true);
  });
});
