/**
 * The procedural rules of a bargaining round, as dated settings with their
 * source, applied exactly. Each rule names the article it comes from and
 * whether the article was checked against its text (`verified`). Papers
 * for the other side or the bureau never print "unverified": what was not
 * checked goes into the union's own list (`uncheckedRules`, printed in the
 * filing checklist, which is the union's working paper).
 * Counting follows 《民法典》: "以上、以下、以内、届满" include the number
 * itself (第一千二百五十九条), and a period of days starts the day after
 * (第二百零一条).
 */
import type { Citation, DatedRule } from '../datedRule';
import type { Lang } from './text';

export type { Citation, DatedRule } from '../datedRule';

const CC = { zh: '《集体合同规定》(劳动和社会保障部令第22号,2004年)', en: 'Regulations on Collective Contracts (MOLSS Order No. 22, 2004)' };
const WB = { zh: '《工资集体协商试行办法》(劳动和社会保障部令第9号,2000年)', en: 'Trial Measures on Collective Wage Bargaining (MOLSS Order No. 9, 2000)' };

const DM = { zh: '《企业民主管理规定》(总工发〔2012〕12号)', en: 'Provisions on the Democratic Management of Enterprises (ACFTU and others, 2012, No. 12)' };
const LCL = { zh: '《劳动合同法》', en: 'Labour Contract Law' };

/**
 * The workers' congress vote. Two rules apply to the same vote and the papers
 * ask for what satisfies both: 《集体合同规定》第三十六条 (two thirds or more
 * present; "全体职工代表半数以上" in favour, which includes half) and
 * 《企业民主管理规定》第二十条 (every decision of the congress by a majority —
 * "过半数", more than half — of ALL representatives; important matters by
 * secret ballot, item by item). 60 of 120 meets the first and not the
 * second: 61 is asked for.
 */
export const VOTE = {
  presentShare: { value: 2 / 3, asOf: '2004-05-01', cite: { zh: `${CC.zh}第三十六条`, en: `${CC.en}, art. 36`, verified: true } },
  approveShareOfAll: { value: 1 / 2, asOf: '2004-05-01', cite: { zh: `${CC.zh}第三十六条`, en: `${CC.en}, art. 36`, verified: true } },
  /** More than half of all representatives (过半数: half itself is not enough). */
  majorityOfAll: { value: 1 / 2, asOf: '2012-02-13', cite: { zh: `${DM.zh}第二十条`, en: `${DM.en}, art. 20`, verified: true } },
  /** Important matters: secret ballot, item by item. */
  secretBallot: { value: true, asOf: '2012-02-13', cite: { zh: `${DM.zh}第二十条`, en: `${DM.en}, art. 20`, verified: true } },
  /** "以上" counts the number itself. */
  inclusive: { value: true, asOf: '2021-01-01', cite: { zh: '《民法典》第一千二百五十九条', en: 'Civil Code, art. 1259', verified: true } },
} satisfies Record<string, DatedRule<unknown>>;

export interface VoteTally {
  members: number;
  present: number;
  yes: number;
  quorum: boolean;
  /** Present needed for the quorum and yes-votes needed to pass (both rules met). */
  presentNeeded: number;
  yesNeeded: number;
  passes: boolean;
}

/**
 * Whether the vote passes: at least two thirds of all representatives
 * present (以上 includes the number: 80 of 120), and in favour more than half
 * of all of them (61 of 120: 第三十六条's "半数以上" is met by 60, 第二十条's
 * "过半数" is not, and a paper must satisfy both).
 */
export function tally(members: number, present: number, yes: number): VoteTally {
  const presentNeeded = Math.ceil(members * VOTE.presentShare.value - 1e-9);
  const halfOrMore = Math.ceil(members * VOTE.approveShareOfAll.value - 1e-9);
  const moreThanHalf = Math.floor(members * VOTE.majorityOfAll.value + 1e-9) + 1;
  const yesNeeded = Math.max(halfOrMore, moreThanHalf);
  const quorum = members > 0 && present >= presentNeeded && present <= members;
  const valid = yes <= present;
  return { members, present, yes, quorum, presentNeeded, yesNeeded, passes: quorum && valid && yes >= yesNeeded };
}

