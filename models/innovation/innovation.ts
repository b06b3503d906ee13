/**
 * Technical-innovation bargaining (技术创新集体协商): rewards for the workers'
 * achievements, by the rules a scheme sets (docs/model.md §12).
 *
 * An achievement (合理化建议, 技术革新, 技术攻关, a patent…) has a date, a
 * team with shares, and what it yields a year (a saving, added operating
 * profit, licence income, or nothing measurable). In each calendar year it
 * earns its team:
 *
 * - a one-off reward by kind and grade, in the year of its date;
 * - a share of its yield by the schedule for that kind of yield, in years
 *   1, 2, … counted from the year of its date (12/10/8/6/2 % of the added
 *   profit, say), nothing after the schedule ends;
 * - at least the statutory minimum for a service invention (职务发明) where
 *   the scheme applies them as floors: the reward on grant (专利法实施细则
 *   第九十三条) and the remuneration from using or licensing it (第九十四条,
 *   which points to 促进科技成果转化法 第四十五条);
 *
 * and, where the year's fund has a cap, what is above the floors is scaled
 * down in proportion so that the year's total meets the cap (the floors are
 * never cut; a cap below them is said). A worker gets his share of each
 * achievement he worked on. Everything is a sum: nothing is drawn at random.
 */
import type { DatedRule } from '../datedRule';
import { computePay } from '../pay/pay';
import { InputError } from '../errors';
import { quantileSelect } from '../pay/stats';
import { billWithRewards } from '../pay/summary';
import type { Scenario } from '../pay/scenario';
import { LEVELS, type Workforce } from '../types';
import { INNOVATION_GRADES, INNOVATION_KINDS, YIELD_KINDS, type InnovationGrade, type InnovationKind, type YieldKind } from './innovationKinds';

export * from './innovationKinds';

/**
 * The achievements, column by column (like the workforce): achievement `a`'s
 * team is members `teamStart[a]` to `teamStart[a + 1] − 1`, each an id of the
 * pay sheet and a share of the achievement (the shares of a team sum to 1).
 */
export interface Achievements {
  size: number;
  id: string[];
  title: string[];
  kind: Uint8Array;
  grade: Uint8Array;
  /** The date as written, YYYY-MM-DD. */
  date: string[];
  year: Uint16Array;
  yieldKind: Uint8Array;
  /** What it yields a year, 元 (0 when not measurable). */
  yieldPerYear: Float64Array;
  teamStart: Uint32Array;
  memberId: string[];
  memberShare: Float64Array;
}

export function emptyAchievements(): Achievements {
  return { size: 0, id: [], title: [], kind: new Uint8Array(0), grade: new Uint8Array(0), date: [], year: new Uint16Array(0), yieldKind: new Uint8Array(0), yieldPerYear: new Float64Array(0), teamStart: new Uint32Array(1), memberId: [], memberShare: new Float64Array(0) };
}

/** A copy with buffers of its own (a request transfers its buffers away). */
export function copyAchievements(a: Achievements): Achievements {
  return { ...a, id: [...a.id], title: [...a.title], kind: a.kind.slice(), grade: a.grade.slice(), date: [...a.date], year: a.year.slice(), yieldKind: a.yieldKind.slice(), yieldPerYear: a.yieldPerYear.slice(), teamStart: a.teamStart.slice(), memberId: [...a.memberId], memberShare: a.memberShare.slice() };
}

// ---------------------------------------------------------------- the law, as dated settings

const PATENT_RULES = { zh: '《专利法实施细则》(2023年12月11日修订,2024年1月20日起施行)', en: 'Implementing Rules of the Patent Law (revised 2023-12-11, in force 2024-01-20)' };
const TRANSFER_LAW = { zh: '《促进科技成果转化法》(2015年修正)', en: 'Law on Promoting the Transformation of Scientific and Technological Achievements (2015)' };

/**
 * The statutory minimums for a service invention, where the unit has neither
 * agreed with the inventors nor set its own rules (专利法实施细则 第九十二条
 * lets an agreement or the unit's rules set other amounts; a collective
 * contract is such an agreement). The scheme may apply them as floors.
 * The 2010 figures (3,000/1,000 元; 2 %/0.2 % of profit; 10 % of licence
 * fees) and the 2015 draft regulation on service inventions are not law.
 */
export const STATUTORY: Record<'inventionReward' | 'utilityReward' | 'designReward' | 'useShare' | 'useYears' | 'licenceShare' | 'agreementFirst', DatedRule<number>> = {
  inventionReward: { value: 4000, asOf: '2024-01-20', cite: { zh: `${PATENT_RULES.zh}第九十三条`, en: `${PATENT_RULES.en}, art. 93`, verified: true } },
  utilityReward: { value: 1500, asOf: '2024-01-20', cite: { zh: `${PATENT_RULES.zh}第九十三条`, en: `${PATENT_RULES.en}, art. 93`, verified: true } },
  designReward: { value: 1500, asOf: '2024-01-20', cite: { zh: `${PATENT_RULES.zh}第九十三条`, en: `${PATENT_RULES.en}, art. 93`, verified: true } },
  /** Own use: at least 5 % of the operating profit from it, each year for three to five years after production starts. */
  useShare: { value: 0.05, asOf: '2016-10-01', cite: { zh: `${PATENT_RULES.zh}第九十四条、${TRANSFER_LAW.zh}第四十五条第(三)项`, en: `${PATENT_RULES.en}, art. 94; ${TRANSFER_LAW.en}, art. 45(3)`, verified: true } },
  useYears: { value: 3, asOf: '2016-10-01', cite: { zh: `${TRANSFER_LAW.zh}第四十五条第(三)项(“连续三至五年”,此处取三年)`, en: `${TRANSFER_LAW.en}, art. 45(3) ("three to five years"; three here)`, verified: true } },
  /** Transfer or licence: at least 50 % of the net income. */
  licenceShare: { value: 0.5, asOf: '2016-10-01', cite: { zh: `${PATENT_RULES.zh}第九十四条、${TRANSFER_LAW.zh}第四十五条第(一)项`, en: `${PATENT_RULES.en}, art. 94; ${TRANSFER_LAW.en}, art. 45(1)`, verified: true } },
  agreementFirst: { value: 1, asOf: '2024-01-20', cite: { zh: `${PATENT_RULES.zh}第九十二条`, en: `${PATENT_RULES.en}, art. 92`, verified: true } },
};

