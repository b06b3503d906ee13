/**
 * The documents of a bargaining round, filled from the model: the union's
 * written offer (要约书), the scheme with its costing explanation (测算说明),
 * a draft special collective contract on 能级工资, the material for the
 * workers' congress with a ballot and the vote rules, and the filing
 * checklist. Every figure comes from the engine (`documentData`, run where
 * the workforce is); the wording of the contract's articles is editable and
 * its placeholders ({{wageBill}}, {{payTable}} …) are filled from the model.
 * The procedural rules (days, majorities) are settings with their source.
 */
import { contractCost, fingerprint, tornado, type ContractCost, type Tranche, type TornadoBar } from './bargaining';
import { chartData, compareRows, craftsmenPayRow, currentOf, medianRaiseMonthly, payTable, type CompareRow, type GroupChange, type PayTableRow } from './charts';
import { skillFloors } from './floors';
import type { Block, Doc, DocImage } from './io/docx';
import { computePay } from './pay';
import type { Scenario } from './scenario';
import { baselineSummary } from './summary';
import { policyOf, type TakeHomeByLevel } from './takehome';
import { typicalWorkers, type TypicalRow, type TypicalWorker } from './typical';
import { LEVELS, type Summary, type Workforce } from './types';
import { indexOfId } from './workforce';

type Lang = 'zh' | 'en';

// ---------------------------------------------------------------- rules with their source

/** The workers' congress vote (集体合同规定, 2004, art. 36): two thirds present, more than half of all representatives in favour. */
export const VOTE_RULES = {
  presentShare: 2 / 3,
  approveShareOfAll: 1 / 2,
  source: {
    zh: '《集体合同规定》(劳动和社会保障部令第 22 号,2004)第三十六条:职工代表大会讨论集体合同草案,应有三分之二以上职工代表出席,且须经全体职工代表半数以上同意(条款号未核实,请对照本省规定)。',
    en: 'Regulations on Collective Contracts (MOLSS Order No. 22, 2004), art. 36: two thirds of the representatives present, and more than half of all representatives in favour (article number unverified; check your province\'s rules).',
  },
};

/** Deadlines after signing (工资集体协商试行办法, 2000; 集体合同规定, 2004). */
export const FILING_RULES = {
  fileWithinDays: 10,
  reviewDays: 15,
  publishWithinDays: 5,
  answerOfferWithinDays: 20,
  dataBeforeTalksDays: 5,
  renegotiateBeforeExpiryDays: 60,
  source: {
    zh: '《工资集体协商试行办法》(劳动和社会保障部令第 9 号,2000):要约 20 日内答复,协商前 5 日提供资料,职代会通过后报送劳动保障部门,15 日内未提出异议即生效,生效后 5 日内公布,期满前 60 日提出续签;《集体合同规定》(2004)第四十二条:签字后 10 日内报送(有的地区为 7 日)。均未核实条款号,请对照本地规定。',
    en: 'Trial Measures on Collective Wage Bargaining (MOLSS Order No. 9, 2000): an offer answered within 20 days, data 5 days before talks, filed after the workers\' congress approves, effective if the labour bureau raises no objection within 15 days, published within 5 days, renegotiation proposed 60 days before expiry; Regulations on Collective Contracts (2004) art. 42: filed within 10 days of signing (7 in some regions). Article numbers unverified.',
  },
};

export interface VoteTally {
  members: number;
  present: number;
  yes: number;
  quorum: boolean;
  /** Present needed for the quorum and yes-votes needed to pass. */
  presentNeeded: number;
  yesNeeded: number;
  passes: boolean;
}

/** Whether the vote passes: at least two thirds of all representatives present, and more than half of all of them in favour. */
export function tally(members: number, present: number, yes: number, rules = VOTE_RULES): VoteTally {
  const presentNeeded = Math.ceil(members * rules.presentShare - 1e-9);
  const yesNeeded = Math.floor(members * rules.approveShareOfAll) + 1;
  const quorum = members > 0 && present >= presentNeeded && present <= members;
  const valid = yes <= present;
  return { members, present, yes, quorum, presentNeeded, yesNeeded, passes: quorum && valid && yes >= yesNeeded };
}

/** A date plus days, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (!Number.isFinite(d.getTime())) return '';
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- the form

/** Who, when, the vote and the article wording: saved with the workspace, never in a share link. */
export interface DocumentsForm {
  enterprise: string;
  union: string;
  enterpriseRep: string;
  unionRep: string;
  /** The date the offer proposes for the first meeting, the signing date, the contract's start. */
  proposedDate: string;
  signingDate: string;
  termStart: string;
  termYears: number;
  /** Raises of the contract by tranche (the page's contract costing uses the same). */
  tranches: Tranche[];
  members: number;
  present: number;
  yes: number;
  /** Article wording changed by the user, by article id. */
  articles: Record<string, string>;
}

export function defaultForm(lang: Lang, today: string): DocumentsForm {
  const zh = lang === 'zh';
  return {
    enterprise: zh ? '(企业名称)' : '(enterprise)',
    union: zh ? '(企业工会委员会)' : '(the enterprise union committee)',
    enterpriseRep: zh ? '(企业首席代表)' : '(management\'s chief representative)',
    unionRep: zh ? '(工会首席代表)' : '(the union\'s chief representative)',
    proposedDate: addDays(today, 20),
    signingDate: addDays(today, 45),
    termStart: `${today.slice(0, 4)}-${today.slice(5, 7)}-01`,
    termYears: 1,
    tranches: [],
    members: 60,
    present: 0,
    yes: 0,
    articles: {},
  };
}

// ---------------------------------------------------------------- figures from the engine

export interface PackageLine {
  id: string;
  name: string;
  level: string;
  scheme: 'annual-salary' | 'agreement';
  cashYear1: number;
  deferred: number;
  equityKind: 'option' | 'restricted' | null;
  equityShares: number;
  equityFairValue: number;
}

