/**
 * The documents of a bargaining round, written from the engine's answers
 * (`DocumentData`) and the form: the union's offer (要约书), the scheme and
 * its costing (测算说明), the draft special collective contract on 能级工资,
 * the workers' congress material with a blank ballot and count sheet, the
 * filing checklist, and the brief (简报). The same builders serve the page
 * and the CLI (`--doc`), so both make the same papers from the same answers.
 */
import type { DocImage, Block, Doc, DocTable } from '../io/docx';
import { paramLabel, paramValue, LEVEL_WORDS } from '../pay/paramNames';
import { guidelineStatus } from '../pay/summary';
import { LEVELS, POST_CATEGORIES, type GuidelineStatus, type Level, type PostCategory } from '../types';
import { CONTRACT_ARTICLES, fillArticle, type Placeholder } from './articles';
import type { DocumentData, PackageLine, SchemeAnswer } from './data';
import type { DocumentsForm } from './form';
import { keptTranches, payRuleAnnex, trancheWords } from './annex';
import { AUTHORITY, DEADLINES, FILED_COPIES, FILING, OBJECTION, VOTE, cite, tally, timeline, uncheckedRules, yearEnd, yearStart, type Citation, type Timeline } from './rules';
import { chineseNumber, dateText, num, pct, signedNum, signedPct, wan, yuan, type Lang } from './text';