/**
 * Whether rewards count in the wage bill (工资总额). 国家统计局令第1号 (1990)
 * 第十一条 leaves out the invention and rationalisation awards paid under
 * State Council rules; an enterprise's own innovation bonus is most likely
 * 奖金 inside the bill (第七条). A reading, not a quoted rule: a setting.
 */
export const WAGE_BILL_RULE = {
  asOf: '1990-01-01',
  cite: { zh: '《关于工资总额组成的规定》(国家统计局令第1号,1990年)第七条、第十一条第(一)项', en: 'Provisions on the Composition of the Wage Bill (NBS Order No. 1, 1990), arts. 7 and 11(1)', verified: false },
};

/**
 * Income tax: innovation rewards and service-invention remuneration paid by
 * an enterprise are wages (工资、薪金所得): 个人所得税法实施条例 第六条第(一)项
 * counts bonuses and other income "与任职或者受雇有关". The exemption of
 * 个人所得税法 第四条第(一)项 covers only provincial, ministerial, army and
 * international awards; 财税〔2018〕58号 (half taxed) covers research
 * institutes and universities, not companies.
 */
export const TAX_RULE = {
  asOf: '2019-01-01',
  cite: { zh: '《个人所得税法实施条例》第六条第(一)项;《个人所得税法》第四条第(一)项', en: 'Implementing Regulations of the Individual Income Tax Law, art. 6(1); Individual Income Tax Law, art. 4(1)', verified: false },
};

/**
 * When rewards are paid, where the scheme does not say (`rules.payBy`). A one-off reward: with the pay of the third
 * month after the month of its date, at the latest — the patent rules give three months from the grant's publication
 * where nothing is agreed (第九十三条); an agreement prevails (第九十二条), and for the other kinds there is no rule of
 * law, so this is a default to bargain over. A year's yield shares: with the pay of March of the next year, once the
 * year's yields are agreed (no rule of law says when; 第九十四条 says only "each year").
 */
export const PAY_BY = {
  oneOffMonths: { value: 3, asOf: '2024-01-20', cite: { zh: `${PATENT_RULES.zh}第九十二条、第九十三条(未约定时自公告授权之日起三个月内;约定优先,其他成果无法定期限,此为默认)`, en: `${PATENT_RULES.en}, arts. 92–93 (three months from the grant's publication where nothing is agreed; an agreement prevails; no legal term for other kinds: a default)`, verified: true } },
  shareMonth: { value: 3, asOf: '2024-01-20', cite: { zh: `${PATENT_RULES.zh}第九十四条(每年支付,未规定月份;次年 3 月为默认,按约定修改)`, en: `${PATENT_RULES.en}, art. 94 (paid each year, no month set; March of the next year is a default to agree)`, verified: false } },
} satisfies Record<string, DatedRule<number>>;

// ---------------------------------------------------------------- the rules of a scheme

export type InnovationRules = NonNullable<Scenario['innovation']>;

/** When the scheme's rewards are paid: its own terms, or the defaults (PAY_BY). */
export function payByOf(rules: InnovationRules): { oneOffMonths: number; shareMonth: number } {
  return rules.payBy ?? { oneOffMonths: PAY_BY.oneOffMonths.value, shareMonth: PAY_BY.shareMonth.value };
}

/** The statutory reward on grant for an achievement of this kind (0 for a kind that is not a patent). */
export function statutoryReward(rules: InnovationRules, kind: InnovationKind): number {
  const s = rules.statutory;
  return kind === 'invention' ? s.inventionReward : kind === 'utility' ? s.utilityReward : kind === 'design' ? s.designReward : 0;
}

/** The statutory remuneration's share of a patent's yield in schedule year k (1-based): own use for the first years, licence income every year. */
export function statutoryShare(rules: InnovationRules, yieldKind: YieldKind, k: number): number {
  const s = rules.statutory;
  if (yieldKind === 'licence') return s.licenceShare;
  if (yieldKind === 'profit' || yieldKind === 'saving') return k <= s.useYears ? s.useShare : 0;
  return 0;
}

// ---------------------------------------------------------------- the computation

export interface InnovationYear {
  year: number;
  /** What the rules give before floors and cap (one-offs + yield shares), 元. */
  byRules: number;
  /** The statutory minimums of the year (0 where not applied). */
  floors: number;
  /** What is due: the rules with every floor met. */
  due: number;
  /** The year's cap (null: none). */
  cap: number | null;
  /** Paid: due, or what the cap allows above the floors. */
  paid: number;
  /** Paid as one-off rewards, and as shares of yields. */
  paidOneOff: number;
  paidShares: number;
  /** Σ of the achievements' yields that year (the years each is counted in). */
  yield: number;
  /** The scale applied above the floors (1: the cap does not bind). */
  scale: number;
  /** Paid with the yields at the band's low and high ends. */
  paidLow: number;
  paidHigh: number;
  yieldLow: number;
  yieldHigh: number;
}

export interface AchievementLine {
  index: number;
  id: string;
  title: string;
  kind: InnovationKind;
  grade: InnovationGrade;
  year: number;
  yieldKind: YieldKind;
  yieldPerYear: number;
  team: number;
  /** Paid for it in the plan year, and over the horizon. */
  planYear: number;
  total: number;
  /** Of which statutory top-ups (what the floors added to the rules), over the horizon. */
  toppedUp: number;
  /** What the enterprise keeps of its yield over the horizon (yield − everything paid for it); null when nothing is measured. */
  kept: number | null;
}

/** Each achievement's figures, by index: what `AchievementLine` holds beyond the achievement's own record. */
export interface AchievementFigures {
  planYear: Float64Array;
  total: Float64Array;
  toppedUp: Float64Array;
  /** NaN where no yield is measured (the line's null). */
  kept: Float64Array;
}

/** The index of 'none' among the yield kinds (no yield measured). */
const NO_YIELD = YIELD_KINDS.indexOf('none');

/** How many achievements the answer names (the page's table of those paid most). */
export const TOP_ACHIEVEMENTS = 30;
/** How many workers the answer names (the page's table of those rewarded most in the plan year). */
export const TOP_WORKERS = 20;

