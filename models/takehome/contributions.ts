/**
 * Social insurance and housing fund (五险一金): what the employer pays on top
 * of a wage, and what the worker pays out of it. Each is a rate on a
 * contribution base: the monthly wage clamped between a floor and a cap that
 * the city sets every year (about 60 % and 300 % of the local average wage).
 * None of these figures is fixed by national law: every one is a dated,
 * editable setting with its source (see docs/model.md).
 */

export interface ContributionRates {
  pension: number;
  medical: number;
  unemployment: number;
  /** Work injury: employer only, by the industry's risk class. */
  injury: number;
  housing: number;
}

export interface ContributionPolicy {
  id: string;
  label: { zh: string; en: string };
  asOf: string;
  source: { zh: string; en: string };
  verified: boolean;
  /** Social insurance base, 元 a month. */
  socialBase: { floor: number; cap: number };
  /** Housing fund base, 元 a month. */
  housingBase: { floor: number; cap: number };
  employer: ContributionRates;
  /** The worker's own share (no injury insurance). */
  employee: ContributionRates;
}

/** Presets offered in the page and the CLI. Edit them in the page; a scheme file can carry its own. */
/** The typical Jiangsu rates every preset below uses (unverified; each preset's source says so). Read only: a user's edit makes a copy. */
const JIANGSU_TYPICAL: { employer: Readonly<ContributionRates>; employee: Readonly<ContributionRates> } = {
  employer: { pension: 0.16, medical: 0.09, unemployment: 0.005, injury: 0.004, housing: 0.08 },
  employee: { pension: 0.08, medical: 0.02, unemployment: 0.005, injury: 0, housing: 0.08 },
};

export const CONTRIBUTION_PRESETS: ContributionPolicy[] = [
  {
    id: 'jiangsu-2025',
    label: { zh: '江苏 2025(典型费率,未核实)', en: 'Jiangsu 2025 (typical rates, unverified)' },
    asOf: '2025-07-01',
    source: {
      zh: '江苏社保缴费基数 4,879–24,396 元/月(2024/25 年度,社区整理数据);住房公积金基数下限按最低工资 2,490 元、上限按南京 2025 年 41,400 元。费率为江苏常见值:养老 16%/8%,医疗约 9%/2%(含生育),失业 0.5%/0.5%,工伤 0.4%(按行业 0.2–1.9%,仅单位),公积金 8%/8%(可在 5–12% 之间)。均未核实,请按本地当年通知填写。',
      en: 'Jiangsu social insurance base 4,879–24,396 CNY a month (2024/25, community-compiled); housing-fund base from the minimum wage 2,490 to Nanjing\'s 2025 cap of 41,400. Typical Jiangsu rates, employer/worker: pension 16 %/8 %, medical about 9 %/2 % (maternity included), unemployment 0.5 %/0.5 %, work injury 0.4 % (0.2–1.9 % by industry, employer only), housing fund 8 %/8 % (5–12 % allowed). All unverified: enter your city\'s notice for the year.',
    },
    verified: false,
    socialBase: { floor: 4879, cap: 24396 },
    housingBase: { floor: 2490, cap: 41400 },
    employer: JIANGSU_TYPICAL.employer,
    employee: JIANGSU_TYPICAL.employee,
  },
  {
    id: 'nanjing-2026-07',
    label: { zh: '南京 2026 年 7 月起(公积金上限 42,400,未核实)', en: 'Nanjing from July 2026 (housing-fund cap 42,400, unverified)' },
    asOf: '2026-07-01',
    source: {
      zh: '南京住房公积金缴存基数上限自 2026 年 7 月起为 42,400 元(社区整理数据);下限按最低工资 2,660 元;社保基数沿用 2024/25 年度 4,879–24,396 元;费率同江苏典型值。均未核实。',
      en: 'Nanjing housing-fund base cap 42,400 from July 2026 (community-compiled); floor at the minimum wage 2,660; social insurance base kept at 4,879–24,396 (2024/25); typical Jiangsu rates. All unverified.',
    },
    verified: false,
    socialBase: { floor: 4879, cap: 24396 },
    housingBase: { floor: 2660, cap: 42400 },
    employer: JIANGSU_TYPICAL.employer,
    employee: JIANGSU_TYPICAL.employee,
  },
  {
    id: 'suzhou-2026',
    label: { zh: '苏州 2026(社保下限 4,952,未核实)', en: 'Suzhou 2026 (social insurance floor 4,952, unverified)' },
    asOf: '2026-01-01',
    source: {
      zh: '苏州 2026 年通知引用社保缴费基数下限 4,952 元;上限按下限的 5 倍(60%/300% 关系)推算为 24,760 元;公积金上限 40,600 元、下限 2,660 元;费率同江苏典型值。均未核实,请按本地当年通知填写。',
      en: 'A 2026 Suzhou notice cites a social insurance base floor of 4,952; the cap is taken as 5 × the floor (the 60 %/300 % relation), 24,760; housing-fund base 2,660–40,600; typical Jiangsu rates. All unverified: enter your city\'s notice for the year.',
    },
    verified: false,
    socialBase: { floor: 4952, cap: 24760 },
    housingBase: { floor: 2660, cap: 40600 },
    employer: JIANGSU_TYPICAL.employer,
    employee: JIANGSU_TYPICAL.employee,
  },
];

/** A dated figure older than a year: the page says so beside it. */
export function isOld(asOf: string, today: Date = new Date()): boolean {
  const d = new Date(`${asOf}T00:00:00Z`);
  return Number.isFinite(d.getTime()) && today.getTime() - d.getTime() > 365 * 24 * 3600 * 1000;
}

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

/** The social insurance part of the rates (all but the housing fund). */
export const socialRate = (r: ContributionRates) => r.pension + r.medical + r.unemployment + r.injury;

/** What the employer pays in a month on a monthly wage `m`. */
export function employerMonthly(m: number, p: ContributionPolicy): number {
  if (!(m > 0)) return 0;
  return socialRate(p.employer) * clamp(m, p.socialBase.floor, p.socialBase.cap) + p.employer.housing * clamp(m, p.housingBase.floor, p.housingBase.cap);
}

/** What the worker pays in a month out of a monthly wage `m` (deducted before income tax). */
export function employeeMonthly(m: number, p: ContributionPolicy): number {
  if (!(m > 0)) return 0;
  return socialRate(p.employee) * clamp(m, p.socialBase.floor, p.socialBase.cap) + p.employee.housing * clamp(m, p.housingBase.floor, p.housingBase.cap);
}

/** Problems with a policy a person typed (rates outside 0–100 %, a cap below the floor), in plain words; empty when fine. */
export function policyProblems(p: ContributionPolicy): string[] {
  const out: string[] = [];
  for (const side of ['employer', 'employee'] as const)
    for (const [k, v] of Object.entries(p[side])) if (!(v >= 0 && v <= 1)) out.push(`${side}.${k}: a rate between 0 and 1 (0 % and 100 %), not ${v}`);
  for (const b of ['socialBase', 'housingBase'] as const) {
    if (!(p[b].floor >= 0)) out.push(`${b}.floor: 0 or more, not ${p[b].floor}`);
    if (!(p[b].cap >= p[b].floor)) out.push(`${b}.cap: at least the floor (${p[b].floor}), not ${p[b].cap}`);
  }
  return out;
}