/** What is filed: a wage agreement under the 2000 measures (7 days), or a collective contract under the 2004 regulations (10 days). */
export type FilingKind = 'wage-agreement' | 'collective-contract';

export const FILING = {
  'wage-agreement': { value: 7, asOf: '2000-11-08', cite: { zh: `${WB.zh}第二十二条`, en: `${WB.en}, art. 22`, verified: true } },
  'collective-contract': { value: 10, asOf: '2004-05-01', cite: { zh: `${CC.zh}第四十二条`, en: `${CC.en}, art. 42`, verified: true } },
} satisfies Record<FilingKind, DatedRule<number>>;

/** Copies filed with the authority: three, under both rules (2000 measures art. 22 with an explanation; 2004 regulations art. 42). */
export const FILED_COPIES: DatedRule<number> = { value: 3, asOf: '2004-05-01', cite: { zh: `${WB.zh}第二十二条;${CC.zh}第四十二条`, en: `${WB.en}, art. 22; ${CC.en}, art. 42`, verified: true } };

export const DEADLINES = {
  /** The other side answers a written offer within 20 days. */
  answerOffer: { value: 20, asOf: '2004-05-01', cite: { zh: `${CC.zh}第三十二条`, en: `${CC.en}, art. 32`, verified: true } },
  /** Each side gives the data asked for within the 5 days before the talks. */
  dataBeforeTalks: { value: 5, asOf: '2000-11-08', cite: { zh: `${WB.zh}第二十条`, en: `${WB.en}, art. 20`, verified: true } },
  /** The authority's review: an objection within 15 days of receipt, or the contract is in force. */
  review: { value: 15, asOf: '2004-05-01', cite: { zh: `${WB.zh}第二十三条;${CC.zh}第四十五条、第四十七条;${LCL.zh}第五十四条`, en: `${WB.en}, art. 23; ${CC.en}, arts. 45, 47; ${LCL.en}, art. 54`, verified: true } },
  /** Published to all workers within 5 days of entry into force (the 2000 measures; the 2004 regulations say "promptly"). */
  publish: { value: 5, asOf: '2000-11-08', cite: { zh: `${WB.zh}第二十三条;${CC.zh}第四十八条`, en: `${WB.en}, art. 23; ${CC.en}, art. 48`, verified: true } },
  /** Within 3 months before expiry either side may propose renewal or a new contract. */
  renegotiateMonths: { value: 3, asOf: '2004-05-01', cite: { zh: `${CC.zh}第三十八条`, en: `${CC.en}, art. 38`, verified: true } },
} satisfies Record<string, DatedRule<number>>;

/** The objection path: the 审查意见书, renegotiating what was objected to, filing again. */
export const OBJECTION: Citation = { zh: `${WB.zh}第二十三条;${CC.zh}第四十五条、第四十六条`, en: `${WB.en}, art. 23; ${CC.en}, arts. 45, 46`, verified: true };

/** Where a local rule sets 60 days before expiry for a new wage agreement instead (the 2000 measures and rules derived from it). */
export const RENEGOTIATE_LOCAL_DAYS: DatedRule<number> = { value: 60, asOf: '2000-11-08', cite: { zh: `${WB.zh}第二十四条`, en: `${WB.en}, art. 24`, verified: true } };

/** The authority's name since the 2008 reform of the State Council (it was 劳动保障行政部门). */
export const AUTHORITY: DatedRule<{ zh: string; en: string }> = { value: { zh: '人力资源社会保障行政部门', en: 'human resources and social security authority' }, asOf: '2008-03-15', cite: { zh: '2008年国务院机构改革,劳动和社会保障部并入人力资源和社会保障部', en: 'State Council reform of 2008: the labour ministry became the Ministry of Human Resources and Social Security', verified: true } };