/** The lines of achievements `indices` (all, by default): the record and its figures. */
export function achievementLines(a: Achievements, f: AchievementFigures, indices?: ArrayLike<number>): AchievementLine[] {
  const pick = indices ?? Array.from({ length: a.size }, (_, k) => k);
  const out: AchievementLine[] = [];
  for (let j = 0; j < pick.length; j++) {
    const k = pick[j]!;
    const kept = f.kept[k]!;
    out.push({
      index: k,
      id: a.id[k]!,
      title: a.title[k]!,
      kind: INNOVATION_KINDS[a.kind[k]!]!,
      grade: INNOVATION_GRADES[a.grade[k]!]!,
      year: a.year[k]!,
      yieldKind: YIELD_KINDS[a.yieldKind[k]!]!,
      yieldPerYear: a.yieldPerYear[k]!,
      team: a.teamStart[k + 1]! - a.teamStart[k]!,
      planYear: f.planYear[k]!,
      total: f.total[k]!,
      toppedUp: f.toppedUp[k]!,
      kept: Number.isNaN(kept) ? null : kept,
    });
  }
  return out;
}

/**
 * The first `n` of `size` indices in the order `before` (which must break every tie), kept where `keep` says, found in
 * one pass without sorting them all: a short sorted list that a later index enters only when it comes before its last.
 */
function topIndices(size: number, n: number, before: (i: number, j: number) => boolean, keep: (i: number) => boolean = () => true): number[] {
  const top: number[] = [];
  for (let k = 0; k < size; k++) {
    if (!keep(k) || (top.length === n && !before(k, top[n - 1]!))) continue;
    let at = top.length;
    while (at > 0 && before(k, top[at - 1]!)) at--;
    top.splice(at, 0, k);
    if (top.length > n) top.pop();
  }
  return top;
}

export interface GroupRow {
  group: string;
  /** Workers in the group, and those with any reward in the plan year. */
  workers: number;
  recipients: number;
  /** Rewards in the plan year, 元. */
  amount: number;
}

export interface BelowFloor {
  kind: InnovationKind;
  /** 'reward': the one-off for the grant; 'remuneration': the share of the yield. */
  part: 'reward' | 'remuneration';
  achievements: number;
  /** What the floors added over the horizon, 元. */
  topUp: number;
}

export interface InnovationMeasures {
  /** Workers of the pay sheet rewarded in the plan year (the tables' 获奖人数 add up to it): "the innovators" of every measure below. */
  innovators: number;
  /** Workers of the pay sheet on at least one achievement's team (some are rewarded only in later years, or not at all). */
  members: number;
  /** Rewards as a share of total pay (the scheme's annual pay + rewards), all workers and innovators alone. */
  rewardShareAll: number;
  rewardShareInnovators: number;
  /** Median monthly raise (scheme pay + rewards − pay today) of innovators and of the others. */
  medianRaiseInnovators: number | null;
  medianRaiseOthers: number | null;
  /** Of the pool's innovation money (pay by innovation points), the share paid to innovators; null when the scheme has none. */
  innovationPayToInnovators: number | null;
  /** Mean innovation points of innovators and of the others. */
  pointsInnovators: number | null;
  pointsOthers: number | null;
}

export interface SensitivityRow {
  param: 'yield' | 'schedules' | 'oneOff' | 'cap';
  low: { paid: number; keptShare: number | null };
  high: { paid: number; keptShare: number | null };
}

export interface InnovationResult {
  planYear: number;
  years: number;
  byYear: InnovationYear[];
  /** Paid over the horizon, and the yield over it (measured achievements). */
  totalPaid: number;
  totalYield: number;
  /** The share of the measured yields over the horizon the enterprise keeps after every reward (null: nothing measured). */
  keptShare: number | null;
  /**
   * Each achievement's figures as columns, in the order given (the identity is in the achievements themselves): 20,000
   * answer objects took a third of the innovation answer's time. `achievementLines` makes the lines where wanted.
   */
  achievements: AchievementFigures;
  /** The achievements paid most over the horizon (at most TOP_ACHIEVEMENTS), as lines: the page's table. */
  top: AchievementLine[];
  byLevel: GroupRow[];
  byDepartment: GroupRow[];
  byKind: { kind: InnovationKind; count: number; planYear: number; total: number }[];
  belowFloors: BelowFloor[];
  /** The cap cannot be met without cutting a statutory minimum (years). */
  capBelowFloors: number[];
  /** Team members not in the pay sheet: how many, and what they are owed in the plan year (still counted in the cost). */
  absent: { members: number; ids: string[]; planYear: number };
  measures: InnovationMeasures;
  /** The plan year's rewards as they join the wage bill (null when they are kept beside it). */
  wageBill: { included: boolean; bill: number; growth: number; rewards: number };
  sensitivity: SensitivityRow[];
  /** The smallest yearly cap that still pays every statutory minimum, and every amount due, over the horizon. */
  capForFloors: number;
  capForDue: number;
}

/** Per worker (the pay sheet's order): rewards in the plan year and over the horizon. */
export interface InnovationPerWorker {
  planYear: Float64Array;
  total: Float64Array;
  /**
   * The workers rewarded most (at most TOP_WORKERS, indices into the pay sheet): by the plan year's rewards, then the
   * horizon's, then the sheet's order; only those with any reward over the horizon. Found here, in the engine, so the
   * page does not sort 100,000 workers on its main thread at each answer.
   */
  top: number[];
}

/** A team member's index in the pay sheet (−1: not there), for each member, worked out once per pair of files. */
export function memberIndex(w: Workforce, a: Achievements): Int32Array {
  const at = new Map<string, number>();
  for (let i = 0; i < w.size; i++) at.set(w.id[i]!, i);
  const out = new Int32Array(a.memberId.length);
  for (let m = 0; m < out.length; m++) out[m] = at.get(a.memberId[m]!) ?? -1;
  return out;
}

/**
 * The plan year: the scheme's, or else the year of the newest achievement
 * (achievements dated after the day of import were set aside there). A plan
 * whose years all end before the first achievement's year would pay nothing
 * and say nothing: refused, naming the field.
 */
export function planYearOf(rules: InnovationRules, a: Achievements): number | null {
  if (rules.planYear !== null) {
    let first = Infinity;
    for (let k = 0; k < a.size; k++) if (a.year[k]! < first) first = a.year[k]!;
    const last = rules.planYear + rules.years - 1;
    if (a.size > 0 && last < first) throw new InputError(`innovation.planYear: the plan's ${rules.years} year(s) from ${rules.planYear} end in ${last}, before the first achievement (${first}); no reward would be counted. Set the plan year to ${first} or later, or leave it empty (the newest achievement's year)`);
    return rules.planYear;
  }
  let y = 0;
  for (let k = 0; k < a.size; k++) if (a.year[k]! > y) y = a.year[k]!;
  return y || null;
}

