import { describe, expect, it } from 'vitest';
import { equityRuleWarnings, dilution } from '../../models/craftsmen/equityRules';
import { defaultScenario, type ScenarioInput } from '../../models/pay/scenario';

const vest = [
  { years: 1, fraction: 0.5 },
  { years: 2, fraction: 0.5 },
];
const option = (shares: number, strike = 20, extra: object = {}) => ({ id: 'A', scheme: 'agreement' as const, agreement: { agreedAnnual: 1 }, equity: { kind: 'option' as const, shares, spot: 20, strike, referencePrice: 20, vesting: vest, ...extra } });
const rules = (input: ScenarioInput) => equityRuleWarnings(defaultScenario(input)).map((w) => w.rule);

describe('listed-company equity rules, at their exact boundaries', () => {
  const plan = { sharesOutstanding: 1_000_000 };

  it('one person: 1.00 % of capital passes, 1.01 % warns', () => {
    expect(rules({ equityPlan: plan, craftsmen: [option(10_000)] })).toEqual([]);
    expect(rules({ equityPlan: plan, craftsmen: [option(10_100)] })).toEqual(['person-1pct']);
  });

  it('all plans: 10 % passes, just over warns (existing plans count)', () => {
    const c = (id: string) => ({ ...option(9_000), id });
    const ten = Array.from({ length: 10 }, (_, k) => c(`P${k}`));
    expect(rules({ equityPlan: { ...plan, existingPlanShares: 10_000 }, craftsmen: ten })).toEqual([]);
    expect(rules({ equityPlan: { ...plan, existingPlanShares: 10_001 }, craftsmen: ten })).toEqual(['total-10pct']);
  });

  it('option exercise price: at the reference price passes, below warns', () => {
    expect(rules({ craftsmen: [option(1000, 20)] })).toEqual([]);
    expect(rules({ craftsmen: [option(1000, 19.99)] })).toEqual(['option-price-100pct']);
  });

  it('restricted price: 50 % of the reference passes, 49.9 % warns', () => {
    const r = (grantPrice: number) => ({ id: 'R', scheme: 'agreement' as const, agreement: { agreedAnnual: 1 }, equity: { kind: 'restricted' as const, shares: 1000, spot: 30, referencePrice: 20, grantPrice, vesting: vest } });
    expect(rules({ craftsmen: [r(10)] })).toEqual([]);
    expect(rules({ craftsmen: [r(9.98)] })).toEqual(['restricted-price-50pct']);
  });

  it('tranches in the same year are less than 12 months apart', () => {
    expect(rules({ craftsmen: [option(1000, 20, { vesting: [{ years: 1, fraction: 0.5 }, { years: 1, fraction: 0.5 }] })] })).toEqual(['tranches-12m-apart']);
    expect(rules({ craftsmen: [option(1000, 20, { vesting: [{ years: 1, fraction: 0.4 }, { years: 2, fraction: 0.3 }, { years: 3, fraction: 0.3 }] })] })).toEqual([]);
  });

  it('without the share capital the capital rules are not judged; dilution is shares over the enlarged capital', () => {
    expect(rules({ craftsmen: [option(10_000_000)] })).toEqual([]);
    expect(dilution(10_000, 990_000)).toBeCloseTo(0.01, 12);
  });
});