/** Everything the documents say about a scheme, computed by the engine. */
export interface DocumentData {
  scheme: Scenario;
  fingerprint: string;
  workers: number;
  summary: Summary;
  baseline: Summary;
  medianRaise: number;
  /** Growth of the wage bill, gross pay plus employer contributions (the employer's cost), a year. */
  employerCost: number;
  employerCostToday: number;
  pool: number | null;
  payTable: PayTableRow[];
  craftsmenRow: PayTableRow | null;
  byLevel: GroupChange[];
  byDepartment: GroupChange[];
  takeHome: { byLevel: TakeHomeByLevel[]; costPerNetYuan: number | null; medianNetRaise: number };
  typical: TypicalRow[];
  contract: ContractCost & { tranches: Tranche[]; years: number };
  tornado: TornadoBar[];
  floors: { below: number; liftCost: number; unclassified: number };
  packages: PackageLine[];
  /** Every scheme of the workspace against today (the comparison), the active one included. */
  compare: (CompareRow & { fingerprint: string })[];
  /** The innovation money of the scheme, a year (pool: its weight × the pool; table: 元 per point × points); null in the raise kind. */
  innovation: number | null;
}

/** The tranches a contract uses: the form's, or else the scheme's growth paid from the first month. */
export function contractTranches(form: Pick<DocumentsForm, 'tranches'>, growth: number): Tranche[] {
  return form.tranches.length ? form.tranches : [{ year: 1, month: 1, percent: Math.round(growth * 10000) / 10000 }];
}

export function documentData(w: Workforce, s: Scenario, schemes: Scenario[], typical: TypicalWorker[], form: Pick<DocumentsForm, 'tranches' | 'termYears'>): DocumentData {
  const r = computePay(w, s, { takeHome: 'detail' });
  const th = r.takeHome!;
  const cur = currentOf(w);
  const baseline = baselineSummary(w.monthlyPay, w.level, { lower: 0, upper: 0 });
  const charts = chartData(w, r.annual);
  const { belowIndex: _, ...floors } = skillFloors(w, r.annual, s, r.craftsman);
  void _;
  const tranches = contractTranches(form, r.summary.wageBillGrowth);
  const contract = contractCost(w.monthlyPay, tranches, form.termYears, { kind: 'contributions', policy: policyOf(s) });
  const packages: PackageLine[] = r.craftsmen.map((c) => {
    const i = indexOfId(w, c.id);
    const pkg = s.craftsmen.find((p) => p.id === c.id)!;
    return { id: c.id, name: w.name[i]!, level: LEVELS[w.level[i]!]!, scheme: c.scheme, cashYear1: c.cashYear1, deferred: c.deferred.reduce((a, b) => a + b, 0), equityKind: pkg.equity?.kind ?? null, equityShares: pkg.equity?.shares ?? 0, equityFairValue: c.equity?.fairValue ?? 0 };
  });
  const all = schemes.map((x) => (x === s ? r : computePay(w, x, { takeHome: true })));
  const compare = compareRows(
    baseline,
    all.map((x, k) => ({ name: schemes[k]!.name, summary: x.summary, medianRaise: medianRaiseMonthly(cur.annual, x.annual), craftsmen: x.craftsmen })),
  ).map((row, k) => ({ ...row, fingerprint: fingerprint(schemes[k]!) }));
  let innovation: number | null = null;
  if (s.mode === 'pool') innovation = r.summary.byFactor?.innovation ?? 0;
  else if (s.mode === 'scale') {
    let points = 0;
    for (let i = 0; i < w.size; i++) if (!r.craftsman[i]) points += w.innovation[i]!;
    innovation = s.scale.innovationRate * points;
  }
  return {
    scheme: s,
    fingerprint: fingerprint(s),
    workers: w.size,
    summary: r.summary,
    baseline,
    medianRaise: medianRaiseMonthly(cur.annual, r.annual),
    employerCost: r.summary.employerCost!,
    employerCostToday: r.summary.employerCostCurrent!,
    pool: r.pool,
    payTable: payTable(baseline.byLevel, r.summary.byLevel),
    craftsmenRow: craftsmenPayRow(r.craftsmen, (id) => cur.annual[indexOfId(w, id)]!),
    byLevel: charts.byLevel,
    byDepartment: charts.byDepartment,
    takeHome: { byLevel: th.byLevel, costPerNetYuan: th.costPerNetYuan, medianNetRaise: r.summary.medianNetRaise! },
    typical: typicalWorkers(w, [s], typical, fingerprint),
    contract: { ...contract, tranches, years: form.termYears },
    tornado: tornado(w, s).bars.slice(0, 6),
    floors: { below: floors.below, liftCost: floors.liftCost, unclassified: floors.unclassified },
    packages,
    compare,
    innovation,
  };
}

// ---------------------------------------------------------------- words

const wan = (x: number, lang: Lang) => (lang === 'zh' ? `${(x / 1e4).toLocaleString('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} 万元` : `CNY ${(x / 1e6).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} m`);
const yuan = (x: number, lang: Lang) => (lang === 'zh' ? `${Math.round(x).toLocaleString('zh-CN')} 元` : `CNY ${Math.round(x).toLocaleString('en-US')}`);
const pct = (x: number, d = 2) => `${(x * 100).toFixed(d)}%`;
const signedPct = (x: number) => (x >= 0 ? '+' : '−') + pct(Math.abs(x));
const round = (x: number) => Math.round(x);

const LEVEL_NAMES: Record<Lang, string[]> = {
  zh: ['学徒工', '初级工', '中级工', '高级工', '技师', '高级技师', '特级技师', '首席技师'],
  en: ['Apprentice', 'Junior', 'Intermediate', 'Senior', 'Technician', 'Senior technician', 'Principal technician', 'Chief technician'],
};
const levelName = (level: string, lang: Lang) => (level === 'craftsmen' ? (lang === 'zh' ? '工匠薪酬包' : 'Craftsman packages') : LEVEL_NAMES[lang][LEVELS.indexOf(level as (typeof LEVELS)[number])] ?? level);