interface YearParts {
  /** Per achievement: rules, floor and due for the one-off and the share parts. */
  oneOff: Float64Array;
  rewardFloor: Float64Array;
  share: Float64Array;
  shareFloor: Float64Array;
  /** Each achievement's yield that year (0 when it has none). */
  y: Float64Array;
  yield: number;
}

/**
 * The rules applied to each achievement, worked out once per pair of rules and
 * file (numbers only, so that a year is one tight loop): its one-off reward,
 * its statutory reward, its yield, and which schedule and floor apply.
 */
interface Prepared {
  oneOff: Float64Array;
  rewardFloor: Float64Array;
  yield: Float64Array;
  /** Index into `schedules` (−1: no yield). */
  schedule: Int8Array;
  /** 0 no floor, 1 own use (first `useYears` years), 2 licence (every year). */
  floorKind: Uint8Array;
  schedules: number[][];
}

const prepared = new WeakMap<Achievements, { rules: InnovationRules; p: Prepared }>();

function prepare(rules: InnovationRules, a: Achievements): Prepared {
  const hit = prepared.get(a);
  if (hit && hit.rules === rules) return hit.p;
  const n = a.size;
  const p: Prepared = { oneOff: new Float64Array(n), rewardFloor: new Float64Array(n), yield: new Float64Array(n), schedule: new Int8Array(n), floorKind: new Uint8Array(n), schedules: [rules.schedules.saving, rules.schedules.profit, rules.schedules.licence] };
  for (let k = 0; k < n; k++) {
    const kind = INNOVATION_KINDS[a.kind[k]!]!;
    const yk = YIELD_KINDS[a.yieldKind[k]!]!;
    const patent = kind === 'invention' || kind === 'utility' || kind === 'design';
    p.oneOff[k] = rules.oneOff[kind][INNOVATION_GRADES[a.grade[k]!]!];
    p.rewardFloor[k] = rules.statutoryFloors && patent ? statutoryReward(rules, kind) : 0;
    p.yield[k] = yk === 'none' ? 0 : a.yieldPerYear[k]!;
    p.schedule[k] = yk === 'saving' ? 0 : yk === 'profit' ? 1 : yk === 'licence' ? 2 : -1;
    p.floorKind[k] = !rules.statutoryFloors || !patent || yk === 'none' ? 0 : yk === 'licence' ? 2 : 1;
  }
  prepared.set(a, { rules, p });
  return p;
}

/** The amounts of one calendar year, achievement by achievement, with the yields × `m`. */
/**
 * The year's sums from which computeInnovation settles the year, its band and its sensitivity, gathered in the same
 * pass as the parts (a pass of their own over 20,000 achievements a year was a sixth of the innovation answer):
 * [by the rules, reward floors, share floors, due one-offs, due shares, due shares × 0.8 and × 1.2, due one-offs × 0.8
 * and × 1.2], each part against its floor.
 */
const SUMS = 9;

function yearParts(rules: InnovationRules, a: Achievements, year: number, m: { yield: number; schedules: number; oneOff: number }, out: YearParts, sums?: Float64Array): void {
  const pr = prepare(rules, a);
  const st = rules.statutory;
  const mYield = m.yield,
    mSchedules = m.schedules,
    mOneOff = m.oneOff,
    useShare = st.useShare,
    useYears = st.useYears,
    licenceShare = st.licenceShare;
  const { oneOff: prOneOff, rewardFloor: prFloor, yield: prYield, schedule: prSchedule, floorKind: prFloorKind, schedules } = pr;
  const years = a.year;
  const oOne = out.oneOff,
    oFloor = out.rewardFloor,
    oShare = out.share,
    oShareFloor = out.shareFloor,
    oY = out.y;
  let yieldSum = 0;
  let byRules = 0,
    sRf = 0,
    sSf = 0,
    sD1 = 0,
    sD2 = 0,
    sS08 = 0,
    sS12 = 0,
    sO08 = 0,
    sO12 = 0;
  for (let k = 0; k < a.size; k++) {
    const age = year - years[k]! + 1;
    let oneOff = 0,
      rewardFloor = 0,
      share = 0,
      shareFloor = 0,
      yk = 0;
    if (age === 1) {
      oneOff = prOneOff[k]! * mOneOff;
      rewardFloor = prFloor[k]!;
    }
    const sk = prSchedule[k]!;
    if (age >= 1 && sk >= 0) {
      const y = prYield[k]! * mYield;
      yk = y;
      yieldSum += y;
      const schedule = schedules[sk]!;
      // A share is at most the whole yield, however far the solver or the sensitivity scales the schedule.
      if (age <= schedule.length) {
        const f = schedule[age - 1]! * mSchedules;
        share = (f < 1 ? f : 1) * y;
      }
      const fk = prFloorKind[k]!;
      if (fk === 2) shareFloor = licenceShare * y;
      else if (fk === 1 && age <= useYears) shareFloor = useShare * y;
    }
    oOne[k] = oneOff;
    oFloor[k] = rewardFloor;
    oShare[k] = share;
    oShareFloor[k] = shareFloor;
    oY[k] = yk;
    if (sums) {
      byRules += oneOff + share;
      sRf += rewardFloor;
      sSf += shareFloor;
      sD1 += oneOff > rewardFloor ? oneOff : rewardFloor;
      sD2 += share > shareFloor ? share : shareFloor;
      const s08 = 0.8 * share,
        s12 = 1.2 * share < yk ? 1.2 * share : yk;
      sS08 += s08 > shareFloor ? s08 : shareFloor;
      sS12 += s12 > shareFloor ? s12 : shareFloor;
      const o08 = 0.8 * oneOff,
        o12 = 1.2 * oneOff;
      sO08 += o08 > rewardFloor ? o08 : rewardFloor;
      sO12 += o12 > rewardFloor ? o12 : rewardFloor;
    }
  }
  out.yield = yieldSum;
  if (sums) sums.set([byRules, sRf, sSf, sD1, sD2, sS08, sS12, sO08, sO12]);
}

