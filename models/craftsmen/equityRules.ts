/**
 * The listed-company equity-incentive rules a plan must respect
 * (上市公司股权激励管理办法, CSRC order 126 of 2016, amended 2018; see
 * shared/research/domain.md §4a). The app warns, naming the rule; it does
 * not refuse, since non-listed and state-owned schemes follow other rules.
 */
import type { CraftsmanPackage, Scenario } from '../pay/scenario';

export type RuleId = 'total-10pct' | 'person-1pct' | 'restricted-price-50pct' | 'option-price-100pct' | 'first-vest-12m' | 'tranches-12m-apart';

export interface RuleWarning {
  rule: RuleId;
  /** Craftsman the warning is about; absent for plan-wide rules. */
  id?: string;
  value: number;
  limit: number;
}

export const RULE_TEXT: Record<RuleId, { zh: string; en: string }> = {
  'total-10pct': { zh: '全部在有效期内的股权激励计划所涉股票总数累计不得超过公司股本总额的 10%(《上市公司股权激励管理办法》第十四条)', en: 'All plans in effect may cover at most 10 % of share capital (CSRC Measures, art. 14)' },
  'person-1pct': { zh: '任何一名激励对象累计获授股票不得超过公司股本总额的 1%(第十四条,股东大会特别决议除外)', en: 'One person may receive at most 1 % of share capital (art. 14, unless a special shareholder resolution approves)' },
  'restricted-price-50pct': { zh: '限制性股票授予价格原则上不得低于参考价格的 50%(第二十三条)', en: 'Restricted-stock price at least 50 % of the reference price (art. 23)' },
  'option-price-100pct': { zh: '股票期权行权价格原则上不得低于参考价格(第二十九条)', en: 'Option exercise price at least the reference price (art. 29)' },
  'first-vest-12m': { zh: '授予日与首次解除限售日/可行权日之间间隔不得少于 12 个月(第二十四条、第三十条)', en: 'At least 12 months from grant to first vesting (arts. 24, 30)' },
  'tranches-12m-apart': { zh: '各期解除限售/行权的时限间隔不得少于 12 个月(第二十五条、第三十一条)', en: 'Vesting periods at least 12 months apart (arts. 25, 31)' },
};

/** Shares as a share of capital are compared with a relative tolerance: 1.00 % passes, 1.01 % warns. */
const EPS = 1e-9;

function grantWarnings(c: CraftsmanPackage, outstanding: number | undefined): RuleWarning[] {
  const e = c.equity;
  if (!e) return [];
  const out: RuleWarning[] = [];
  const ref = e.referencePrice ?? e.spot;
  if (outstanding !== undefined) {
    const share = e.shares / outstanding;
    if (share > 0.01 * (1 + EPS)) out.push({ rule: 'person-1pct', id: c.id, value: share, limit: 0.01 });
  }
  if (e.kind === 'restricted' && (e.grantPrice ?? 0) < 0.5 * ref * (1 - EPS)) out.push({ rule: 'restricted-price-50pct', id: c.id, value: (e.grantPrice ?? 0) / ref, limit: 0.5 });
  if (e.kind === 'option' && (e.strike ?? 0) < ref * (1 - EPS)) out.push({ rule: 'option-price-100pct', id: c.id, value: (e.strike ?? 0) / ref, limit: 1 });
  const months = [...new Set(e.vesting.map((t) => Math.round(t.years * 12)))].sort((a, b) => a - b);
  if (months[0]! < 12) out.push({ rule: 'first-vest-12m', id: c.id, value: months[0]!, limit: 12 });
  const tranches = e.vesting.map((t) => Math.round(t.years * 12)).sort((a, b) => a - b);
  for (let k = 1; k < tranches.length; k++) {
    if (tranches[k]! - tranches[k - 1]! < 12) {
      out.push({ rule: 'tranches-12m-apart', id: c.id, value: tranches[k]! - tranches[k - 1]!, limit: 12 });
      break;
    }
  }
  return out;
}

export function equityRuleWarnings(s: Scenario): RuleWarning[] {
  const outstanding = s.equityPlan?.sharesOutstanding;
  const out = s.craftsmen.flatMap((c) => grantWarnings(c, outstanding));
  if (s.equityPlan) {
    const total = (s.equityPlan.existingPlanShares + s.craftsmen.reduce((a, c) => a + (c.equity?.shares ?? 0), 0)) / s.equityPlan.sharesOutstanding;
    if (total > 0.1 * (1 + EPS)) out.unshift({ rule: 'total-10pct', value: total, limit: 0.1 });
  }
  return out;
}

/** Dilution: the grant as a share of capital after it is issued. */
export function dilution(shares: number, outstanding: number): number {
  return shares / (outstanding + shares);
}