const modeName = (s: Scenario, lang: Lang) => ({ pool: { zh: '按要素分配总额', en: 'a pool shared by factor' }, scale: { zh: '工资标准表', en: 'a pay table' }, raise: { zh: '普调(百分比加保底额)', en: 'a general raise (a percent with a minimum)' } })[s.mode][lang];

function guidelineSentence(d: DocumentData, lang: Lang): string {
  const g = d.scheme.guideline;
  const growth = d.summary.wageBillGrowth;
  const where = growth < g.lower ? { zh: '低于下线', en: 'below the lower line' } : growth > g.upper ? { zh: '高于上线', en: 'above the upper line' } : { zh: '在指导线范围内', en: 'within the guideline' };
  return lang === 'zh'
    ? `工资总额由现在的 ${wan(d.baseline.wageBill, lang)} 增至 ${wan(d.summary.wageBill, lang)},增长 ${signedPct(growth)},${where.zh}(工资指导线下线 ${pct(g.lower)}、基准线 ${pct(g.base)}、上线 ${pct(g.upper)})。`
    : `The wage bill rises from ${wan(d.baseline.wageBill, lang)} today to ${wan(d.summary.wageBill, lang)}, ${signedPct(growth)}, ${where.en} (guideline lower ${pct(g.lower)}, base ${pct(g.base)}, upper ${pct(g.upper)}).`;
}

function payTableBlock(d: DocumentData, lang: Lang, title: string): Block {
  const rows = [...d.payTable, ...(d.craftsmenRow ? [d.craftsmenRow] : [])];
  return {
    kind: 'table',
    table: {
      title,
      header: lang === 'zh' ? ['等级', '人数', '现月均(元)', '新月均(元)', '变化(元)', '变化'] : ['Grade', 'Workers', 'Now (CNY/month)', 'New (CNY/month)', 'Change (CNY)', 'Change'],
      rows: rows.map((r) => [levelName(r.level, lang), r.count, round(r.nowMonthly), round(r.newMonthly), round(r.change), signedPct(r.changePct)]),
    },
  };
}

function minimumRaiseSentence(d: DocumentData, lang: Lang): string {
  const s = d.scheme;
  if (s.mode === 'raise') return lang === 'zh' ? `普调 ${pct(s.raise.percent)},每人每月至少增加 ${yuan(s.raise.minMonthly, lang)}。` : `A raise of ${pct(s.raise.percent)}, at least ${yuan(s.raise.minMonthly, lang)} a month for everyone.`;
  return lang === 'zh' ? `职工月增资中位数 ${yuan(d.medianRaise, lang)};${d.summary.winners} 人增资,${d.summary.losers} 人减资${s.noLossGuarantee ? '(保底:任何人不低于现收入)' : ''}。` : `The median raise is ${yuan(d.medianRaise, lang)} a month; ${d.summary.winners} gain, ${d.summary.losers} lose${s.noLossGuarantee ? ' (no-loss guarantee: nobody below today\'s pay)' : ''}.`;
}

function packagesTable(d: DocumentData, lang: Lang): Block[] {
  if (!d.packages.length) return [];
  const schemeName = (x: PackageLine['scheme']) => (x === 'annual-salary' ? (lang === 'zh' ? '年薪制' : 'annual salary') : lang === 'zh' ? '协议工资制' : 'agreement wage');
  const eq = (p: PackageLine) => (p.equityKind ? `${p.equityKind === 'option' ? (lang === 'zh' ? '股票期权' : 'options') : lang === 'zh' ? '限制性股票' : 'restricted stock'} ${p.equityShares.toLocaleString('zh-CN')}${lang === 'zh' ? ' 股' : ' shares'}` : '—');
  return [
    {
      kind: 'table',
      table: {
        title: lang === 'zh' ? '工匠薪酬包' : 'Master craftsmen\'s packages',
        header: lang === 'zh' ? ['工号', '姓名', '等级', '方式', '第 1 年现金(元)', '递延(元)', '股权', '股权公允价值(元)'] : ['Id', 'Name', 'Grade', 'Scheme', 'Year-1 cash (CNY)', 'Deferred (CNY)', 'Equity', 'Equity fair value (CNY)'],
        rows: d.packages.map((p) => [p.id, p.name, levelName(p.level, lang), schemeName(p.scheme), round(p.cashYear1), round(p.deferred), eq(p), round(p.equityFairValue)]),
      },
    },
  ];
}

const sign = (lang: Lang, f: DocumentsForm): Block => ({
  kind: 'signatures',
  labels: lang === 'zh' ? [`甲方:${f.enterprise}(盖章)`, `首席代表:${f.enterpriseRep}(签字)`, `乙方:${f.union}(盖章)`, `首席代表:${f.unionRep}(签字)`, '日期'] : [`Enterprise: ${f.enterprise} (seal)`, `Chief representative: ${f.enterpriseRep} (signature)`, `Union: ${f.union} (seal)`, `Chief representative: ${f.unionRep} (signature)`, 'Date'],
});

// ---------------------------------------------------------------- 要约书