function capOf(rules: InnovationRules, yieldSum: number, wageBill: number, mCap: number): number | null {
  const c = rules.cap;
  if (c.kind === 'none') return null;
  const v = c.value * mCap;
  return c.kind === 'amount' ? v : c.kind === 'bill-share' ? v * wageBill : v * yieldSum;
}

/** The year's totals and the scale above the floors: λ = (cap − floors) / (due − floors), within [0, 1]. */
function settle(p: YearParts, cap: number | null, n: number): { byRules: number; floors: number; due: number; paid: number; scale: number; paidOneOff: number; paidShares: number } {
  let byRules = 0,
    floors = 0,
    due = 0,
    dueOneOff = 0,
    floorOneOff = 0;
  for (let k = 0; k < n; k++) {
    const o = p.oneOff[k]!,
      rf = p.rewardFloor[k]!,
      s = p.share[k]!,
      sf = p.shareFloor[k]!;
    byRules += o + s;
    floors += rf + sf;
    const d1 = o > rf ? o : rf;
    due += d1 + (s > sf ? s : sf);
    dueOneOff += d1;
    floorOneOff += rf;
  }
  const scale = capScale(floors, due, cap);
  const paid = floors + scale * (due - floors);
  const paidOneOff = floorOneOff + scale * (dueOneOff - floorOneOff);
  return { byRules, floors, due, paid, scale, paidOneOff, paidShares: paid - paidOneOff };
}

/** What a year pays given its floors, what is due and the cap: the floors, and above them as much as the cap allows. */
function paidOf(floors: number, due: number, cap: number | null): number {
  return floors + capScale(floors, due, cap) * (due - floors);
}

/** The share of what is due above the floors that the cap lets through (1 without a cap or under it; the floors are always paid). */
function capScale(floors: number, due: number, cap: number | null): number {
  if (cap === null || due <= cap) return 1;
  return due - floors > 0 ? Math.max(0, Math.min(1, (cap - floors) / (due - floors))) : 0;
}

/** The levers of the sensitivity and the band, each a year's total worked out from the year's sums (`Variant.at`). */
interface Variant {
  paid: number;
  yield: number;
  first: number;
}

/** The median (the mean of the two middle values for an even count) by selection, reordering `v` (callers pass scratch). */
const medianInPlace = (v: Float64Array): number | null => (v.length ? quantileSelect(v, 0.5) : null);

/** Scratch for the raises of innovators and of the others: reused from call to call (never part of a result). */
let raiseScratch = new Float64Array(0);
function raiseBuffers(n: number): [Float64Array, Float64Array] {
  if (raiseScratch.length < 2 * n) raiseScratch = new Float64Array(2 * n);
  return [raiseScratch.subarray(0, n), raiseScratch.subarray(n, 2 * n)];
}

/** How many workers of the pay sheet are team members (each once), worked out once per workforce and member index. */
const teamCounts = new WeakMap<Int32Array, { w: Workforce; n: number }>();
function teamMembersOf(w: Workforce, members: InnovationInputs['members']): number {
  const hit = teamCounts.get(members);
  if (hit && hit.w === w) return hit.n;
  const member = new Uint8Array(w.size);
  let n = 0;
  for (let m = 0; m < members.length; m++) {
    const i = members[m]!;
    if (i >= 0 && !member[i]) {
      member[i] = 1;
      n++;
    }
  }
  teamCounts.set(members, { w, n });
  return n;
}

/** Each worker's department as an index into its names, worked out once per workforce. */
const departments = new WeakMap<Workforce, { names: string[]; index: Uint32Array }>();
function departmentsOf(w: Workforce): { names: string[]; index: Uint32Array } {
  let d = departments.get(w);
  if (d) return d;
  const at = new Map<string, number>();
  const names: string[] = [];
  const index = new Uint32Array(w.size);
  for (let i = 0; i < w.size; i++) {
    const dep = w.department[i]!;
    let k = at.get(dep);
    if (k === undefined) {
      k = names.length;
      at.set(dep, k);
      names.push(dep);
    }
    index[i] = k;
  }
  d = { names, index };
  departments.set(w, d);
  return d;
}

export interface InnovationInputs {
  w: Workforce;
  a: Achievements;
  /** `memberIndex(w, a)`, kept between calls. */
  members: Int32Array;
  rules: InnovationRules;
  /** The scheme's pay: annual pay per worker, the wage bill, today's bill, and the pay by innovation points (null: none). */
  annual: Float64Array;
  wageBill: number;
  currentBill: number;
  innovationPay: Float64Array | null;
}

let partsScratch: YearParts | null = null;
function scratchParts(n: number): YearParts {
  if (!partsScratch || partsScratch.oneOff.length !== n) partsScratch = emptyParts(n);
  return partsScratch;
}

function emptyParts(n: number): YearParts {
  return { oneOff: new Float64Array(n), rewardFloor: new Float64Array(n), share: new Float64Array(n), shareFloor: new Float64Array(n), y: new Float64Array(n), yield: 0 };
}

/** Paid over the horizon and the kept share, with the levers scaled (for the sensitivity and the solver). */
export function innovationTotals(x: Pick<InnovationInputs, 'a' | 'rules' | 'wageBill'>, m: { yield: number; schedules: number; oneOff: number; cap: number }): { paid: number; planYear: number; keptShare: number | null } {
  const plan = planYearOf(x.rules, x.a);
  if (plan === null) return { paid: 0, planYear: 0, keptShare: null };
  const p = emptyParts(x.a.size);
  let paid = 0,
    first = 0,
    yieldSum = 0;
  for (let y = 0; y < x.rules.years; y++) {
    yearParts(x.rules, x.a, plan + y, m, p);
    const t = settle(p, capOf(x.rules, p.yield, x.wageBill, m.cap), x.a.size);
    paid += t.paid;
    yieldSum += p.yield;
    if (y === 0) first = t.paid;
  }
  return { paid, planYear: first, keptShare: yieldSum > 0 ? (yieldSum - paid) / yieldSum : null };
}

/**
 * Everything the panel, the documents and `--ask innovation` show, and the
 * rewards per worker. Deterministic: the same inputs give the same figures.
 */