/** A local override of the filing or renegotiation days, with the user's note of where it comes from. */
export interface RegionalRules {
  fileWithinDays?: number;
  renegotiateDays?: number;
  note?: string;
}

/** A date plus days, YYYY-MM-DD ('' when the date cannot be read). The start day is not counted (民法典 第二百零一条). */
export function addDays(date: string, days: number): string {
  if (!isRealDate(date)) return '';
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A date plus months, YYYY-MM-DD, clamped to the month's last day (2027-03-31 − 1 month = 2027-02-28). */
export function addMonths(date: string, months: number): string {
  if (!isRealDate(date)) return '';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The first day of contract year `year` (1-based) of a term starting on `termStart`. */
export function yearStart(termStart: string, year: number): string {
  return addMonths(termStart, 12 * (year - 1));
}
/** The last day of contract year `year`: the day before the next one starts. */
export function yearEnd(termStart: string, year: number): string {
  return addDays(yearStart(termStart, year + 1), -1);
}

/**
 * A date a user writes on a paper: on the calendar and from 2000 to 2100.
 * The deadlines, contract years and tranches are counted from it; from 2199
 * they ran past what the date rules read and the papers printed blanks.
 */
export function isPaperDate(date: string): boolean {
  return isRealDate(date) && date >= '2000-01-01' && date <= '2100-12-31';
}

/** A real calendar date written YYYY-MM-DD (2026-02-30, 2026-99-99 and 0000-00-00 are not). */
export function isRealDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

export interface Timeline {
  signing: string;
  fileBy: string;
  fileDays: number;
  fileCite: Citation;
  /** In force at the latest: the last filing day plus the review period. */
  inForceBy: string;
  publishBy: string;
  termStart: string;
  termEnd: string;
  /** From here either side may propose renewal. */
  renegotiateFrom: string;
  renegotiateCite: Citation;
  /** The term starts before the contract can be in force: its start is retroactive, and the documents say so. */
  retroactive: boolean;
}

/** Every date of the round after signing, by the rules applied and the region's overrides. */
export function timeline(f: { signingDate: string; termStart: string; termYears: number; filingKind: FilingKind; regional?: RegionalRules }): Timeline {
  const fileRule = FILING[f.filingKind];
  const fileDays = f.regional?.fileWithinDays ?? fileRule.value;
  const fileBy = addDays(f.signingDate, fileDays);
  const inForceBy = addDays(fileBy, DEADLINES.review.value);
  const termEnd = yearEnd(f.termStart, f.termYears);
  const local = f.regional?.renegotiateDays;
  const renegotiateFrom = local !== undefined ? addDays(termEnd, -local) : addDays(addMonths(termEnd, -DEADLINES.renegotiateMonths.value), 1);
  const regionalCite = (base: Citation): Citation => ({ zh: `${base.zh};本地规定:${f.regional?.note || '(未注明出处)'}`, en: `${base.en}; local rule: ${f.regional?.note || '(source not given)'}`, verified: false });
  return {
    signing: f.signingDate,
    fileBy,
    fileDays,
    fileCite: f.regional?.fileWithinDays !== undefined ? regionalCite(fileRule.cite) : fileRule.cite,
    inForceBy,
    publishBy: addDays(inForceBy, DEADLINES.publish.value),
    termStart: f.termStart,
    termEnd,
    renegotiateFrom,
    renegotiateCite: local !== undefined ? regionalCite(RENEGOTIATE_LOCAL_DAYS.cite) : DEADLINES.renegotiateMonths.cite,
    retroactive: Boolean(inForceBy) && f.termStart < inForceBy,
  };
}

/** A citation as a document prints it: the law and its article. */
export function cite(c: Citation, lang: Lang): string {
  return c[lang];
}

/** The citations among `rules` not checked against their text, once each: for the union's own list. */
export function uncheckedRules(rules: Citation[]): Citation[] {
  const seen = new Set<string>();
  return rules.filter((c) => !c.verified && !seen.has(c.zh) && seen.add(c.zh));
}