export function offerLetter(d: DocumentData, f: DocumentsForm, lang: Lang, date: string): Doc {
  const zh = lang === 'zh';
  const g = d.scheme.guideline;
  const data = zh
    ? ['近三年工资总额、职工人数和平均工资', '分岗位、分技能等级的现行工资标准', '企业生产经营和财务状况(营业收入、利润、人工成本)', '社会保险和住房公积金缴费情况', '职工教育培训经费使用情况', '本地区工资指导线和劳动力市场工资价位']
    : ['The wage bill, headcount and average wage of the last three years', 'Current pay standards by post and skill grade', 'Production and finances (revenue, profit, labour cost)', 'Social insurance and housing fund contributions', 'Use of the training fund', 'The local wage guideline and market pay levels'];
  return {
    title: zh ? '工资集体协商要约书' : 'Written offer to bargain collectively on wages',
    subtitle: `${f.union} → ${f.enterprise}`,
    fingerprint: d.fingerprint,
    date,
    blocks: [
      { kind: 'paragraph', text: zh ? `${f.enterprise}:` : `To ${f.enterprise}:` },
      {
        kind: 'paragraph',
        text: zh
          ? `根据《劳动法》《工会法》和《工资集体协商试行办法》,${f.union}代表全体职工,就本企业 ${d.workers} 名职工的工资分配制度和工资水平,向贵方提出开展工资集体协商的要约。我方方案“${d.scheme.name}”(${modeName(d.scheme, lang)})要点如下。`
          : `Under the Labour Law, the Trade Union Law and the Trial Measures on Collective Wage Bargaining, ${f.union}, for all workers, proposes to bargain collectively on the pay system and pay levels of the enterprise's ${d.workers} workers. Our scheme "${d.scheme.name}" (${modeName(d.scheme, lang)}) in brief:`,
      },
      { kind: 'heading', text: zh ? '一、工资总额与工资指导线' : '1. The wage bill and the wage guideline' },
      { kind: 'paragraph', text: guidelineSentence(d, lang) },
      { kind: 'heading', text: zh ? '二、增资与保障' : '2. Raises and guarantees' },
      { kind: 'paragraph', text: minimumRaiseSentence(d, lang) },
      {
        kind: 'paragraph',
        text: zh
          ? `最低工资按 ${yuan(d.scheme.minimumMonthlyWage, lang)}/月执行;技能人才最低工资按岗位类别分别不低于最低工资的 ${pct(d.scheme.skillFloors.shares.basic, 0)}/${pct(d.scheme.skillFloors.shares.important, 0)}/${pct(d.scheme.skillFloors.shares.key, 0)}/${pct(d.scheme.skillFloors.shares.core, 0)}。`
          : `The minimum wage of ${yuan(d.scheme.minimumMonthlyWage, lang)} a month applies; skill-talent floors by post category at ${pct(d.scheme.skillFloors.shares.basic, 0)}/${pct(d.scheme.skillFloors.shares.important, 0)}/${pct(d.scheme.skillFloors.shares.key, 0)}/${pct(d.scheme.skillFloors.shares.core, 0)} of the minimum wage.`,
      },
      payTableBlock(d, lang, zh ? '三、能级工资表(平均月工资)' : '3. The pay table by grade (mean monthly pay)'),
      ...(d.packages.length ? [{ kind: 'heading', text: zh ? '四、工匠薪酬' : '4. Master craftsmen' } as Block, ...packagesTable(d, lang)] : []),
      { kind: 'heading', text: zh ? '请提供的资料(协商前 5 日)' : 'Data we ask for (5 days before the talks)' },
      { kind: 'checklist', items: data },
      {
        kind: 'paragraph',
        text: zh
          ? `建议于 ${f.proposedDate} 举行第一次协商会议。请于收到本要约书之日起 ${FILING_RULES.answerOfferWithinDays} 日内书面答复。`
          : `We propose a first meeting on ${f.proposedDate}, and ask for a written answer within ${FILING_RULES.answerOfferWithinDays} days of receiving this offer.`,
      },
      { kind: 'signatures', labels: zh ? [`要约方:${f.union}(盖章)`, `首席代表:${f.unionRep}(签字)`, '日期'] : [`For ${f.union} (seal)`, `Chief representative: ${f.unionRep} (signature)`, 'Date'] },
    ],
    footnote: zh ? `数字由技能工资协商模拟器按方案指纹 ${d.fingerprint} 计算;指导线 ${pct(g.lower)}/${pct(g.base)}/${pct(g.upper)} 为方案中的设定。` : `Figures computed by the simulator for the scheme with fingerprint ${d.fingerprint}; the guideline ${pct(g.lower)}/${pct(g.base)}/${pct(g.upper)} is the scheme's setting.`,
  };
}

// ---------------------------------------------------------------- 协商方案及测算说明

