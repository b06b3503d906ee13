/** Take-home pay and employer cost, worked by hand with the Jiangsu preset (social base 4,879–24,396, housing base 2,490–41,400; worker 8 + 2 + 0.5 % and 8 %; employer 25.9 % and 8 %). */
import { describe, expect, it } from 'vitest';
import { CONTRIBUTION_PRESETS } from '../../models/takehome/contributions';
import { bonusTaxApart, payslip, taxBy, TAX_LAW, yearOfPay } from '../../models/takehome/takehome';
import { close } from '../helpers';

const policy = CONTRIBUTION_PRESETS[0]!;

describe('the tax schedule (national law)', () => {
  it('rate × taxable − quick deduction, by bracket; the brackets join without a jump', () => {
    expect(taxBy(TAX_LAW.annual, 0)).toBe(0);
    expect(taxBy(TAX_LAW.annual, -5)).toBe(0);
    close(taxBy(TAX_LAW.annual, 36_000), 1_080);
    close(taxBy(TAX_LAW.annual, 144_000), 11_880);
    close(taxBy(TAX_LAW.annual, 300_000), 43_080);
    // At each bracket edge both rates give the same tax.
    for (let k = 1; k < TAX_LAW.annual.length; k++) {
      const edge = TAX_LAW.annual[k]!.above;
      const lower = TAX_LAW.annual[k - 1]!;
      close(edge * lower.rate - lower.quick, edge * TAX_LAW.annual[k]!.rate - TAX_LAW.annual[k]!.quick);
    }
  });
});

describe('a payslip, worked by hand', () => {
  it('below the base floor: social insurance on the floor, the housing fund on the wage, no tax', () => {
    const p = payslip(3_000, policy);
    close(p.contributions, 12 * (0.105 * 4_879 + 0.08 * 3_000));
    expect(p.tax).toBe(0);
    close(p.net, 36_000 - 12 * 752.295);
    close(p.employerContributions, 12 * (0.259 * 4_879 + 0.08 * 3_000));
    close(p.employerCost, 36_000 + 18_043.932);
  });

  it('above the cap: social insurance on the cap; tax at 20 %', () => {
    const p = payslip(30_000, policy);
    close(p.contributions, 12 * (0.105 * 24_396 + 0.08 * 30_000));
    // 12 × (30,000 − 4,961.58 − 5,000) = 240,461.04 → 20 % − 16,920.
    close(p.tax, 240_461.04 * 0.2 - 16_920);
    close(p.net, 360_000 - 59_538.96 - 31_172.208);
  });

  it('crossing a bracket between today and the scheme: 9,000 → 10,000 a month', () => {
    const today = payslip(9_000, policy);
    const scheme = payslip(10_000, policy);
    // 12 × (9,000 − 1,665 − 5,000) = 28,020 at 3 %; 12 × (10,000 − 1,850 − 5,000) = 37,800 at 10 % − 2,520.
    close(today.tax, 840.6);
    close(scheme.tax, 1_260);
    close(scheme.net - today.net, 12_000 - 12 * 185 - (1_260 - 840.6));
  });

  it('special additional deductions: a child and a housing loan take 3,000 a month off the taxable income', () => {
    const p = payslip(20_000, policy, { deductions: { children: 1, elderly: 0, education: 0, housing: 1_000 } });
    // 12 × (20,000 − 3,700 − 5,000 − 3,000) = 99,600 → 10 % − 2,520.
    close(p.tax, 7_440);
    expect(payslip(10_000, policy, { deductions: { children: 1, elderly: 3_000, education: 0, housing: 0 } }).tax).toBe(0);
  });

  it('cumulative withholding: the months differ, the twelve add up to the annual tax', () => {
    const p = payslip(30_000, policy);
    close(p.withheld.reduce((a, b) => a + b, 0), p.tax);
    // Month 1 at 3 %: 20,038.42 × 3 %; by December the rate is 20 %.
    close(p.withheld[0]!, 20_038.42 * 0.03);
    expect(p.withheld[11]!).toBeGreaterThan(p.withheld[0]! * 5);
    // The plant-wide shortcut gives the same year.
    const [c, tax, employer] = yearOfPay(360_000, policy, 0);
    close(c, p.contributions);
    close(tax, p.tax);
    close(employer, p.employerContributions);
  });

  it('an annual bonus taxed apart (until 2027-12-31) or with the wages', () => {
    // 60,000 ÷ 12 = 5,000: 10 % bracket of the monthly schedule, quick deduction 210.
    close(bonusTaxApart(60_000), 5_790);
    const apart = payslip(30_000, policy, { bonus: 60_000, bonusApart: true });
    const joined = payslip(30_000, policy, { bonus: 60_000, bonusApart: false });
    close(apart.tax, 31_172.208 + 5_790);
    // 240,461.04 + 60,000 = 300,461.04 → 25 % − 31,920.
    close(joined.tax, 300_461.04 * 0.25 - 31_920);
    close(joined.withheld.reduce((a, b) => a + b, 0), joined.tax);
  });
});