export function computeInnovation(x: InnovationInputs): { result: InnovationResult; perWorker: InnovationPerWorker } | null {
  const { w, a, members, rules } = x;
  const plan = planYearOf(rules, a);
  const planYearW = new Float64Array(w.size);
  const totalW = new Float64Array(w.size);
  if (plan === null) return null;
  const n = a.size;
  const line = {
    planYear: new Float64Array(n),
    total: new Float64Array(n),
    toppedUp: new Float64Array(n),
    yield: new Float64Array(n),
  };
  /** What the floors added, by kind (index) and part: slot 2·kind for the reward, 2·kind + 1 for the remuneration. */
  const belowTopUp = new Float64Array(2 * INNOVATION_KINDS.length);
  const belowCount = new Uint32Array(2 * INNOVATION_KINDS.length);
  /** Achievements already counted under a floor: bit 1 the reward, bit 2 the remuneration. */
  const belowSeen = new Uint8Array(n);
  const byYear: InnovationYear[] = [];
  const capBelowFloors: number[] = [];
  // The year's parts are scratch (written whole each year): reused from one answer to the next.
  const p = scratchParts(n);
  const sums = new Float64Array(SUMS);
  const variant = (): Variant => ({ paid: 0, yield: 0, first: 0 });
  const variants = { yield08: variant(), yield12: variant(), schedules08: variant(), schedules12: variant(), oneOff08: variant(), oneOff12: variant(), cap08: variant(), cap12: variant() };
  const mid = { yield: 1, schedules: 1, oneOff: 1 };
  let absentPlan = 0;
  /** A statutory floor above the rules: what it added, and on how many achievements. */
  const noteBelow = (kind: number, bit: 1 | 2, k: number, topUp: number) => {
    const slot = 2 * kind + bit - 1;
    belowTopUp[slot]! += topUp;
    if (!(belowSeen[k]! & bit)) {
      belowSeen[k]! |= bit;
      belowCount[slot]!++;
    }
  };
  for (let y = 0; y < rules.years; y++) {
    const year = plan + y;
    yearParts(rules, a, year, mid, p, sums);
    const cap = capOf(rules, p.yield, x.wageBill, 1);
    // The year's sums, from which the band and the sensitivity are settled again without another pass: a yield × b
    // moves every share and its floor by b; a schedule × f moves every share by f (never above the year's yield); a
    // one-off × f moves every one-off by f; each against its floor.
    const byRules = sums[0]!,
      sRf = sums[1]!,
      sSf = sums[2]!,
      sD1 = sums[3]!,
      sD2 = sums[4]!,
      sS08 = sums[5]!,
      sS12 = sums[6]!,
      sO08 = sums[7]!,
      sO12 = sums[8]!;
    const pOne = p.oneOff,
      pRf = p.rewardFloor,
      pSh = p.share,
      pSf = p.shareFloor,
      pY = p.y,
      lTotal = line.total,
      lPlan = line.planYear,
      lTop = line.toppedUp,
      lYield = line.yield,
      kinds = a.kind;
    const floorsY = sRf + sSf;
    // The year settled (as `settle` does): the floors, and above them what the cap allows, in proportion.
    const dueY = sD1 + sD2;
    const scaleY = cap === null || dueY <= cap ? 1 : dueY - floorsY > 0 ? Math.max(0, Math.min(1, (cap - floorsY) / (dueY - floorsY))) : 0;
    const paidY = floorsY + scaleY * (dueY - floorsY);
    const paidOneOffY = sRf + scaleY * (sD1 - sRf);
    const t = { byRules, floors: floorsY, due: dueY, paid: paidY, scale: scaleY, paidOneOff: paidOneOffY, paidShares: paidY - paidOneOffY };
    if (cap !== null && t.floors > cap + 1e-9) capBelowFloors.push(year);
    const byYield = (b: number) => ({ paid: paidOf(sRf + b * sSf, sD1 + b * sD2, capOf(rules, b * p.yield, x.wageBill, 1)), yield: b * p.yield });
    const low = byYield(rules.band.low);
    const high = byYield(rules.band.high);
    const add = (v: Variant, r: { paid: number; yield: number }) => {
      v.paid += r.paid;
      v.yield += r.yield;
      if (y === 0) v.first = r.paid;
    };
    add(variants.yield08, byYield(0.8));
    add(variants.yield12, byYield(1.2));
    add(variants.schedules08, { paid: paidOf(floorsY, sD1 + sS08, cap), yield: p.yield });
    add(variants.schedules12, { paid: paidOf(floorsY, sD1 + sS12, cap), yield: p.yield });
    add(variants.oneOff08, { paid: paidOf(floorsY, sO08 + sD2, cap), yield: p.yield });
    add(variants.oneOff12, { paid: paidOf(floorsY, sO12 + sD2, cap), yield: p.yield });
    add(variants.cap08, { paid: paidOf(floorsY, sD1 + sD2, capOf(rules, p.yield, x.wageBill, 0.8)), yield: p.yield });
    add(variants.cap12, { paid: paidOf(floorsY, sD1 + sD2, capOf(rules, p.yield, x.wageBill, 1.2)), yield: p.yield });
    byYear.push({ year, byRules: t.byRules, floors: t.floors, due: t.due, cap, paid: t.paid, paidOneOff: t.paidOneOff, paidShares: t.paidShares, yield: p.yield, scale: t.scale, paidLow: low.paid, paidHigh: high.paid, yieldLow: low.yield, yieldHigh: high.yield });
    const scale = t.scale;
    for (let k = 0; k < n; k++) {
      // The yield counted for each achievement that year (what p.y holds: 0 before its year and when not measured).
      lYield[k]! += pY[k]!;
      const o = pOne[k]!,
        rf = pRf[k]!,
        s = pSh[k]!,
        sf = pSf[k]!;
      const due = (o > rf ? o : rf) + (s > sf ? s : sf);
      const floor = rf + sf;
      const paid = floor + scale * (due - floor);
      if (paid === 0 && due === 0) continue;
      lTotal[k]! += paid;
      if (y === 0) lPlan[k] = paid;
      if (rf > o) {
        lTop[k]! += rf - o;
        noteBelow(kinds[k]!, 1, k, rf - o);
      }
      if (sf > s) {
        lTop[k]! += sf - s;
        noteBelow(kinds[k]!, 2, k, sf - s);
      }
    }
  }
  // Each member gets his share of what the achievement paid, once for all the years.
  for (let k = 0; k < n; k++) {
    const total = line.total[k]!,
      first = line.planYear[k]!;
    if (total === 0) continue;
    for (let m = a.teamStart[k]!; m < a.teamStart[k + 1]!; m++) {
      const share = a.memberShare[m]!;
      const i = members[m]!;
      if (i < 0) {
        absentPlan += first * share;
        continue;
      }
      totalW[i]! += total * share;
      planYearW[i]! += first * share;
    }
  }

  // What the enterprise keeps of each measured yield (NaN where none is measured).
  const kept = new Float64Array(n);
  for (let k = 0; k < n; k++) kept[k] = a.yieldKind[k] === NO_YIELD ? NaN : line.yield[k]! - line.total[k]!;
  const achievements: AchievementFigures = { planYear: line.planYear, total: line.total, toppedUp: line.toppedUp, kept };

  // Groups and the measures of 创新者多得.
  const levelRows = LEVELS.map((l) => ({ group: l as string, workers: 0, recipients: 0, amount: 0 }));
  const depts = departmentsOf(w);
  const deptRows: GroupRow[] = depts.names.map((group) => ({ group, workers: 0, recipients: 0, amount: 0 }));
  // A team member of the pay sheet is counted once; the measures of 创新者多得 count those rewarded in the plan year
  // (the same people as the tables' 获奖人数), the team members are given beside them.
  const teamMembers = teamMembersOf(w, members);
  let innovators = 0,
    rewardAll = 0,
    payAll = 0,
    rewardInn = 0,
    payInn = 0,
    innovPay = 0,
    innovPayInn = 0,
    ptsInn = 0,
    ptsOth = 0;
  const [raiseInn, raiseOth] = raiseBuffers(w.size);
  let nOth = 0;
  // By grade and department in typed arrays (one pass over the workers; the rows are filled from them after).
  const nDept = deptRows.length;
  const gWorkers = new Uint32Array(LEVELS.length + nDept),
    gRecipients = new Uint32Array(LEVELS.length + nDept),
    gAmount = new Float64Array(LEVELS.length + nDept);
  const level = w.level,
    dept = depts.index,
    annual = x.annual,
    monthly = w.monthlyPay,
    points = w.innovation,
    innovationPay = x.innovationPay;
  const L = LEVELS.length;
  for (let i = 0; i < w.size; i++) {
    const r = planYearW[i]!;
    const gl = level[i]!,
      gd = L + dept[i]!;
    gWorkers[gl]!++;
    gWorkers[gd]!++;
    gAmount[gl]! += r;
    gAmount[gd]! += r;
    const pay = annual[i]!;
    rewardAll += r;
    payAll += pay + r;
    const raise = (pay + r) / 12 - monthly[i]!;
    const ip = innovationPay ? innovationPay[i]! : 0;
    innovPay += ip;
    if (r > 0) {
      gRecipients[gl]!++;
      gRecipients[gd]!++;
      raiseInn[innovators++] = raise;
      rewardInn += r;
      payInn += pay + r;
      innovPayInn += ip;
      ptsInn += points[i]!;
    } else {
      raiseOth[nOth++] = raise;
      ptsOth += points[i]!;
    }
  }
  levelRows.forEach((row, g) => Object.assign(row, { workers: gWorkers[g]!, recipients: gRecipients[g]!, amount: gAmount[g]! }));
  deptRows.forEach((row, g) => Object.assign(row, { workers: gWorkers[L + g]!, recipients: gRecipients[L + g]!, amount: gAmount[L + g]! }));
  const others = w.size - innovators;
  const measures: InnovationMeasures = {
    innovators,
    members: teamMembers,
    rewardShareAll: payAll > 0 ? rewardAll / payAll : 0,
    rewardShareInnovators: payInn > 0 ? rewardInn / payInn : 0,
    medianRaiseInnovators: medianInPlace(raiseInn.subarray(0, innovators)),
    medianRaiseOthers: medianInPlace(raiseOth.subarray(0, nOth)),
    innovationPayToInnovators: x.innovationPay && innovPay > 0 ? innovPayInn / innovPay : null,
    pointsInnovators: innovators ? ptsInn / innovators : null,
    pointsOthers: others ? ptsOth / others : null,
  };

  // By kind, in one pass over the achievements (was a pass per kind).
  const kCount = new Uint32Array(INNOVATION_KINDS.length),
    kPlan = new Float64Array(INNOVATION_KINDS.length),
    kTotal = new Float64Array(INNOVATION_KINDS.length);
  for (let k = 0; k < n; k++) {
    const j = a.kind[k]!;
    kCount[j]!++;
    kPlan[j]! += line.planYear[k]!;
    kTotal[j]! += line.total[k]!;
  }
  const byKind = INNOVATION_KINDS.map((kind, j) => ({ kind, count: kCount[j]!, planYear: kPlan[j]!, total: kTotal[j]! })).filter((r) => r.count > 0);

  const absentIds = new Set<string>();
  for (let m = 0; m < members.length; m++) if (members[m]! < 0) absentIds.add(a.memberId[m]!);
  const totalPaid = byYear.reduce((s, y) => s + y.paid, 0);
  const totalYield = byYear.reduce((s, y) => s + y.yield, 0);
  const first = byYear[0]!;
  const { bill, growth } = billWithRewards(x.wageBill, x.currentBill, rules.inWageBill ? first.paid : 0);

  // Sensitivity: each lever ±20 %, alone (settled year by year above).
  const row = (v: Variant) => ({ paid: v.first, keptShare: v.yield > 0 ? (v.yield - v.paid) / v.yield : null });
  const levers: SensitivityRow['param'][] = rules.cap.kind === 'none' ? ['yield', 'schedules', 'oneOff'] : ['yield', 'schedules', 'oneOff', 'cap'];
  const sensitivity = levers.map((param) => ({ param, low: row(variants[`${param}08`]), high: row(variants[`${param}12`]) }));

  return {
    result: {
      planYear: plan,
      years: rules.years,
      byYear,
      totalPaid,
      totalYield,
      keptShare: totalYield > 0 ? (totalYield - totalPaid) / totalYield : null,
      achievements,
      top: achievementLines(a, achievements, topIndices(n, TOP_ACHIEVEMENTS, (i, j) => line.total[i]! > line.total[j]! || (line.total[i] === line.total[j] && i < j))),
      byLevel: levelRows,
      byDepartment: deptRows.sort((p1, p2) => p2.amount - p1.amount || p1.group.localeCompare(p2.group)),
      byKind,
      belowFloors: INNOVATION_KINDS.flatMap((kind, j) => (['reward', 'remuneration'] as const).map((part, b) => ({ kind, part, achievements: belowCount[2 * j + b]!, topUp: belowTopUp[2 * j + b]! }))).filter((b) => b.achievements > 0),
      capBelowFloors,
      absent: { members: absentIds.size, ids: [...absentIds].slice(0, 20), planYear: absentPlan },
      measures,
      wageBill: { included: rules.inWageBill, bill, growth, rewards: first.paid },
      sensitivity,
      capForFloors: Math.max(0, ...byYear.map((y) => y.floors)),
      capForDue: Math.max(0, ...byYear.map((y) => y.due)),
    },
    perWorker: {
      planYear: planYearW,
      total: totalW,
      top: topIndices(
        w.size,
        TOP_WORKERS,
        (i, j) => planYearW[i]! > planYearW[j]! || (planYearW[i] === planYearW[j] && (totalW[i]! > totalW[j]! || (totalW[i] === totalW[j] && i < j))),
        (i) => totalW[i]! > 0,
      ),
    },
  };
}