export function costingNote(d: DocumentData, f: DocumentsForm, lang: Lang, date: string, images: DocImage[] = []): Doc {
  const zh = lang === 'zh';
  const s = d.scheme;
  const params: (string | number)[][] = [];
  const row = (k: string, v: string | number) => params.push([k, v]);
  row(zh ? '方案类型' : 'Kind', modeName(s, lang));
  if (s.mode === 'pool') {
    row(zh ? '分配总额' : 'Pool', d.pool === null ? '—' : wan(d.pool, lang));
    row(zh ? '权重(岗位/技能/创新/业绩)' : 'Weights (position/skill/innovation/performance)', `${pct(s.weights.position, 1)} / ${pct(s.weights.skill, 1)} / ${pct(s.weights.innovation, 1)} / ${pct(s.weights.performance, 1)}`);
    row(zh ? '技能等级系数 L1–L8' : 'Grade coefficients L1–L8', LEVELS.map((l) => s.skillCoefficients[l]).join(' / '));
  }
  if (s.mode === 'scale') row(zh ? '岗位工资率 / 创新积分单价' : 'Per job point / per innovation point', `${s.scale.positionRate} / ${s.scale.innovationRate}`);
  if (s.mode === 'raise') row(zh ? '普调比例 / 保底增资额' : 'Raise / minimum raise', `${pct(s.raise.percent)} / ${yuan(s.raise.minMonthly, lang)}`);
  if (s.mode !== 'raise') row(zh ? '考核系数 A–E' : 'Rating coefficients A–E', (['A', 'B', 'C', 'D', 'E'] as const).map((r) => s.performanceCoefficients[r]).join(' / '));
  row(zh ? '工龄工资' : 'Seniority pay', zh ? `${s.seniorityMonthlyPerYear} 元/年·月,封顶 ${s.seniorityCapYears} 年` : `${s.seniorityMonthlyPerYear} a month per year, capped at ${s.seniorityCapYears} years`);
  if (s.allowances) row(zh ? '津贴(元/月)' : 'Allowances (CNY/month)', `${LEVELS.map((l) => s.allowances!.byGrade[l]).join(' / ')}${s.allowances.formula ? ` + ${s.allowances.formula}` : ''}`);
  row(zh ? '最低工资 / 保底' : 'Minimum wage / no-loss guarantee', `${yuan(s.minimumMonthlyWage, lang)} / ${s.noLossGuarantee ? '✓' : '✗'}`);
  const c = d.contract;
  const group = (rows: GroupChange[], label: string): Block => ({
    kind: 'table',
    table: { title: label, header: zh ? ['', '增资', '不变', '减资'] : ['', 'Gain', 'Same', 'Lose'], rows: rows.map((r) => [LEVELS.includes(r.group as never) ? levelName(r.group, lang) : r.group, r.winners, r.unchanged, r.losers]) },
  });
  return {
    title: zh ? '工资集体协商方案及测算说明' : 'The bargaining scheme and its costing',
    subtitle: `${d.scheme.name} · ${modeName(s, lang)}`,
    fingerprint: d.fingerprint,
    date,
    blocks: [
      { kind: 'heading', text: zh ? '一、方案是什么' : '1. What the scheme is' },
      { kind: 'table', table: { header: zh ? ['项目', '设定'] : ['Item', 'Setting'], rows: params } },
      { kind: 'heading', text: zh ? '二、成本测算' : '2. Costing' },
      { kind: 'paragraph', text: guidelineSentence(d, lang) },
      {
        kind: 'paragraph',
        text: zh
          ? `含单位社保公积金的企业用工成本由 ${wan(d.employerCostToday, lang)} 增至 ${wan(d.employerCost, lang)}(增加 ${wan(d.employerCost - d.employerCostToday, lang)})。最低工资补足 ${wan(d.summary.floorTopUp, lang)},保底补足 ${wan(d.summary.guaranteeTopUp, lang)}。`
          : `The employer's cost with its contributions rises from ${wan(d.employerCostToday, lang)} to ${wan(d.employerCost, lang)} (+${wan(d.employerCost - d.employerCostToday, lang)}). Minimum-wage top-ups ${wan(d.summary.floorTopUp, lang)}, no-loss top-ups ${wan(d.summary.guaranteeTopUp, lang)}.`,
      },
      {
        kind: 'table',
        table: {
          title: zh ? `合同期成本(${c.years} 年,按批次增资,含单位缴费)` : `Cost over the contract (${c.years} years, raises by tranche, with employer contributions)`,
          header: zh ? ['年度', '工资(元)', '比现在增加(元)', '单位缴费(元)', '合计(元)'] : ['Year', 'Wages (CNY)', 'Increase (CNY)', 'Employer contributions (CNY)', 'Total (CNY)'],
          rows: c.byYear.map((y) => [y.year, round(y.wages), round(y.increase), round(y.onCosts), round(y.total)]),
        },
      },
      {
        kind: 'paragraph',
        text: zh
          ? `增资批次:${c.tranches.map((t) => `第 ${t.year} 年 ${t.month} 月起 ${pct(t.percent)}`).join(';')}。名义年增资(全年效果)${wan(c.headlineAnnual, lang)},合同期内增资总成本(含单位缴费)${wan(c.lifeCost, lang)}。`
          : `Tranches: ${c.tranches.map((t) => `${pct(t.percent)} from month ${t.month} of year ${t.year}`).join('; ')}. Headline (full-year effect) ${wan(c.headlineAnnual, lang)}; cost over the contract with employer contributions ${wan(c.lifeCost, lang)}.`,
      },
      { kind: 'heading', text: zh ? '三、谁增资、谁减资' : '3. Who gains and who loses' },
      { kind: 'paragraph', text: minimumRaiseSentence(d, lang) },
      payTableBlock(d, lang, zh ? '能级工资表(平均月工资)' : 'Pay table by grade (mean monthly pay)'),
      group(d.byLevel, zh ? '按等级' : 'By grade'),
      group(d.byDepartment, zh ? '按部门' : 'By department'),
      { kind: 'heading', text: zh ? '四、到手工资(扣除个人社保公积金和个税)' : '4. Take-home pay (after contributions and income tax)' },
      {
        kind: 'paragraph',
        text: zh
          ? `月实发增资中位数 ${yuan(d.takeHome.medianNetRaise, lang)}${d.takeHome.costPerNetYuan !== null ? `;每多发 1 元实发,企业多付 ${d.takeHome.costPerNetYuan.toFixed(2)} 元` : ''}。`
          : `The median take-home raise is ${yuan(d.takeHome.medianNetRaise, lang)} a month${d.takeHome.costPerNetYuan !== null ? `; each extra CNY 1 of take-home pay costs the employer CNY ${d.takeHome.costPerNetYuan.toFixed(2)}` : ''}.`,
      },
      {
        kind: 'table',
        table: {
          title: zh ? '典型职工(每月)' : 'Typical workers (a month)',
          header: zh ? ['典型职工', '应发(现在→方案)', '个人缴费', '个税', '实发(现在→方案)', '企业用工成本'] : ['Typical worker', 'Gross (now → scheme)', 'Contributions', 'Income tax', 'Take-home (now → scheme)', 'Employer cost'],
          rows: d.typical.filter((t) => t.worker && t.schemes.length).map((t) => {
            const x = t.schemes[0]!;
            return [`${t.label} (${t.worker!.id})`, `${round(x.today.gross / 12)} → ${round(x.proposed.gross / 12)}`, round(x.proposed.contributions / 12), round(x.proposed.tax / 12), `${round(x.today.net / 12)} → ${round(x.proposed.net / 12)}`, round(x.proposed.employerCost / 12)];
          }),
        },
      },
      { kind: 'heading', text: zh ? '五、敏感性(各参数 ±10%)' : '5. Sensitivity (each parameter ±10 %)' },
      {
        kind: 'table',
        table: { header: zh ? ['参数', '−10% 时工资总额(元)', '+10% 时工资总额(元)'] : ['Parameter', 'Wage bill at −10 % (CNY)', 'Wage bill at +10 % (CNY)'], rows: d.tornado.map((b) => [b.param, round(b.low.wageBill), round(b.high.wageBill)]) },
      },
      ...packagesTable(d, lang),
      {
        kind: 'table',
        table: {
          title: zh ? '各方案对照' : 'The schemes compared',
          header: zh ? ['方案', '指纹', '工资总额(元)', '增长', '月增资中位数(元)', '月实发增资中位数(元)', '增资/减资'] : ['Scheme', 'Fingerprint', 'Wage bill (CNY)', 'Growth', 'Median raise (CNY/month)', 'Median take-home raise (CNY/month)', 'Gain / lose'],
          rows: d.compare.map((r) => [r.name, r.fingerprint, round(r.wageBill), signedPct(r.growth), round(r.medianRaise), r.medianNetRaise === null ? '—' : round(r.medianNetRaise), `${r.winners} / ${r.losers}`]),
        },
      },
      ...images.map((image): Block => ({ kind: 'image', image })),
    ],
    footnote: zh ? `测算由技能工资协商模拟器完成,方案指纹 ${d.fingerprint};公式和默认值的来源见软件附带的 docs/model.md。` : `Computed by the simulator, scheme fingerprint ${d.fingerprint}; formulas and the sources of defaults are in docs/model.md shipped with it.`,
  };
}