export const DOCUMENT_KINDS = ['offer', 'costing', 'contract', 'congress', 'filing', 'brief'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What the brief adds from the page: the rounds of offers recorded (none in the CLI). */
export interface BriefExtras {
  rounds?: { union: SchemeAnswer; management: SchemeAnswer }[];
}

const levelName = (level: string, lang: Lang) => LEVEL_WORDS[level as Level]?.[lang] ?? level;
const CATEGORY: Record<PostCategory, { zh: string; en: string }> = { basic: { zh: '基础类岗位', en: 'Basic posts' }, important: { zh: '重要类岗位', en: 'Important posts' }, key: { zh: '关键类岗位', en: 'Key posts' }, core: { zh: '核心类岗位', en: 'Core posts' } };

function modeName(d: DocumentData, lang: Lang): string {
  return paramValue('mode', d.scheme.mode, lang);
}

/** Where growth stands against the guideline (the summary's own status), said shortly after the lines are named, or in full. */
const GUIDELINE_SHORT: Record<GuidelineStatus, { zh: string; en: string }> = { 'below-lower': { zh: '低于下线', en: 'below the lower line' }, 'above-upper': { zh: '高于上线', en: 'above the upper line' }, within: { zh: '在指导线范围内', en: 'within the guideline' } };
const GUIDELINE_LONG: Record<GuidelineStatus, { zh: string; en: string }> = { 'below-lower': { zh: '低于工资指导线下线', en: 'below the guideline\'s lower line' }, 'above-upper': { zh: '高于工资指导线上线', en: 'above the guideline\'s upper line' }, within: { zh: '在工资指导线范围内', en: 'within the guideline' } };

/**
 * The scheme's wage bill as every paper states it: the pay the scheme gives, and — where its rules count the innovation
 * rewards in the wage bill and achievements were given — the bill with the plan year's rewards, which is the one
 * measured against the guideline (the innovation panel and papers give the same figure).
 */
export function billOf(d: DocumentData): { pay: number; bill: number; growth: number; status: GuidelineStatus; rewards: DocumentData['rewards'] } {
  const s = d.answer.summary;
  const r = d.rewards ?? null;
  return r ? { pay: s.wageBill, bill: r.bill, growth: r.growth, status: guidelineStatus(r.growth, d.scheme.guideline), rewards: r } : { pay: s.wageBill, bill: s.wageBill, growth: s.wageBillGrowth, status: s.guidelineStatus, rewards: null };
}

/** "按附件一计算的工资 X,计入 2026 年创新奖励 Y 后": said before the bill where the rewards count in it, empty otherwise. */
function rewardsWords(d: DocumentData, lang: Lang): string {
  const b = billOf(d);
  if (!b.rewards) return '';
  return lang === 'zh' ? `(按工资计算办法计算的工资 ${wan(b.pay, lang)},计入 ${b.rewards.planYear} 年职工技术创新奖励 ${wan(b.rewards.amount, lang)})` : ` (pay by the pay rule ${wan(b.pay, lang)}, with the ${b.rewards.planYear} innovation rewards of ${wan(b.rewards.amount, lang)})`;
}

function guidelineSentence(d: DocumentData, lang: Lang): string {
  const g = d.scheme.guideline;
  const b = billOf(d);
  const where = GUIDELINE_SHORT[b.status];
  return lang === 'zh'
    ? `本企业 ${num(d.workforce.size, lang)} 名职工的年工资总额由现在的 ${wan(d.baseline.wageBill, lang)} 增至 ${wan(b.bill, lang)}${rewardsWords(d, lang)},增长 ${signedPct(b.growth)},${where.zh}(工资指导线下线 ${pct(g.lower)}、基准线 ${pct(g.base)}、上线 ${pct(g.upper)})。`
    : `The annual wage bill of the enterprise's ${num(d.workforce.size, lang)} workers rises from ${wan(d.baseline.wageBill, lang)} today to ${wan(b.bill, lang)}${rewardsWords(d, lang)}, ${signedPct(b.growth)}, ${where.en} (guideline lower ${pct(g.lower)}, base ${pct(g.base)}, upper ${pct(g.upper)}).`;
}

function raiseSentence(d: DocumentData, lang: Lang): string {
  const s = d.scheme;
  const a = d.answer;
  const zh = lang === 'zh';
  const head = s.mode === 'raise' ? (zh ? `普调 ${pct(s.raise.percent)},每人每月至少增加 ${yuan(s.raise.minMonthly, lang)}。` : `A raise of ${pct(s.raise.percent)}, at least ${yuan(s.raise.minMonthly, lang)} a month for everyone. `) : '';
  return zh
    ? `${head}职工月增资中位数 ${signedNum(a.medianRaise, lang)} 元;${num(a.summary.winners, lang)} 人增资,${num(a.summary.losers, lang)} 人减资,其余不变。`
    : `${head}The median raise is CNY ${signedNum(a.medianRaise, lang)} a month; ${num(a.summary.winners, lang)} gain, ${num(a.summary.losers, lang)} lose, the others are unchanged.`;
}

/** The craftsmen whose package pays less than today (元 a year each), for the sentences that must be true of everyone. */
function craftsmenBelowToday(d: DocumentData): PackageLine[] {
  return d.packages.filter((p) => p.currentAnnual - p.cashYear1 > 1);
}

/**
 * Pay cuts said plainly, true of everyone they name: how many lose and how
 * much; the guarantee and whom it leaves out (craftsmen paid by packages);
 * what it does to growth and the guideline; and the rule of law on lowering
 * an agreed wage (《劳动合同法》第三十五条; 第五十五条 on the collective floor).
 */
export function payCutText(d: DocumentData, lang: Lang): string {
  const L = d.losses;
  const zh = lang === 'zh';
  const below = craftsmenBelowToday(d);
  const craftsmenWords = below.length
    ? zh
      ? `按薪酬包执行的高技能人才不适用保底,其中 ${below.length} 人的第一年现金收入低于现在(${below.map((p) => `${p.id} 每年少 ${num(p.currentAnnual - p.cashYear1, lang)} 元`).join('、')})。`
      : ` The guarantee does not cover the master craftsmen paid by packages; ${below.length} of them get less year-1 cash than today (${below.map((p) => `${p.id} CNY ${num(p.currentAnnual - p.cashYear1, lang)} a year less`).join(', ')}).`
    : '';
  const bill = billOf(d);
  const growth = bill.growth;
  const where = GUIDELINE_LONG[bill.status][lang];
  const law = zh
    ? '依照《劳动合同法》第三十五条,降低职工劳动合同约定的工资,须与本人协商一致并采用书面形式变更劳动合同;依照第五十五条,劳动合同约定的劳动报酬不得低于集体合同规定的标准。'
    : ' Under the Labour Contract Law, art. 35, lowering the wage agreed in a worker\'s labour contract needs that worker\'s agreement in writing; under art. 55 no labour contract may pay less than the collective contract.';
  if (d.scheme.noLossGuarantee) {
    return zh
      ? `本方案设保底:${d.packages.length ? '除按薪酬包执行的高技能人才外,' : ''}调整后职工的工资不低于调整前,保底补足每年 ${wan(d.answer.summary.guaranteeTopUp, lang)},已计入工资总额,计入后工资总额增长 ${signedPct(growth)},${where}。${craftsmenWords}${below.length ? law : ''}`
      : `The scheme has a no-loss guarantee: ${d.packages.length ? 'except the master craftsmen paid by packages, ' : ''}nobody is paid less than before; the top-ups cost ${wan(d.answer.summary.guaranteeTopUp, lang)} a year, in the wage bill, which then grows ${signedPct(growth)}, ${where}.${craftsmenWords}${below.length ? law : ''}`;
  }
  if (!L.count) return zh ? '按本方案,没有职工的工资低于现在。' : 'Under this scheme nobody is paid less than today.';
  const cost =
    L.guaranteeCost === null
      ? ''
      : zh
        ? `如对按本方案计算的职工设保底(不低于现工资${d.packages.length ? ';按薪酬包执行的高技能人才除外' : ''}),工资总额每年需增加 ${wan(L.guaranteeCost, lang)},增长变为 ${signedPct((bill.bill + L.guaranteeCost) / d.baseline.wageBill - 1)}。`
        : ` A no-loss guarantee for the workers paid by the scheme (not below today's pay${d.packages.length ? '; craftsmen on packages excepted' : ''}) would add ${wan(L.guaranteeCost, lang)} a year to the wage bill, growth becoming ${signedPct((bill.bill + L.guaranteeCost) / d.baseline.wageBill - 1)}.`;
  return zh
    ? `按本方案,${num(L.count, lang)} 名职工的工资低于现在,合计每月减少 ${num(L.monthlyTotal, lang)} 元,一人最多每月减少 ${num(L.maxMonthly, lang)} 元。${law}${cost}`
    : `Under this scheme ${num(L.count, lang)} workers are paid less than today, CNY ${num(L.monthlyTotal, lang)} a month less in all, at most CNY ${num(L.maxMonthly, lang)} a month for one worker.${law}${cost}`;
}

function payTableBlock(d: DocumentData, lang: Lang, title: string): Block {
  const zh = lang === 'zh';
  const rows: (string | number)[][] = d.payTable.map((r) => [levelName(r.level, lang), r.count, Math.round(r.nowMonthly), Math.round(r.newMonthly), signedNum(r.change, lang), signedPct(r.changePct)]);
  const nowMean = d.baseline.mean / 12;
  const newMean = d.answer.summary.mean / 12;
  rows.push([zh ? '合计(全体职工)' : 'All workers', d.workforce.size, Math.round(nowMean), Math.round(newMean), signedNum(newMean - nowMean, lang), signedPct(newMean / nowMean - 1)]);
  const c = d.craftsmenRow;
  if (c) rows.push([zh ? '其中:工匠薪酬包(已计入所在等级)' : 'of whom master craftsmen (already in their grades)', c.count, Math.round(c.nowMonthly), Math.round(c.newMonthly), signedNum(c.change, lang), signedPct(c.changePct)]);
  return {
    kind: 'table',
    table: {
      title,
      header: zh ? ['技能等级', '人数', '现月均(元)', '新月均(元)', '变化(元)', '变化'] : ['Grade', 'Workers', 'Now (CNY/month)', 'New (CNY/month)', 'Change (CNY)', 'Change'],
      rows,
      widths: [30, 10, 15, 15, 15, 15],
      total: [d.payTable.length],
      sub: c ? [d.payTable.length + 1] : [],
    },
  };
}

function packagesTable(d: DocumentData, lang: Lang): Block[] {
  if (!d.packages.length) return [];
  const zh = lang === 'zh';
  const schemeName = (x: PackageLine['scheme']) => (x === 'annual-salary' ? (zh ? '年薪制' : 'annual salary') : zh ? '协议工资制' : 'agreement wage');
  const eq = (p: PackageLine) => (p.equityKind ? `${p.equityKind === 'option' ? (zh ? '股票期权' : 'options') : zh ? '限制性股票' : 'restricted stock'} ${num(p.equityShares, lang)}${zh ? ' 股' : ' shares'}` : '—');
  return [
    {
      kind: 'table',
      table: {
        title: zh ? '工匠薪酬包' : 'Master craftsmen\'s packages',
        header: zh ? ['工号', '姓名', '等级', '方式', '第1年现金(元)', '递延(元)', '股权', '股权公允价值(元)'] : ['Id', 'Name', 'Grade', 'Scheme', 'Year-1 cash (CNY)', 'Deferred (CNY)', 'Equity', 'Equity fair value (CNY)'],
        rows: d.packages.map((p) => [p.id, p.name, levelName(p.level, lang), schemeName(p.scheme), Math.round(p.cashYear1), Math.round(p.deferred), eq(p), Math.round(p.equityFairValue)]),
        widths: [13, 10, 12, 12, 14, 11, 14, 14],
      },
    },
  ];
}

/** The skill-talent floors written out by post category: the share of the minimum wage, from which grade, and the step. */
function floorsByCategory(d: DocumentData, lang: Lang): string {
  const f = d.scheme.skillFloors;
  const min = d.scheme.minimumMonthlyWage;
  const zh = lang === 'zh';
  const step = f.stepKind === 'ratio' ? (zh ? `此后每高一级上浮 ${pct(f.step, 0)}` : `then ${pct(f.step, 0)} more for each grade above`) : zh ? `此后每高一级增加 ${num(f.step, lang)} 元` : `then CNY ${num(f.step, lang)} more for each grade above`;
  const parts = POST_CATEGORIES.map((c) => {
    const share = f.shares[c];
    const lowest = f.lowestLevel[c] as Level;
    return zh
      ? `${CATEGORY[c].zh}(最低技能等级${levelName(lowest, lang)})不低于最低工资的 ${pct(share, 0)},即 ${num(min * share, lang)} 元/月`
      : `${CATEGORY[c].en} (lowest grade ${levelName(lowest, lang)}) at least ${pct(share, 0)} of the minimum wage, CNY ${num(min * share, lang)} a month`;
  });
  return zh ? `${parts.join(';')};${step}` : `${parts.join('; ')}; ${step}`;
}

/** A preset's label as a paper for the other side prints it: its note that the rates are unverified is the union's own business. */
export const paperLabel = (label: string) => label.replace(/[,;\uff0c\uff1b]?(?<!\s)\s*未核实|[,;]?(?<!\s)\s*unverified/g, '').replace(/\(\s*\)|\uff08\s*\uff09/g, '');

/** Copies of the signed contract: one for each side and those filed. */
export const CONTRACT_COPIES = 2 + FILED_COPIES.value;

/** The full-year effect of every tranche, said as such (not as any contract year's spending). */
function fullYearEffectText(d: DocumentData, lang: Lang): string {
  const c = d.contractOnScheme;
  if (!keptTranches(d).length) return '';
  const full = d.answer.summary.wageBill + c.headlineAnnual;
  return lang === 'zh'
    ? `全部批次执行后,按全年计的年工资总额为 ${wan(full, lang)},比现在 ${signedPct(full / d.baseline.wageBill - 1)};这是全年效果,不是某一合同年度的实际支出。`
    : `Once every tranche applies, the wage bill for a full year is ${wan(full, lang)}, ${signedPct(full / d.baseline.wageBill - 1)} on today: a full-year effect, not any contract year's spending.`;
}

/** The annexes the contract carries. */
function annexList(d: DocumentData, lang: Lang): string {
  const zh = lang === 'zh';
  const list = [zh ? '附件一 工资计算办法' : 'Annex 1, the pay rule'];
  if (d.packages.length) list.push(zh ? '附件二 高技能人才薪酬包' : 'Annex 2, the master craftsmen\'s packages');
  return list.join(zh ? ';' : '; ');
}

function timelineOf(d: DocumentData, f: DocumentsForm): Timeline {
  return timeline({ signingDate: f.signingDate, termStart: f.termStart, termYears: d.contractSettings.years, filingKind: f.filingKind, regional: f.regional });
}

function retroactiveText(tl: Timeline, lang: Lang): string {
  if (!tl.retroactive) return '';
  return lang === 'zh'
    ? `合同期自${dateText(tl.termStart, lang)}起算;本合同生效晚于该日的(按最后报送日计,最迟于${dateText(tl.inForceBy, lang)}生效),生效前的部分追溯执行,补发差额。`
    : `The term counts from ${dateText(tl.termStart, lang)}; where the contract enters into force after that day (at the latest on ${dateText(tl.inForceBy, lang)}, counted from the last filing day), the months before are paid retroactively.`;
}

/** The wage bill of each contract year under the contract (Annex 1 from the first month, the tranches from their dates), against today's. */
function costByYearText(d: DocumentData, tl: Timeline, lang: Lang): string {
  const zh = lang === 'zh';
  return d.contractOnScheme.byYear
    .map((y) => {
      const from = dateText(yearStart(tl.termStart, y.year), lang);
      const to = dateText(yearEnd(tl.termStart, y.year), lang);
      const g = signedPct(y.wages / d.baseline.wageBill - 1);
      return zh ? `合同第${chineseNumber(y.year)}年(${from}至${to})${wan(y.wages, lang)},比现在 ${g}` : `contract year ${y.year} (${from} to ${to}) ${wan(y.wages, lang)}, ${g} on today`;
    })
    .join(zh ? ';' : '; ');
}

/** The contract years whose raise the contract leaves to a later round: those after the first without a tranche of their own. */
function yearlyText(d: DocumentData, lang: Lang): string {
  const zh = lang === 'zh';
  const kept = keptTranches(d);
  const open: number[] = [];
  for (let y = 2; y <= d.contractSettings.years; y++) if (!kept.some((x) => x.year === y)) open.push(y);
  if (!open.length)
    return zh
      ? '合同期内各年度的工资调整按{{article:level}}和附件一执行,不另行普调;确需另行调整的,须经集体协商,按本合同变更程序办理。'
      : 'Pay over the term moves as {{article:level}} and Annex 1 set, with no other general raise; any other change is bargained and made by the procedure for changing this contract.';
  const years = open.map((y) => (zh ? `第${chineseNumber(y)}年` : `year ${y}`)).join(zh ? '、' : ', ');
  return zh
    ? `合同${years}的工资调整幅度,由双方在该年度开始前结合生产经营和效益、当地工资指导线、劳动力市场工资价位和物价变动协商确定,按本合同变更程序办理;在此之前按附件一执行。`
    : `The raise of contract ${years} is bargained before that year begins, in view of results, the wage guideline, market pay levels and prices, and made by the procedure for changing this contract; until then Annex 1 applies.`;
}

/** A field of the form as a paper prints it: what was typed, or a line to fill in by hand. */
export function orLine(v: string, width = 16): string {
  return v.trim() ? v.trim() : '_'.repeat(width);
}

/** The procedure's placeholders (signing, filing, entry into force, copies, renewal): the same words in every contract of the round. */
export function procedureValues(f: DocumentsForm, termYears: number, filingKind: DocumentsForm['filingKind'], lang: Lang): Pick<Record<Placeholder, string>, 'copies' | 'signingDate' | 'inForceBy' | 'fileDays' | 'reviewDays' | 'publishDays' | 'authority' | 'renegotiate'> {
  const zh = lang === 'zh';
  const tl = timeline({ signingDate: f.signingDate, termStart: f.termStart, termYears, filingKind, regional: f.regional });
  const renegotiate = f.regional.renegotiateDays !== undefined
    ? zh ? `期满前${f.regional.renegotiateDays}日内,双方应当按规定程序协商续订。` : `Within ${f.regional.renegotiateDays} days before expiry both sides negotiate a renewal by the procedure.`
    : zh ? `期满前${DEADLINES.renegotiateMonths.value}个月内,任何一方均可向对方提出重新签订或者续订的要求。` : `Within ${DEADLINES.renegotiateMonths.value} months before expiry either side may propose renewal or a new contract.`;
  return {
    copies: zh ? chineseNumber(CONTRACT_COPIES) : String(CONTRACT_COPIES),
    signingDate: dateText(f.signingDate, lang),
    inForceBy: dateText(tl.inForceBy, lang),
    fileDays: String(tl.fileDays),
    reviewDays: String(DEADLINES.review.value),
    publishDays: String(DEADLINES.publish.value),
    authority: AUTHORITY.value[lang],
    renegotiate,
  };
}

/** The values the article placeholders take, from the model and the form. */
export function articleValues(d: DocumentData, f: DocumentsForm, lang: Lang): Record<Placeholder, string> {
  const zh = lang === 'zh';
  const s = d.scheme;
  const g = s.guideline;
  const tl = timelineOf(d, f);
  const bill = billOf(d);
  const innovation = d.innovation === null ? (zh ? '(本方案未单列)' : '(not set apart in this scheme)') : wan(d.innovation, lang);
  return {
    enterprise: f.enterprise,
    union: f.union,
    termYears: String(d.contractSettings.years),
    termStart: dateText(tl.termStart, lang),
    termEnd: dateText(tl.termEnd, lang),
    retroactive: retroactiveText(tl, lang),
    enterpriseRep: f.enterpriseRep,
    unionRep: f.unionRep,
    headcount: num(d.workforce.size, lang),
    costByYear: costByYearText(d, tl, lang),
    fullYearEffect: fullYearEffectText(d, lang),
    yearly: yearlyText(d, lang),
    ...procedureValues(f, d.contractSettings.years, f.filingKind, lang),
    annexList: annexList(d, lang),
    mode: modeName(d, lang),
    fingerprint: d.answer.fingerprint,
    wageBillToday: wan(d.baseline.wageBill, lang),
    wageBill: wan(bill.bill, lang) + rewardsWords(d, lang),
    growth: signedPct(bill.growth),
    guideline: zh ? `工资指导线下线 ${pct(g.lower)}、基准线 ${pct(g.base)}、上线 ${pct(g.upper)}` : `guideline ${pct(g.lower)} / ${pct(g.base)} / ${pct(g.upper)}`,
    tranches: trancheWords(d, tl.termStart, lang),
    medianRaise: zh ? `${signedNum(d.answer.medianRaise, lang)} 元` : `CNY ${signedNum(d.answer.medianRaise, lang)}`,
    minimumWage: yuan(s.minimumMonthlyWage, lang),
    floorsByCategory: floorsByCategory(d, lang),
    noLoss: payCutText(d, lang),
    innovation,
    allowances: wan(d.answer.summary.allowances, lang),
  };
}

export const sourceLine = (sources: Citation[], lang: Lang): Extract<Block, { kind: 'paragraph' }> => ({ kind: 'paragraph', text: `${lang === 'zh' ? '依据:' : 'Source: '}${sources.map((c) => cite(c, lang)).join(lang === 'zh' ? ';' : '; ')}`, size: 18 });

/** A note printed once, naming the rules applied. */
function rulesNote(lang: Lang, rules: Citation[]): Block {
  const text = lang === 'zh' ? `所依据的条款:${rules.map((c) => c.zh).join(';')}。` : `Rules applied: ${rules.map((c) => c.en).join('; ')}.`;
  return { kind: 'paragraph', text, size: 18 };
}

function compareTable(d: DocumentData, lang: Lang): Block[] {
  const zh = lang === 'zh';
  const b = d.baseline;
  const mine = billOf(d);
  return [
    {
      kind: 'table',
      table: {
        title: zh ? '各方案对照' : 'The schemes compared',
        header: zh ? ['方案', '方案指纹(前16位)', '工资总额(万元)', '增长', '月增资中位数(元)', '月实发增资中位数(元)', '增资/减资人数'] : ['Scheme', 'Fingerprint (first 16)', 'Wage bill (CNY m)', 'Growth', 'Median raise (CNY/month)', 'Median take-home raise (CNY/month)', 'Gain / lose'],
        rows: d.compare.map((r) => {
          // This scheme's row gives its one wage bill: with the innovation rewards where its rules count them (marked *).
          const own = r.fingerprint === d.answer.fingerprint && mine.rewards;
          const bill = own ? mine.bill : r.summary.wageBill;
          const growth = own ? mine.growth : r.summary.wageBillGrowth;
          return [r.name + (own ? '*' : ''), r.fingerprint.slice(0, 16), zh ? num(bill / 1e4, lang, 1) : num(bill / 1e6, lang, 2), signedPct(growth), signedNum(r.medianRaise, lang), r.summary.medianNetRaise === undefined ? '—' : signedNum(r.summary.medianNetRaise, lang), `${num(r.summary.winners, lang)} / ${num(r.summary.losers, lang)}`];
        }),
        widths: [14, 24, 13, 10, 12, 14, 13],
      },
    },
    ...(mine.rewards
      ? [{ kind: 'paragraph' as const, size: 18, text: zh ? `*${d.answer.name}的工资总额计入 ${mine.rewards.planYear} 年职工技术创新奖励 ${wan(mine.rewards.amount, lang)}(按工资计算办法计算的工资 ${wan(mine.pay, lang)});其他方案的工资总额按各自的工资计算。` : `*The wage bill of ${d.answer.name} includes the ${mine.rewards.planYear} innovation rewards of ${wan(mine.rewards.amount, lang)} (pay by the pay rule ${wan(mine.pay, lang)}); the others are their pay.` }]
      : []),
    { kind: 'paragraph', text: zh ? `现行工资:年工资总额 ${wan(b.wageBill, lang)}。各方案完整指纹如下。` : `Today: an annual wage bill of ${wan(b.wageBill, lang)}. The schemes' whole fingerprints:`, size: 18 },
    ...d.compare.map((r): Block => ({ kind: 'paragraph', text: `${r.name}${zh ? ':' : ': '}${r.fingerprint}`, size: 16 })),
  ];
}

function typicalTable(d: DocumentData, lang: Lang): Block | null {
  const zh = lang === 'zh';
  const rows = d.typical.filter((t) => t.worker && t.schemes.length);
  if (!rows.length) return null;
  return {
    kind: 'table',
    table: {
      title: zh ? '典型职工(每月,元)' : 'Typical workers (a month, CNY)',
      header: zh ? ['典型职工', '工号', '应发(现在→方案)', '个人缴费', '个税', '实发(现在→方案)', '企业用工成本'] : ['Typical worker', 'Id', 'Gross (now → scheme)', 'Contributions', 'Income tax', 'Take-home (now → scheme)', 'Employer cost'],
      rows: rows.map((t) => {
        const x = t.schemes[0]!;
        const label = t.package === 'annual-salary' ? `${t.label}${zh ? '(年薪制)' : ' (annual salary)'}` : t.package === 'agreement' ? `${t.label}${zh ? '(协议工资制)' : ' (agreement wage)'}` : t.label;
        return [label, t.worker!.id, `${num(x.today.gross / 12, lang)} → ${num(x.proposed.gross / 12, lang)}`, Math.round(x.proposed.contributions / 12), Math.round(x.proposed.tax / 12), `${num(x.today.net / 12, lang)} → ${num(x.proposed.net / 12, lang)}`, Math.round(x.proposed.employerCost / 12)];
      }),
      widths: [22, 11, 17, 11, 9, 17, 13],
    },
  };
}

// ---------------------------------------------------------------- 要约书

export function offerLetter(d: DocumentData, f: DocumentsForm, lang: Lang, date: string): Doc {
  const zh = lang === 'zh';
  const askFor = zh
    ? ['近三年工资总额、职工人数和平均工资', '分岗位、分技能等级的现行工资标准', '企业生产经营和财务状况(营业收入、利润、人工成本)', '社会保险费和住房公积金缴纳情况', '职工教育培训经费使用情况', '本地区工资指导线和劳动力市场工资价位']
    : ['The wage bill, headcount and average wage of the last three years', 'Current pay standards by post and skill grade', 'Production and finances (revenue, profit, labour cost)', 'Social insurance and housing fund contributions', 'Use of the training fund', 'The local wage guideline and market pay levels'];
  const blocks: Block[] = [
    { kind: 'paragraph', text: zh ? `致${f.enterprise}:` : `To ${f.enterprise}:` },
    {
      kind: 'paragraph',
      indent: true,
      text: zh
        ? `根据《劳动法》《工会法》《工资集体协商试行办法》和《集体合同规定》,${f.union}代表全体职工,就本企业 ${num(d.workforce.size, lang)} 名职工的工资分配制度和工资水平,向贵方提出开展工资集体协商的要约。我方方案“${d.answer.name}”(${modeName(d, lang)})要点如下。`
        : `Under the Labour Law, the Trade Union Law, the Trial Measures on Collective Wage Bargaining and the Regulations on Collective Contracts, ${f.union}, for all workers, proposes to bargain collectively on the pay system and pay levels of the enterprise's ${num(d.workforce.size, lang)} workers. Our scheme "${d.answer.name}" (${modeName(d, lang)}) in brief:`,
    },
    { kind: 'heading', text: zh ? '一、工资总额与工资指导线' : '1. The wage bill and the wage guideline' },
    { kind: 'paragraph', indent: true, text: guidelineSentence(d, lang) },
    { kind: 'heading', text: zh ? '二、增资与保障' : '2. Raises and guarantees' },
    { kind: 'paragraph', indent: true, text: raiseSentence(d, lang) },
    { kind: 'paragraph', indent: true, text: payCutText(d, lang) },
    { kind: 'paragraph', indent: true, text: zh ? `最低工资按当地标准 ${yuan(d.scheme.minimumMonthlyWage, lang)}/月执行;技能人才月工资:${floorsByCategory(d, lang)}。` : `The local minimum wage of ${yuan(d.scheme.minimumMonthlyWage, lang)} a month applies; skilled workers at least: ${floorsByCategory(d, lang)}.` },
    { kind: 'heading', text: zh ? '三、能级工资表' : '3. The pay table by grade' },
    payTableBlock(d, lang, zh ? '能级工资表(平均月工资)' : 'Pay table by grade (mean monthly pay)'),
  ];
  if (d.packages.length) blocks.push({ kind: 'heading', text: zh ? '四、工匠薪酬' : '4. Master craftsmen' }, ...packagesTable(d, lang));
  blocks.push(
    { kind: 'heading', text: zh ? `${d.packages.length ? '五' : '四'}、请贵方在协商前提供的资料` : `${d.packages.length ? 5 : 4}. Data we ask for before the talks` },
    { kind: 'paragraph', indent: true, text: zh ? `请在协商开始前 ${DEADLINES.dataBeforeTalks.value} 日内提供下列资料:` : `Please give us, within the ${DEADLINES.dataBeforeTalks.value} days before the talks:` },
    { kind: 'checklist', items: askFor },
    {
      kind: 'paragraph',
      indent: true,
      text: zh
        ? `我方建议于${dateText(f.proposedDate, lang)}在${orLine(f.meetingPlace)}举行第一次协商会议,协商内容为本企业的工资分配制度、工资标准和工资水平(见上)。请贵方自收到本要约书之日起 ${DEADLINES.answerOffer.value} 日内书面答复,并告知贵方的协商代表。`
        : `We propose a first meeting on ${dateText(f.proposedDate, lang)} at ${orLine(f.meetingPlace)}, on the enterprise's pay system, pay standards and pay levels (above), and ask for a written answer within ${DEADLINES.answerOffer.value} days of receiving this offer, naming your negotiators.`,
    },
    {
      kind: 'paragraph',
      indent: true,
      keepNext: true,
      text: zh ? `我方协商代表:首席代表 ${f.unionRep};代表 ${orLine(f.unionNegotiators, 24)}。联系地址:${orLine(f.unionAddress, 24)}。` : `Our negotiators: chief representative ${f.unionRep}; members ${orLine(f.unionNegotiators, 24)}. Address: ${orLine(f.unionAddress, 24)}.`,
    },
    { kind: 'signatures', signers: [{ role: zh ? '要约方' : 'Offered by', name: f.union, rep: zh ? '首席代表' : 'Chief representative' }] },
    rulesNote(lang, [DEADLINES.answerOffer.cite, DEADLINES.dataBeforeTalks.cite]),
  );
  return {
    title: zh ? '工资集体协商要约书' : 'Written offer to bargain collectively on wages',
    docNumber: f.docNumber,
    fingerprint: d.answer.fingerprint,
    date,
    blocks,
  };
}

// ---------------------------------------------------------------- 协商方案及测算说明

/** The scheme's settings by their Chinese names, in the unit each is set in. */
function parameterRows(d: DocumentData, lang: Lang): (string | number)[][] {
  const s = d.scheme;
  const zh = lang === 'zh';
  const rows: (string | number)[][] = [];
  const row = (path: string, v: unknown) => rows.push([paramLabel(path, lang), paramValue(path, v, lang)]);
  row('mode', s.mode);
  if (s.mode === 'pool') {
    row('annualPool', d.answer.pool);
    for (const k of ['position', 'skill', 'innovation', 'performance'] as const) row(`weights.${k}`, s.weights[k]);
    rows.push([zh ? '技能等级系数(学徒工至首席技师)' : 'Grade coefficients (apprentice to chief technician)', LEVELS.map((l) => num(s.skillCoefficients[l], lang, 2)).join(' / ')]);
  }
  if (s.mode === 'scale') {
    row('scale.positionRate', s.scale.positionRate);
    row('scale.innovationRate', s.scale.innovationRate);
    rows.push([zh ? '技能工资标准(学徒工至首席技师,元/月)' : 'Skill pay (apprentice to chief technician, CNY a month)', LEVELS.map((l) => num(s.scale.skillRates[l], lang)).join(' / ')]);
  }
  if (s.mode === 'raise') {
    row('raise.percent', s.raise.percent);
    row('raise.minMonthly', s.raise.minMonthly);
  }
  if (s.mode !== 'raise') rows.push([zh ? '考核系数(优秀至不合格)' : 'Rating coefficients (A to E)', (['A', 'B', 'C', 'D', 'E'] as const).map((r) => num(s.performanceCoefficients[r], lang, 2)).join(' / ')]);
  row('seniorityMonthlyPerYear', s.seniorityMonthlyPerYear);
  row('seniorityCapYears', s.seniorityCapYears);
  if (s.allowances && d.answer.summary.allowances > 0) rows.push([zh ? '津贴(全年合计)' : 'Allowances (a year in all)', wan(d.answer.summary.allowances, lang)]);
  row('minimumMonthlyWage', s.minimumMonthlyWage);
  row('noLossGuarantee', s.noLossGuarantee);
  return rows;
}

/** Today's pay below the minimum wage, named: the workers the scheme must lift whatever else is agreed. */
function belowMinimumBlocks(d: DocumentData, lang: Lang): Block[] {
  const b = d.belowMinimumToday;
  if (!b || b.count === 0) return [];
  const zh = lang === 'zh';
  const ids = b.ids.join(zh ? '、' : ', ') + (b.count > b.ids.length ? (zh ? ` 等 ${num(b.count, lang)} 人` : ` and ${num(b.count - b.ids.length, lang)} more`) : '');
  return [
    {
      kind: 'paragraph',
      indent: true,
      text: zh
        ? `现行工资中,${num(b.count, lang)} 名职工的月工资低于最低工资标准 ${num(b.minimum, lang)} 元/月(${ids})。按《劳动法》第四十八条,用人单位支付劳动者的工资不得低于当地最低工资标准;方案实施后,他们的工资按上述最低工资补足计算。请在协商前核实这些职工的工资数据。`
        : `Today ${num(b.count, lang)} worker(s) are paid below the minimum wage of ${num(b.minimum, lang)} CNY a month (${ids}). Under the Labour Law, art. 48, an employer may not pay a worker below the local minimum wage; under the scheme their pay is topped up as above. Please check these workers' pay data before bargaining.`,
    },
  ];
}

export function costingNote(d: DocumentData, f: DocumentsForm, lang: Lang, date: string, images: DocImage[] = []): Doc {
  const zh = lang === 'zh';
  const s = d.answer.summary;
  const c = d.contract;
  const cs = d.contractSettings;
  const onCostWords = cs.onCosts.kind === 'flat' ? (zh ? `单位缴费按工资的 ${pct(cs.onCosts.rate, 1)} 计` : `employer contributions at ${pct(cs.onCosts.rate, 1)} of wages`) : zh ? `单位缴费按每人缴费基数(${paperLabel(cs.onCosts.policy.label.zh)})逐人计算` : `employer contributions worked out per worker on the contribution base (${paperLabel(cs.onCosts.policy.label.en)})`;
  const group = (rows: DocumentData['byLevel'], label: string, isGrade: boolean): Block => ({
    kind: 'table',
    table: { title: label, header: zh ? [isGrade ? '技能等级' : '部门', '增资人数', '不变人数', '减资人数'] : [isGrade ? 'Grade' : 'Department', 'Gain', 'Same', 'Lose'], rows: rows.map((r) => [isGrade ? levelName(r.group, lang) : r.group || '—', r.winners, r.unchanged, r.losers]), widths: [40, 20, 20, 20] },
  });
  const bars = d.tornado;
  const blocks: Block[] = [
    { kind: 'heading', text: zh ? '一、方案是什么' : '1. What the scheme is' },
    { kind: 'table', table: { header: zh ? ['项目', '设定'] : ['Item', 'Setting'], rows: parameterRows(d, lang), widths: [40, 60] } },
    { kind: 'heading', text: zh ? '二、成本测算' : '2. Costing' },
    { kind: 'paragraph', indent: true, text: guidelineSentence(d, lang) },
    {
      kind: 'paragraph',
      indent: true,
      text: zh
        ? `含单位社会保险费和住房公积金的企业用工成本由 ${wan(s.employerCostCurrent!, lang)} 增至 ${wan(s.employerCost!, lang)}(增加 ${wan(s.employerCost! - s.employerCostCurrent!, lang)})。最低工资补足 ${wan(s.floorTopUp, lang)},保底补足 ${wan(s.guaranteeTopUp, lang)}。`
        : `The employer's cost with its contributions rises from ${wan(s.employerCostCurrent!, lang)} to ${wan(s.employerCost!, lang)} (+${wan(s.employerCost! - s.employerCostCurrent!, lang)}). Minimum-wage top-ups ${wan(s.floorTopUp, lang)}, no-loss top-ups ${wan(s.guaranteeTopUp, lang)}.`,
    },
    ...belowMinimumBlocks(d, lang),
    {
      kind: 'paragraph',
      indent: true,
      keepNext: true,
      text: zh
        ? `合同承诺:自${dateText(f.termStart, lang)}起按附件一支付工资,每名职工的月工资${trancheWords(d, f.termStart, lang)}。各合同年度的工资总额如下表(与合同“工资水平及调整”条一致),${onCostWords}。`
        : `What the contract commits: Annex 1 from ${dateText(f.termStart, lang)}, each worker's pay then rising: ${trancheWords(d, f.termStart, lang)}. The wage bill of each contract year (as the contract's article on the pay level states it) is below, with ${onCostWords}.`,
    },
    {
      kind: 'table',
      table: {
        title: zh ? `合同各年度工资总额(按附件一和批次,${cs.years} 年)` : `The wage bill by contract year (Annex 1 and the tranches, ${cs.years} years)`,
        header: zh ? ['年度', '工资总额(万元)', '比现在', '单位缴费(万元)', '合计(万元)'] : ['Year', 'Wage bill (CNY m)', 'On today', 'Employer contributions (CNY m)', 'Total (CNY m)'],
        rows: d.contractOnScheme.byYear.map((y) => [zh ? `第${chineseNumber(y.year)}年` : `Year ${y.year}`, zh ? num(y.wages / 1e4, lang, 1) : num(y.wages / 1e6, lang, 2), signedPct(y.wages / d.baseline.wageBill - 1), ...[y.onCosts, y.total].map((v) => (zh ? num(v / 1e4, lang, 1) : num(v / 1e6, lang, 2)))]),
        widths: [14, 22, 21, 21, 22],
      },
    },
    {
      kind: 'paragraph',
      indent: true,
      keepNext: true,
      text: zh
        ? `作为对照,下表只计批次上调本身:按现工资(不含方案的调整)逐月计算合同期限(${cs.years} 年)内各批次多付的工资和单位缴费。`
        : `For comparison, the table below costs the tranches alone: month by month on today's pay (without the scheme's change), over the term (${cs.years} years), wages and employer contributions.`,
    },
    {
      kind: 'table',
      table: {
        title: zh ? `批次上调本身的成本(按现工资,${cs.years} 年)` : `The tranches alone, on today's pay (${cs.years} years)`,
        // In 万元 with one decimal, as the 合同成本 panel shows them.
        header: zh ? ['年度', '工资(万元)', '比现在增加(万元)', '单位缴费(万元)', '合计(万元)'] : ['Year', 'Wages (CNY m)', 'Increase (CNY m)', 'Employer contributions (CNY m)', 'Total (CNY m)'],
        rows: c.byYear.map((y) => [zh ? `第${chineseNumber(y.year)}年` : `Year ${y.year}`, ...[y.wages, y.increase, y.onCosts, y.total].map((v) => (zh ? num(v / 1e4, lang, 1) : num(v / 1e6, lang, 2)))]),
        widths: [14, 22, 21, 21, 22],
      },
    },
    {
      kind: 'paragraph',
      indent: true,
      text: zh
        ? `按现工资计,全部批次执行后的年增资(全年效果)${wan(c.headlineAnnual, lang)};合同期内批次增资总成本(含单位缴费)${wan(c.lifeCost, lang)};若各批次都从合同年度第一个月起执行则为 ${wan(c.lifeCostIfAllFromStart, lang)}。`
        : `The yearly raise once every tranche applies (full-year effect) ${wan(c.headlineAnnual, lang)}; the cost over the contract with employer contributions ${wan(c.lifeCost, lang)}; ${wan(c.lifeCostIfAllFromStart, lang)} if every tranche started in January.`,
    },
    { kind: 'heading', text: zh ? '三、谁增资、谁减资' : '3. Who gains and who loses' },
    { kind: 'paragraph', indent: true, text: raiseSentence(d, lang) },
    { kind: 'paragraph', indent: true, text: payCutText(d, lang) },
    payTableBlock(d, lang, zh ? '能级工资表(平均月工资)' : 'Pay table by grade (mean monthly pay)'),
    group(d.byLevel, zh ? '按技能等级' : 'By grade', true),
    group(d.byDepartment, zh ? '按部门' : 'By department', false),
    { kind: 'heading', text: zh ? '四、到手工资(扣除个人社会保险费、住房公积金和个人所得税)' : '4. Take-home pay (after contributions and income tax)' },
    {
      kind: 'paragraph',
      indent: true,
      text: zh
        ? `月实发增资中位数 ${signedNum(s.medianNetRaise ?? 0, lang)} 元${d.answer.costPerNetYuan !== null ? `;职工每多拿到 1 元实发工资,企业多付 ${num(d.answer.costPerNetYuan, lang, 2)} 元` : ''}。`
        : `The median take-home raise is CNY ${signedNum(s.medianNetRaise ?? 0, lang)} a month${d.answer.costPerNetYuan !== null ? `; each extra CNY 1 of take-home pay costs the employer CNY ${num(d.answer.costPerNetYuan, lang, 2)}` : ''}.`,
    },
  ];
  const typical = typicalTable(d, lang);
  if (typical) blocks.push(typical);
  blocks.push(
    { kind: 'heading', text: zh ? '五、敏感性(各项设定分别上下浮动10%)' : '5. Sensitivity (each setting ±10 %)' },
    {
      kind: 'table',
      table: {
        header: zh ? ['设定', '下浮10%时工资总额(万元)', '上浮10%时工资总额(万元)'] : ['Setting', 'Wage bill at −10 % (CNY m)', 'Wage bill at +10 % (CNY m)'],
        rows: bars.map((b) => [paramLabel(b.param, lang), zh ? num(b.low.wageBill / 1e4, lang, 1) : num(b.low.wageBill / 1e6, lang, 2), zh ? num(b.high.wageBill / 1e4, lang, 1) : num(b.high.wageBill / 1e6, lang, 2)]),
        widths: [46, 27, 27],
      },
    },
    ...packagesTable(d, lang),
    ...compareTable(d, lang),
    ...images.map((image): Block => ({ kind: 'image', image })),
  );
  return {
    title: zh ? '工资集体协商方案及测算说明' : 'The bargaining scheme and its costing',
    subtitle: `${d.answer.name}(${modeName(d, lang)})`,
    docNumber: f.docNumber,
    fingerprint: d.answer.fingerprint,
    date,
    blocks,
    footnote: zh ? `本说明的数字按方案指纹所示方案,以职工工资数据(指纹 ${d.workforce.fingerprint};共 ${num(d.workforce.size, lang)} 人)逐人计算。` : `Figures computed worker by worker for the scheme with the fingerprint shown, on the pay data with fingerprint ${d.workforce.fingerprint} (${num(d.workforce.size, lang)} workers).`,
  };
}

// ---------------------------------------------------------------- 工资专项集体合同(能级工资)草案

/** The articles this scheme prints, numbered in order (an article whose figure is empty is left out). */
export function contractArticles(d: DocumentData, f: DocumentsForm, lang: Lang): { id: string; title: string; text: string; sources: Citation[]; table?: 'payTable' | 'packages' }[] {
  const values = articleValues(d, f, lang);
  const printed = CONTRACT_ARTICLES.filter((a) => !a.when || a.when(d));
  const numbered = (k: number) => (lang === 'zh' ? `第${chineseNumber(k + 1)}条` : `Article ${k + 1}`);
  // One article names another by its number as printed ({{article:level}} → 第四条), whichever articles this scheme prints.
  const refs = (text: string) => text.replace(/\{\{article:(\w+)\}\}/g, (m, id: string) => {
    const k = printed.findIndex((a) => a.id === id);
    return k < 0 ? m : numbered(k);
  });
  return printed.map((a, k) => ({
    id: a.id,
    title: lang === 'zh' ? `${numbered(k)} ${a.title.zh}` : `${numbered(k)}. ${a.title.en}`,
    text: refs(fillArticle(Object.prototype.hasOwnProperty.call(f.articles, a.id) ? f.articles[a.id]! : a.text[lang], values)).trimEnd(),
    sources: a.sources,
    table: a.table,
  }));
}

/**
 * A contract's articles and its signing, the same way in every contract of the round: each article's heading, its text
 * and its source kept together, then what follows it (a table, which keeps its own rows together but may start on the
 * next page: kept with the article, the pay table pushed a whole article off a half-empty first page). The last article
 * may run over a page break and its source line goes with the place of signing and the signatures (a chain of keeps from
 * its heading to the signatures was longer than a page, and LibreOffice then sent the signatures to a page of their own).
 */
export function contractBody(articles: { title: string; text: string; sources?: Citation[]; after?: Block[] }[], f: DocumentsForm, lang: Lang): Block[] {
  const blocks: Block[] = [];
  articles.forEach((a, k) => {
    const last = k === articles.length - 1;
    const sourced = Boolean(a.sources?.length);
    blocks.push({ kind: 'heading', text: a.title }, { kind: 'paragraph', text: a.text, indent: true, keepNext: sourced && !last, split: last });
    if (sourced) blocks.push({ ...sourceLine(a.sources!, lang), keepNext: last });
    blocks.push(...(a.after ?? []));
  });
  blocks.push(partiesLine(f, lang), contractSignatures(f, lang));
  return blocks;
}

/** Where the contract is signed and where each party is: above the signatures, kept with them. */
export function partiesLine(f: DocumentsForm, lang: Lang): Block {
  const zh = lang === 'zh';
  return {
    kind: 'paragraph',
    keepNext: true,
    text: zh ? `签订地点:${orLine(f.signingPlace)}。甲方地址:${orLine(f.enterpriseAddress, 24)};乙方地址:${orLine(f.unionAddress, 24)}。` : `Signed at ${orLine(f.signingPlace)}. Enterprise's address: ${orLine(f.enterpriseAddress, 24)}; union's address: ${orLine(f.unionAddress, 24)}.`,
  };
}

/** A contract's signature blocks: the enterprise (甲方) and the union (乙方), each with its chief representative and date line. */
export function contractSignatures(f: DocumentsForm, lang: Lang): Block {
  const zh = lang === 'zh';
  return {
    kind: 'signatures',
    signers: [
      { role: zh ? '甲方' : 'Enterprise', name: f.enterprise, rep: zh ? '首席代表' : 'Chief representative' },
      { role: zh ? '乙方' : 'Union', name: f.union, rep: zh ? '首席代表' : 'Chief representative' },
    ],
  };
}

export function draftContract(d: DocumentData, f: DocumentsForm, lang: Lang, date: string): Doc {
  const zh = lang === 'zh';
  const blocks: Block[] = [];
  const articles = contractArticles(d, f, lang).map((a) => ({ ...a, after: a.table === 'payTable' ? [payTableBlock(d, lang, '')] : a.table === 'packages' ? packagesTable(d, lang) : [] }));
  blocks.push(...contractBody(articles, f, lang));
  // The annexes: the pay rule (anyone can compute any worker's pay from it), and the craftsmen's packages.
  blocks.push({ kind: 'pageBreak' }, { kind: 'heading', text: zh ? '附件一 工资计算办法' : 'Annex 1. The pay rule', level: 1 }, ...payRuleAnnex(d, f, lang));
  if (d.packages.length) blocks.push({ kind: 'pageBreak' }, { kind: 'heading', text: zh ? '附件二 高技能人才薪酬包' : 'Annex 2. The master craftsmen\'s packages', level: 1 }, ...packagesTable(d, lang));
  return {
    title: zh ? `${f.enterprise}工资专项集体合同(能级工资)` : `Special collective contract on wages (pay by grade), ${f.enterprise}`,
    subtitle: zh ? '(草案)' : '(Draft)',
    docNumber: f.docNumber,
    fingerprint: d.answer.fingerprint,
    date,
    blocks,
  };
}

// ---------------------------------------------------------------- 职代会审议材料

export function congressPack(d: DocumentData, f: DocumentsForm, lang: Lang, date: string): Doc {
  const zh = lang === 'zh';
  const need = tally(f.members, 0, 0);
  const blank = '\u3000'.repeat(4);
  return {
    title: zh ? '职工代表大会审议材料' : 'Material for the workers\' congress',
    subtitle: zh ? `${f.enterprise}工资专项集体合同(草案)` : `Special collective contract on wages (draft), ${f.enterprise}`,
    docNumber: f.docNumber,
    fingerprint: d.answer.fingerprint,
    date,
    blocks: [
      { kind: 'heading', text: zh ? '一、方案摘要' : '1. The scheme in brief' },
      { kind: 'paragraph', indent: true, text: guidelineSentence(d, lang) },
      { kind: 'paragraph', indent: true, text: raiseSentence(d, lang) },
      { kind: 'paragraph', indent: true, text: payCutText(d, lang) },
      {
        kind: 'paragraph',
        indent: true,
        text: zh ? `扣除社会保险费、住房公积金和个人所得税后,月实发增资中位数 ${signedNum(d.answer.summary.medianNetRaise ?? 0, lang)} 元。最低工资按 ${yuan(d.scheme.minimumMonthlyWage, lang)}/月执行。` : `After contributions and income tax the median take-home raise is CNY ${signedNum(d.answer.summary.medianNetRaise ?? 0, lang)} a month. The minimum wage of ${yuan(d.scheme.minimumMonthlyWage, lang)} a month applies.`,
      },
      payTableBlock(d, lang, zh ? '能级工资表(平均月工资)' : 'Pay table by grade (mean monthly pay)'),
      { kind: 'heading', text: zh ? '二、表决规则' : '2. How the vote is decided' },
      {
        kind: 'paragraph',
        indent: true,
        text: zh
          ? `全体职工代表 ${num(f.members, lang)} 人。须有三分之二以上(含本数,即至少 ${num(need.presentNeeded, lang)} 人)出席;采用无记名投票方式表决;经全体职工代表过半数(即至少 ${num(need.yesNeeded, lang)} 人)同意,草案方获通过。两项规定同时适用:${cite(VOTE.presentShare.cite, lang)}要求全体职工代表半数以上同意(含半数),${cite(VOTE.majorityOfAll.cite, lang)}要求职工代表大会的表决经全体职工代表的过半数通过、重要事项采用无记名投票方式分项表决;按较严的过半数计票,表决结果才不致因计票规则受到质疑。“以上”包括本数:${cite(VOTE.inclusive.cite, lang)}。未建立职工代表大会的,由职工大会审议,按全体职工计算上述人数。`
          : `${num(f.members, lang)} representatives in all. At least two thirds (${num(need.presentNeeded, lang)}) must be present; the vote is by secret ballot; more than half of all representatives (${num(need.yesNeeded, lang)}) must vote in favour. Both rules apply: ${cite(VOTE.presentShare.cite, lang)} asks for half or more of all representatives, ${cite(VOTE.majorityOfAll.cite, lang)} for more than half of all of them and a secret ballot, item by item, on important matters; counting by the stricter rule keeps the result beyond challenge. "Or more" includes the number itself: ${cite(VOTE.inclusive.cite, lang)}. Where there is no workers' congress, the general meeting of all workers decides, counted on all workers.`,
      },
      { kind: 'pageBreak' },
      { kind: 'heading', text: zh ? '表决票' : 'Ballot', level: 1 },
      { kind: 'paragraph', indent: true, text: zh ? `对《${f.enterprise}工资专项集体合同(草案)》的意见:` : `On the draft special collective contract on wages of ${f.enterprise}:` },
      { kind: 'checklist', items: zh ? ['同意', '不同意', '弃权'] : ['In favour', 'Against', 'Abstain'] },
      { kind: 'paragraph', indent: true, text: zh ? '(请在一个方框内打“√”;不打或打两个以上的,视为无效票。)' : '(Tick one box; a ballot with none or more than one is void.)' },
      { kind: 'paragraph', text: zh ? `方案指纹:${d.answer.fingerprint}` : `Scheme fingerprint: ${d.answer.fingerprint}`, size: 16 },
      { kind: 'pageBreak' },
      { kind: 'heading', text: zh ? '计票单' : 'Count sheet', level: 1 },
      {
        kind: 'table',
        table: {
          header: zh ? ['项目', '人数'] : ['Item', 'Number'],
          rows: (zh ? ['全体职工代表', '实到代表', '同意', '不同意', '弃权', '无效'] : ['All representatives', 'Present', 'In favour', 'Against', 'Abstain', 'Void']).map((x, k) => [x, k === 0 ? num(f.members, lang) : blank]),
          widths: [50, 50],
        },
      },
      { kind: 'checklist', items: zh ? ['出席人数达到全体代表三分之二以上', `同意票超过全体代表半数(至少 ${num(need.yesNeeded, lang)} 票)`, '通过', '未通过'] : ['Two thirds or more of all representatives present', `Votes in favour are more than half of all representatives (${num(need.yesNeeded, lang)} or more)`, 'Passed', 'Not passed'] },
      { kind: 'fill', labels: zh ? ['监票人', '计票人', '大会主席团'] : ['Scrutineer', 'Teller', 'Presidium'] },
      // The resolution filed with the contract (the filing checklist asks for it): the blanks are the meeting's own figures.
      { kind: 'pageBreak' },
      { kind: 'heading', text: zh ? `${f.enterprise}职工代表大会决议` : `Resolution of the workers' congress of ${f.enterprise}`, level: 1 },
      {
        kind: 'paragraph',
        indent: true,
        text: zh
          ? `${f.enterprise}第____届职工代表大会第____次会议于____年____月____日在${orLine(f.meetingPlace)}召开。全体职工代表 ${num(f.members, lang)} 人,实到 ______ 人,达到全体职工代表三分之二以上(至少 ${num(need.presentNeeded, lang)} 人)。会议审议了《${f.enterprise}工资专项集体合同(草案)》(方案指纹见下),采用无记名投票方式表决:同意 ______ 票,不同意 ______ 票,弃权 ______ 票,无效 ______ 票。`
          : `The ____ session of the ____ workers' congress of ${f.enterprise} met on ____________ at ${orLine(f.meetingPlace)}. Of ${num(f.members, lang)} representatives, ______ were present (two thirds or more: at least ${num(need.presentNeeded, lang)}). It considered the draft special collective contract on wages of ${f.enterprise} (fingerprint below) and voted by secret ballot: ______ in favour, ______ against, ______ abstaining, ______ void.`,
      },
      {
        kind: 'paragraph',
        indent: true,
        keepNext: true,
        text: zh
          ? `同意票超过全体职工代表半数(至少 ${num(need.yesNeeded, lang)} 票)的,会议决定:通过《${f.enterprise}工资专项集体合同(草案)》,由双方首席代表签字,并由${f.enterprise}依法报送审查。未超过的,草案未通过,由双方重新协商。`
          : `Where the votes in favour are more than half of all representatives (${num(need.yesNeeded, lang)} or more), the congress approves the draft, to be signed by both chief representatives and filed for review by ${f.enterprise} as the law provides; otherwise the draft is not approved and the parties bargain again.`,
      },
      { kind: 'paragraph', text: zh ? `方案指纹:${d.answer.fingerprint}` : `Scheme fingerprint: ${d.answer.fingerprint}`, size: 16, keepNext: true },
      { kind: 'signatures', signers: [{ role: zh ? '职工代表大会主席团' : 'Presidium of the workers\' congress', name: f.enterprise + (zh ? '职工代表大会' : ' workers\' congress') }] },
    ],
  };
}

// ---------------------------------------------------------------- 备案清单

export function filingChecklist(d: DocumentData, f: DocumentsForm, lang: Lang, date: string): Doc {
  const zh = lang === 'zh';
  const tl = timelineOf(d, f);
  const auth = AUTHORITY.value[lang];
  const kindName = f.filingKind === 'wage-agreement' ? (zh ? '工资协议(工资专项集体合同,按《工资集体协商试行办法》)' : 'a wage agreement (special collective contract on wages, under the 2000 measures)') : zh ? '集体合同(按《集体合同规定》)' : 'a collective contract (under the 2004 regulations)';
  const blocks: Block[] = [
    { kind: 'paragraph', indent: true, text: zh ? `报送机关:${auth}。报送的文书性质:${kindName}。` : `File with: the ${auth}. Filed as: ${kindName}.` },
    { kind: 'heading', text: zh ? '一、报送材料(一式三份)' : '1. Documents to file (three copies)' },
    {
      kind: 'checklist',
      items: zh
        ? ['工资专项集体合同文本一式三份(双方首席代表签字,甲方加盖印章)及合同说明', '工资协议(集体合同)审查登记表或申报表(按当地格式填写)', '职工代表大会决议及表决结果(应到、实到人数,同意、不同意、弃权和无效票数,监票人、计票人签字)', '双方协商代表名单和首席代表的资格证明、身份证明;首席代表由他人书面委托担任的,附授权委托书', '双方签字的集体协商会议记录', '协商过程说明和测算说明', '企业营业执照复印件、工会法人资格证书复印件', `报送单位联系人和联系电话;报送机关:${auth}(按属地管辖)`]
        : ['Three copies of the contract, signed by both chief representatives and sealed by the enterprise, with an explanation', 'The local review or registration form for a wage agreement (collective contract)', 'The workers\' congress resolution and the vote (representatives in all and present; in favour, against, abstaining and void; signed by the scrutineer and teller)', 'The list of both sides\' negotiators, and the chief representatives\' qualification and identity; where one acts for another, the written authorisation', 'The minutes of the bargaining meetings, signed by both sides', 'An account of the talks and the costing', 'Copies of the business licence and the union\'s legal-person certificate', `A contact person and telephone; filed with the ${auth} (by locality)`],
    },
    { kind: 'heading', text: zh ? '二、时间节点' : '2. Dates' },
    {
      kind: 'table',
      table: {
        header: zh ? ['事项', '期限', '日期', '依据'] : ['Step', 'Deadline', 'Date', 'Source'],
        rows: zh
          ? [
              ['双方首席代表签字', '—', dateText(tl.signing, lang), '—'],
              [`报送${auth}审查`, `签字后 ${tl.fileDays} 日内`, dateText(tl.fileBy, lang), cite(tl.fileCite, lang)],
              ['送达无异议审查意见书即生效;收到文本后未提出异议的即生效', `收到后 ${DEADLINES.review.value} 日内`, `最迟${dateText(tl.inForceBy, lang)}`, cite(DEADLINES.review.cite, lang)],
              ['提出异议的:就异议事项重新协商修改,重新报送审查', '—', '—', cite(OBJECTION, lang)],
              ['向全体职工公布', `生效后 ${DEADLINES.publish.value} 日内`, dateText(tl.publishBy, lang), cite(DEADLINES.publish.cite, lang)],
              ['合同期', `${d.contractSettings.years} 年`, `${dateText(tl.termStart, lang)}至${dateText(tl.termEnd, lang)}`, cite(DEADLINES.renegotiateMonths.cite, lang)],
              ['可提出续订', f.regional.renegotiateDays !== undefined ? `期满前 ${f.regional.renegotiateDays} 日内` : `期满前 ${DEADLINES.renegotiateMonths.value} 个月内`, `${dateText(tl.renegotiateFrom, lang)}起`, cite(tl.renegotiateCite, lang)],
            ]
          : [
              ['Signature by both chief representatives', '—', dateText(tl.signing, lang), '—'],
              [`Filed with the ${auth}`, `within ${tl.fileDays} days of signing`, dateText(tl.fileBy, lang), cite(tl.fileCite, lang)],
              ['In force on a review opinion without objection, or when no objection is raised', `within ${DEADLINES.review.value} days of receipt`, `by ${dateText(tl.inForceBy, lang)} at the latest`, cite(DEADLINES.review.cite, lang)],
              ['If objected to: renegotiate the clauses objected to and file again', '—', '—', cite(OBJECTION, lang)],
              ['Published to all workers', `within ${DEADLINES.publish.value} days of entry into force`, dateText(tl.publishBy, lang), cite(DEADLINES.publish.cite, lang)],
              ['Term', `${d.contractSettings.years} year(s)`, `${dateText(tl.termStart, lang)} to ${dateText(tl.termEnd, lang)}`, cite(DEADLINES.renegotiateMonths.cite, lang)],
              ['Renewal may be proposed', f.regional.renegotiateDays !== undefined ? `within ${f.regional.renegotiateDays} days before expiry` : `within ${DEADLINES.renegotiateMonths.value} months before expiry`, `from ${dateText(tl.renegotiateFrom, lang)}`, cite(tl.renegotiateCite, lang)],
            ],
        widths: [22, 17, 21, 40],
      },
    },
  ];
  if (tl.retroactive) blocks.push({ kind: 'paragraph', indent: true, bold: true, text: retroactiveText(tl, lang) });
  // The union's own list: articles the papers cite that were not checked against their text (never printed in a paper for the other side or the bureau).
  const unchecked = uncheckedRules([...CONTRACT_ARTICLES.flatMap((a) => a.sources), FILING[f.filingKind].cite, DEADLINES.publish.cite, ...(f.regional.fileWithinDays !== undefined || f.regional.renegotiateDays !== undefined ? [tl.fileCite, tl.renegotiateCite] : [])]);
  if (unchecked.length)
    blocks.push(
      { kind: 'heading', text: zh ? '三、工会内部核对事项(不随文本报送)' : '3. For the union\'s own checking (not filed)' },
      { kind: 'paragraph', indent: true, keepNext: true, text: zh ? '下列依据尚未对照原文核对条款号和内容,定稿前请对照国家和本省现行文本确认:' : 'These sources were not checked against their text; confirm them against the current national and provincial texts before the final version:' },
      { kind: 'checklist', items: unchecked.map((c) => c[lang]) },
    );
  blocks.push({ kind: 'paragraph', indent: true, text: zh ? `${FILING['wage-agreement'].value} 日为工资协议的报送期限,${FILING['collective-contract'].value} 日为集体合同的报送期限;本地规定不同的,按本地规定。` : `${FILING['wage-agreement'].value} days is the filing period of a wage agreement, ${FILING['collective-contract'].value} days that of a collective contract; where a local rule differs it applies.`, size: 18 });
  return {
    title: zh ? '工资专项集体合同报送审查清单' : 'Filing checklist for the special collective contract on wages',
    subtitle: f.enterprise,
    docNumber: f.docNumber,
    fingerprint: d.answer.fingerprint,
    date,
    blocks,
  };
}

// ---------------------------------------------------------------- 简报

export function brief(d: DocumentData, f: DocumentsForm, lang: Lang, date: string, images: DocImage[] = [], extras: BriefExtras = {}): Doc {
  const zh = lang === 'zh';
  const s = d.answer.summary;
  const blocks: Block[] = [
    { kind: 'heading', text: zh ? '一、关键数字' : '1. Key figures' },
    { kind: 'paragraph', indent: true, text: guidelineSentence(d, lang) },
    { kind: 'paragraph', indent: true, text: raiseSentence(d, lang) },
    { kind: 'paragraph', indent: true, text: payCutText(d, lang) },
    {
      kind: 'paragraph',
      indent: true,
      text: zh
        ? `基尼系数 ${num(s.gini, lang, 3)},P90/P10 为 ${s.p90p10 === null ? '—' : num(s.p90p10, lang, 2)}。企业用工成本(含单位缴费)${wan(s.employerCost!, lang)},比现在增加 ${wan(s.employerCost! - s.employerCostCurrent!, lang)};月实发增资中位数 ${signedNum(s.medianNetRaise ?? 0, lang)} 元。`
        : `Gini ${num(s.gini, lang, 3)}, P90/P10 ${s.p90p10 === null ? '—' : num(s.p90p10, lang, 2)}. The employer's cost with contributions ${wan(s.employerCost!, lang)}, ${wan(s.employerCost! - s.employerCostCurrent!, lang)} more than today; the median take-home raise CNY ${signedNum(s.medianNetRaise ?? 0, lang)} a month.`,
    },
    { kind: 'heading', text: zh ? '二、方案设定' : '2. The scheme\'s settings' },
    { kind: 'table', table: { header: zh ? ['项目', '设定'] : ['Item', 'Setting'], rows: parameterRows(d, lang), widths: [40, 60] } },
    { kind: 'heading', text: zh ? '三、能级工资表' : '3. The pay table by grade' },
    payTableBlock(d, lang, zh ? '能级工资表(平均月工资)' : 'Pay table by grade (mean monthly pay)'),
    ...packagesTable(d, lang),
    { kind: 'heading', text: zh ? '四、各方案对照' : '4. The schemes compared' },
    ...compareTable(d, lang),
  ];
  const typical = typicalTable(d, lang);
  if (typical) blocks.push({ kind: 'heading', text: zh ? '五、典型职工' : '5. Typical workers' }, typical);
  if (extras.rounds?.length)
    blocks.push(
      { kind: 'heading', text: zh ? '协商轮次' : 'Rounds of offers' },
      {
        kind: 'table',
        table: {
          header: zh ? ['轮次', '工会方案', '企业方案', '工会方案增长', '企业方案增长'] : ['Round', 'Union\'s offer', 'Management\'s offer', 'Union growth', 'Management growth'],
          rows: extras.rounds.map((r, k) => [zh ? `第${chineseNumber(k + 1)}轮` : `Round ${k + 1}`, r.union.name, r.management.name, signedPct(r.union.summary.wageBillGrowth), signedPct(r.management.summary.wageBillGrowth)]),
          widths: [14, 25, 25, 18, 18],
        },
      },
    );
  blocks.push(...images.map((image): Block => ({ kind: 'image', image })));
  return {
    title: zh ? '工资集体协商方案简报' : 'Brief on the bargaining scheme',
    subtitle: `${d.answer.name}(${modeName(d, lang)})`,
    docNumber: f.docNumber,
    fingerprint: d.answer.fingerprint,
    date,
    blocks,
    footnote: zh ? `假设:最低工资 ${yuan(d.scheme.minimumMonthlyWage, lang)}/月;工资指导线 ${pct(d.scheme.guideline.lower)} / ${pct(d.scheme.guideline.base)} / ${pct(d.scheme.guideline.upper)};职工数据指纹 ${d.workforce.fingerprint.slice(0, 16)}。` : `Assumptions: minimum wage ${yuan(d.scheme.minimumMonthlyWage, lang)} a month; guideline ${pct(d.scheme.guideline.lower)} / ${pct(d.scheme.guideline.base)} / ${pct(d.scheme.guideline.upper)}; workforce fingerprint ${d.workforce.fingerprint.slice(0, 16)}.`,
  };
}

export function buildDocument(kind: DocumentKind, d: DocumentData, f: DocumentsForm, lang: Lang, date: string, images: DocImage[] = [], extras: BriefExtras = {}): Doc {
  if (kind === 'offer') return offerLetter(d, f, lang, date);
  if (kind === 'costing') return costingNote(d, f, lang, date, images);
  if (kind === 'contract') return draftContract(d, f, lang, date);
  if (kind === 'congress') return congressPack(d, f, lang, date);
  if (kind === 'filing') return filingChecklist(d, f, lang, date);
  return brief(d, f, lang, date, images, extras);
}

/** A table of a document, for tests that read one back. */
export type { DocTable };