/**
 * The largest multiplier of the yield schedules (saving, profit, licence)
 * that leaves the enterprise at least `kept` of the measured yields over the
 * horizon: the kept share falls as the schedules grow, so bisection finds it
 * to 1e-6. `reachable`: the kept share with no schedule at all (one-offs and
 * floors only) — the most the enterprise can keep.
 */
export function scheduleForKeptShare(x: Pick<InnovationInputs, 'a' | 'rules' | 'wageBill'>, kept: number): { ok: boolean; multiplier: number; keptShare: number | null; reachable: number | null; tolerance: number } {
  const at = (m: number) => innovationTotals(x, { yield: 1, schedules: m, oneOff: 1, cap: 1 }).keptShare;
  const top = at(0);
  const tolerance = 1e-6;
  if (top === null || top < kept) return { ok: false, multiplier: 0, keptShare: top, reachable: top, tolerance };
  let lo = 0,
    hi = 1;
  while ((at(hi) ?? -Infinity) >= kept && hi < 1e6) hi *= 2;
  if (hi >= 1e6) return { ok: true, multiplier: hi, keptShare: at(hi), reachable: top, tolerance };
  while (hi - lo > tolerance) {
    const mid = (lo + hi) / 2;
    if ((at(mid) ?? -Infinity) >= kept) lo = mid;
    else hi = mid;
  }
  return { ok: true, multiplier: lo, keptShare: at(lo), reachable: top, tolerance };
}