// ---------------------------------------------------------------- 工资专项集体合同(能级工资)草案

export interface Article {
  id: string;
  title: { zh: string; en: string };
  /** The wording, with placeholders filled from the model: {{enterprise}}, {{wageBill}}, {{payTable}} (the table follows the article) … */
  text: { zh: string; en: string };
}

export const CONTRACT_ARTICLES: Article[] = [
  { id: 'parties', title: { zh: '第一条 双方', en: 'Article 1. The parties' }, text: { zh: '本合同由{{enterprise}}(甲方)与{{union}}(乙方)代表全体职工,依照《劳动法》《劳动合同法》《工资集体协商试行办法》和江苏省集体协商有关规定,经平等协商订立。', en: 'This contract is made by {{enterprise}} (the enterprise) and {{union}} (the union) for all workers, after equal bargaining, under the Labour Law, the Labour Contract Law, the Trial Measures on Collective Wage Bargaining and Jiangsu\'s rules on collective bargaining.' } },
  { id: 'term', title: { zh: '第二条 期限', en: 'Article 2. Term' }, text: { zh: '本合同期限 {{termYears}} 年,自 {{termStart}} 起至 {{termEnd}} 止。', en: 'This contract runs for {{termYears}} year(s), from {{termStart}} to {{termEnd}}.' } },
  { id: 'system', title: { zh: '第三条 工资分配制度与能级工资表', en: 'Article 3. The pay system and the pay table by grade' }, text: { zh: '甲方实行{{mode}}的能级工资制度,按岗位价值、能力素质、创新创造、业绩贡献分配。各技能等级平均月工资见下表(方案指纹 {{fingerprint}})。', en: 'The enterprise pays by grade through {{mode}}, by position value, skill, innovation and performance. Mean monthly pay by skill grade is in the table below (scheme fingerprint {{fingerprint}}).' } },
  { id: 'level', title: { zh: '第四条 工资水平及调整', en: 'Article 4. The pay level and its adjustment' }, text: { zh: '合同期内职工工资总额由 {{wageBillToday}} 调整为 {{wageBill}},增长 {{growth}}({{guideline}})。增资按以下时间执行:{{tranches}}。职工月增资中位数 {{medianRaise}}。', en: 'Over the term the wage bill moves from {{wageBillToday}} to {{wageBill}}, {{growth}} ({{guideline}}). Raises take effect: {{tranches}}. The median raise is {{medianRaise}} a month.' } },
  { id: 'floors', title: { zh: '第五条 最低保障', en: 'Article 5. Minimum guarantees' }, text: { zh: '职工月工资不低于当地最低工资标准 {{minimumWage}};技能人才按岗位类别不低于最低工资的 {{floorShares}};{{noLoss}}', en: 'No worker is paid below the local minimum wage of {{minimumWage}} a month; skilled workers by post category at least {{floorShares}} of it; {{noLoss}}' } },
  { id: 'innovation', title: { zh: '第六条 技术创新奖励', en: 'Article 6. Rewards for technical innovation' }, text: { zh: '甲方每年安排技术创新奖励 {{innovation}},按职工创新成果积分分配,纳入工资总额。', en: 'Each year the enterprise sets aside {{innovation}} for technical innovation, shared by innovation points, within the wage bill.' } },
  { id: 'allowances', title: { zh: '第七条 津贴', en: 'Article 7. Allowances' }, text: { zh: '能级津贴、师带徒津贴和班组长津贴按方案执行,全年合计 {{allowances}},计入工资总额。', en: 'Grade, apprentice-teaching and team-leader allowances are paid as the scheme sets, {{allowances}} a year in total, within the wage bill.' } },
  { id: 'craftsmen', title: { zh: '第八条 高技能人才薪酬', en: 'Article 8. Pay of master craftsmen' }, text: { zh: '对首席技师、特级技师等高技能人才,经协商可实行年薪制、协议工资制和股权激励,具体见附表;股权激励不计入工资总额。', en: 'Chief and principal technicians may, by agreement, be paid an annual salary or an agreement wage, and granted equity, as listed below; equity is not in the wage bill.' } },
  { id: 'payment', title: { zh: '第九条 工资支付', en: 'Article 9. Payment' }, text: { zh: '甲方以货币形式按月足额支付工资,不得克扣或无故拖欠;工资条载明各项目和扣除。', en: 'Wages are paid in money, in full, every month, without deductions beyond the law or delay; the payslip lists every item and deduction.' } },
  { id: 'revision', title: { zh: '第十条 变更、解除和终止', en: 'Article 10. Change and termination' }, text: { zh: '因情况发生重大变化需要变更或解除本合同的,由一方提出,经双方协商一致后按原程序办理。期满前 60 日内,任何一方可提出续签协商。', en: 'Either party may propose to change or end this contract when circumstances change materially; an agreed change follows the same procedure. Within 60 days before expiry either party may propose to renegotiate.' } },
  { id: 'disputes', title: { zh: '第十一条 争议处理', en: 'Article 11. Disputes' }, text: { zh: '履行本合同发生争议,双方协商解决;协商不成的,可依法申请劳动争议仲裁。', en: 'Disputes over this contract are settled by consultation; failing that, either party may apply for labour arbitration as the law provides.' } },
  { id: 'effect', title: { zh: '第十二条 生效', en: 'Article 12. Entry into force' }, text: { zh: '本合同经职工代表大会审议通过、双方首席代表签字后报劳动保障行政部门审查,{{reviewDays}} 日内未提出异议即行生效,并向全体职工公布。', en: 'After approval by the workers\' congress and signature by both chief representatives, this contract is filed with the labour bureau and takes effect if no objection is raised within {{reviewDays}} days; it is then published to all workers.' } },
];

/** The values the article placeholders take, from the model and the form. */
export function articleValues(d: DocumentData, f: DocumentsForm, lang: Lang): Record<string, string> {
  const zh = lang === 'zh';
  const s = d.scheme;
  const g = s.guideline;
  const growth = d.summary.wageBillGrowth;
  const end = addDays(`${String(Number(f.termStart.slice(0, 4)) + f.termYears)}${f.termStart.slice(4)}`, -1);
  return {
    enterprise: f.enterprise,
    union: f.union,
    termYears: String(f.termYears),
    termStart: f.termStart,
    termEnd: end,
    mode: modeName(s, lang),
    fingerprint: d.fingerprint,
    wageBillToday: wan(d.baseline.wageBill, lang),
    wageBill: wan(d.summary.wageBill, lang),
    growth: signedPct(growth),
    guideline: zh ? `工资指导线 ${pct(g.lower)}/${pct(g.base)}/${pct(g.upper)}` : `guideline ${pct(g.lower)}/${pct(g.base)}/${pct(g.upper)}`,
    tranches: d.contract.tranches.map((t) => (zh ? `第 ${t.year} 年 ${t.month} 月起 ${pct(t.percent)}` : `${pct(t.percent)} from month ${t.month} of year ${t.year}`)).join(zh ? ';' : '; '),
    medianRaise: yuan(d.medianRaise, lang),
    minimumWage: yuan(s.minimumMonthlyWage, lang),
    floorShares: `${pct(s.skillFloors.shares.basic, 0)}/${pct(s.skillFloors.shares.important, 0)}/${pct(s.skillFloors.shares.key, 0)}/${pct(s.skillFloors.shares.core, 0)}`,
    noLoss: s.noLossGuarantee ? (zh ? '调整后任何职工的工资不低于调整前。' : 'after the change nobody is paid less than before.') : zh ? '不设保底。' : 'there is no no-loss guarantee.',
    innovation: d.innovation === null ? (zh ? '(本方案未单列)' : '(not set apart in this scheme)') : wan(d.innovation, lang),
    allowances: wan(d.summary.allowances, lang),
    reviewDays: String(FILING_RULES.reviewDays),
  };
}

/** The placeholders an article's wording may use (the keys of `articleValues`). */
export const PLACEHOLDERS = ['enterprise', 'union', 'termYears', 'termStart', 'termEnd', 'mode', 'fingerprint', 'wageBillToday', 'wageBill', 'growth', 'guideline', 'tranches', 'medianRaise', 'minimumWage', 'floorShares', 'noLoss', 'innovation', 'allowances', 'reviewDays'] as const;

export function fillArticle(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => values[k] ?? m);
}

export function draftContract(d: DocumentData, f: DocumentsForm, lang: Lang, date: string): Doc {
  const zh = lang === 'zh';
  const values = articleValues(d, f, lang);
  const blocks: Block[] = [];
  for (const a of CONTRACT_ARTICLES) {
    const text = fillArticle(f.articles[a.id] ?? a.text[lang], values);
    blocks.push({ kind: 'heading', text: a.title[lang] });
    blocks.push({ kind: 'paragraph', text });
    if (a.id === 'system') blocks.push(payTableBlock(d, lang, ''));
    if (a.id === 'craftsmen') blocks.push(...packagesTable(d, lang));
  }
  blocks.push(sign(lang, f));
  return {
    title: zh ? `${f.enterprise}工资专项集体合同(能级工资)` : `Special collective contract on wages (pay by grade), ${f.enterprise}`,
    subtitle: zh ? '草案' : 'Draft',
    fingerprint: d.fingerprint,
    date,
    blocks,
    footnote: zh ? `本草案的数字来自方案“${d.scheme.name}”(方案指纹 ${d.fingerprint});条文可在软件中修改后重新生成。` : `The figures of this draft come from the scheme "${d.scheme.name}" (fingerprint ${d.fingerprint}); the wording can be edited in the simulator and the draft made again.`,
  };
}

// ---------------------------------------------------------------- 职代会审议材料