/** One reward as it falls due to one team member: the month whose pay must carry it (year × 12 + month − 1). */
export interface RewardDue {
  month: number;
  amount: number;
  /** The achievement (index in the file), its part and the calendar year it is for. */
  achievement: number;
  part: 'oneOff' | 'share';
  year: number;
}

/**
 * What each team member is due and when, by the scheme's rules (after the floors and the year's cap, as
 * computeInnovation pays them): a one-off reward in the month `payBy.oneOffMonths` after the month of its date; a
 * year's yield shares in month `payBy.shareMonth` of the next year. By member id (a member not in the pay sheet is
 * due his share all the same), each list in month order. Over the plan's years: Σ of every amount = the answer's
 * totalPaid. `years`: the plan's calendar years (null: no plan, nothing due).
 */
export function rewardsDue(x: Pick<InnovationInputs, 'a' | 'rules' | 'wageBill'>): { byMember: Map<string, RewardDue[]>; years: { from: number; to: number } | null; total: number } {
  const { a, rules } = x;
  const byMember = new Map<string, RewardDue[]>();
  const plan = planYearOf(rules, a);
  if (plan === null || a.size === 0) return { byMember, years: null, total: 0 };
  const when = payByOf(rules);
  const p = emptyParts(a.size);
  let total = 0;
  const give = (k: number, amount: number, month: number, part: RewardDue['part'], year: number) => {
    for (let m = a.teamStart[k]!; m < a.teamStart[k + 1]!; m++) {
      const v = amount * a.memberShare[m]!;
      if (v <= 0) continue;
      const id = a.memberId[m]!;
      let list = byMember.get(id);
      if (!list) byMember.set(id, (list = []));
      list.push({ month, amount: v, achievement: k, part, year });
      total += v;
    }
  };
  for (let y = 0; y < rules.years; y++) {
    const year = plan + y;
    yearParts(rules, a, year, { yield: 1, schedules: 1, oneOff: 1 }, p);
    const cap = capOf(rules, p.yield, x.wageBill, 1);
    const scale = settle(p, cap, a.size).scale;
    for (let k = 0; k < a.size; k++) {
      const o = p.oneOff[k]!,
        rf = p.rewardFloor[k]!,
        s = p.share[k]!,
        sf = p.shareFloor[k]!;
      // As the year is settled: each floor, and above it the cap's share of the rest (the same split as paidOneOff).
      const one = rf + scale * ((o > rf ? o : rf) - rf);
      const share = sf + scale * ((s > sf ? s : sf) - sf);
      if (one > 0) {
        const [dy, dm] = a.date[k]!.split('-').map(Number) as [number, number];
        give(k, one, dy * 12 + dm - 1 + when.oneOffMonths, 'oneOff', year);
      }
      if (share > 0) give(k, share, (year + 1) * 12 + when.shareMonth - 1, 'share', year);
    }
  }
  for (const list of byMember.values()) list.sort((p1, p2) => p1.month - p2.month || p1.achievement - p2.achievement || (p1.part === p2.part ? 0 : p1.part === 'oneOff' ? -1 : 1));
  return { byMember, years: { from: plan, to: plan + rules.years - 1 }, total };
}

/**
 * The innovation answer for a scheme on a workforce: its pay computed once
 * (with components, for the pool's innovation money), then the rewards. null
 * when the scheme has no innovation rules or there are no achievements.
 * `members` may be passed when kept between calls (the host does).
 */
export function innovationOf(w: Workforce, a: Achievements, s: Scenario, members = memberIndex(w, a)): { result: InnovationResult; perWorker: InnovationPerWorker } | null {
  if (!s.innovation || a.size === 0) return null;
  const pay = computePay(w, s, { components: true });
  return computeInnovation({ w, a, members, rules: s.innovation, annual: pay.annual, wageBill: pay.summary.wageBill, currentBill: pay.summary.currentWageBill, innovationPay: pay.components?.innovation ?? null });
}