export function congressPack(d: DocumentData, f: DocumentsForm, lang: Lang, date: string): Doc {
  const zh = lang === 'zh';
  const need = tally(f.members, f.present, f.yes);
  return {
    title: zh ? '职工代表大会审议材料:工资专项集体合同(草案)' : 'For the workers\' congress: the special collective contract on wages (draft)',
    subtitle: `${f.enterprise} · ${d.scheme.name}`,
    fingerprint: d.fingerprint,
    date,
    blocks: [
      { kind: 'heading', text: zh ? '一页摘要' : 'Summary on one page' },
      { kind: 'paragraph', text: guidelineSentence(d, lang) },
      { kind: 'paragraph', text: minimumRaiseSentence(d, lang) },
      {
        kind: 'paragraph',
        text: zh ? `扣除社保公积金和个税后,月实发增资中位数 ${yuan(d.takeHome.medianNetRaise, lang)}。最低工资 ${yuan(d.scheme.minimumMonthlyWage, lang)}/月${d.scheme.noLossGuarantee ? ',任何人不低于现收入' : ''}。` : `After contributions and income tax the median take-home raise is ${yuan(d.takeHome.medianNetRaise, lang)} a month. Minimum wage ${yuan(d.scheme.minimumMonthlyWage, lang)} a month${d.scheme.noLossGuarantee ? '; nobody below today\'s pay' : ''}.`,
      },
      payTableBlock(d, lang, zh ? '能级工资表(平均月工资)' : 'Pay table by grade (mean monthly pay)'),
      { kind: 'heading', text: zh ? '表决规则' : 'How the vote is decided' },
      {
        kind: 'paragraph',
        text: zh
          ? `全体职工代表 ${f.members} 人:须至少 ${need.presentNeeded} 人出席,并有至少 ${need.yesNeeded} 人(全体代表过半数)同意方为通过。${VOTE_RULES.source.zh}`
          : `${f.members} representatives in all: at least ${need.presentNeeded} must be present, and at least ${need.yesNeeded} (more than half of all) must vote in favour. ${VOTE_RULES.source.en}`,
      },
      { kind: 'pageBreak' },
      { kind: 'heading', text: zh ? '表决票' : 'Ballot' },
      { kind: 'paragraph', text: zh ? `关于《${f.enterprise}工资专项集体合同(能级工资)》(方案指纹 ${d.fingerprint})的表决:` : `On the special collective contract on wages of ${f.enterprise} (fingerprint ${d.fingerprint}):` },
      { kind: 'checklist', items: zh ? ['同意', '不同意', '弃权'] : ['In favour', 'Against', 'Abstain'] },
      { kind: 'paragraph', text: zh ? '(请在一个方框内打“√”,多选或不选视为无效票)' : '(Tick one box; a ballot with none or more than one is void.)' },
      { kind: 'heading', text: zh ? '计票结果' : 'Result of the count' },
      {
        kind: 'table',
        table: {
          header: zh ? ['应到代表', '实到代表', '同意', '是否达到出席要求', '是否通过'] : ['Representatives', 'Present', 'In favour', 'Quorum', 'Passed'],
          rows: [[f.members, f.present, f.yes, need.quorum ? (zh ? '是' : 'yes') : zh ? '否' : 'no', need.passes ? (zh ? '通过' : 'passed') : zh ? '未通过' : 'not passed']],
        },
      },
      { kind: 'signatures', labels: zh ? ['监票人', '计票人', '大会主席团'] : ['Scrutineer', 'Teller', 'Presidium'] },
    ],
  };
}

// ---------------------------------------------------------------- 备案清单

export function filingChecklist(d: DocumentData, f: DocumentsForm, lang: Lang, date: string): Doc {
  const zh = lang === 'zh';
  const fileBy = addDays(f.signingDate, FILING_RULES.fileWithinDays);
  const effective = addDays(fileBy, FILING_RULES.reviewDays);
  const publishBy = addDays(effective, FILING_RULES.publishWithinDays);
  const expiry = addDays(`${String(Number(f.termStart.slice(0, 4)) + f.termYears)}${f.termStart.slice(4)}`, -1);
  const renegotiate = addDays(expiry, -FILING_RULES.renegotiateBeforeExpiryDays);
  return {
    title: zh ? '工资专项集体合同报送备案清单' : 'Filing checklist for the special collective contract on wages',
    subtitle: f.enterprise,
    fingerprint: d.fingerprint,
    date,
    blocks: [
      { kind: 'heading', text: zh ? '报送材料(一式三份)' : 'Documents to file (three copies)' },
      {
        kind: 'checklist',
        items: zh
          ? ['工资专项集体合同文本(双方首席代表签字、盖章)', '职工代表大会审议通过的决议和表决结果', '协商双方代表名单', '协商过程说明和测算说明(本软件生成的测算说明,方案指纹 ' + d.fingerprint + ')', '企业营业执照复印件、工会法人资格证书复印件']
          : ['The contract text, signed by both chief representatives and sealed', 'The workers\' congress resolution and the result of the vote', 'The list of both sides\' representatives', 'An account of the talks and the costing (the costing from this tool, fingerprint ' + d.fingerprint + ')', 'Copies of the business licence and the union\'s legal-person certificate'],
      },
      { kind: 'heading', text: zh ? '时间节点' : 'Dates' },
      {
        kind: 'table',
        table: {
          header: zh ? ['事项', '期限', '日期'] : ['Step', 'Deadline', 'Date'],
          rows: zh
            ? [
                ['双方首席代表签字', '—', f.signingDate],
                ['报送劳动保障行政部门审查', `签字后 ${FILING_RULES.fileWithinDays} 日内`, fileBy],
                ['未提出异议即生效', `收到后 ${FILING_RULES.reviewDays} 日`, effective],
                ['向全体职工公布', `生效后 ${FILING_RULES.publishWithinDays} 日内`, publishBy],
                ['提出续签协商', `期满前 ${FILING_RULES.renegotiateBeforeExpiryDays} 日`, renegotiate],
              ]
            : [
                ['Signature by both chief representatives', '—', f.signingDate],
                ['Filed with the labour bureau', `within ${FILING_RULES.fileWithinDays} days of signing`, fileBy],
                ['In force if no objection', `${FILING_RULES.reviewDays} days after receipt`, effective],
                ['Published to all workers', `within ${FILING_RULES.publishWithinDays} days of entry into force`, publishBy],
                ['Renegotiation proposed', `${FILING_RULES.renegotiateBeforeExpiryDays} days before expiry`, renegotiate],
              ],
        },
      },
      { kind: 'paragraph', text: FILING_RULES.source[lang], size: 18 },
    ],
  };
}

export const DOCUMENT_KINDS = ['offer', 'costing', 'contract', 'congress', 'filing'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function buildDocument(kind: DocumentKind, d: DocumentData, f: DocumentsForm, lang: Lang, date: string, images: DocImage[] = []): Doc {
  if (kind === 'offer') return offerLetter(d, f, lang, date);
  if (kind === 'costing') return costingNote(d, f, lang, date, images);
  if (kind === 'contract') return draftContract(d, f, lang, date);
  if (kind === 'congress') return congressPack(d, f, lang, date);
  return filingChecklist(d, f, lang, date);
}
