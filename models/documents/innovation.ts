/**
 * The papers of technical-innovation bargaining (技术创新集体协商): the draft
 * special collective contract on workers' technical innovation
 * (职工技术创新专项集体合同草案) and its costing note. Every figure is the
 * engine's innovation answer for the scheme (docs/model.md §12); the rules of
 * law are the dated settings of models/innovation/innovation.ts, with their articles.
 */
import type { Block, Doc, DocTable } from '../io/docx';
import { GRADE_WORDS, INNOVATION_GRADES, INNOVATION_KINDS, KIND_WORDS, STATUTORY, TAX_RULE, YIELD_WORDS, payByOf, type InnovationResult, type InnovationRules } from '../innovation/innovation';
import { LEVEL_WORDS } from '../pay/paramNames';
import { LAW as CONTRACT_LAW, CONTRACT_ARTICLES, fillArticle } from './articles';
import { contractBody, procedureValues, sourceLine } from './build';
import type { DocumentsForm } from './form';
import type { Citation } from './rules';
import { yearEnd } from './rules';
import { chineseNumber, dateText, MONTH_NAMES, num, ordinal, pct, wan, yuan, type Lang } from './text';

export const INNOVATION_DOCUMENT_KINDS = ['innovation-contract', 'innovation-costing'] as const;
export type InnovationDocumentKind = (typeof INNOVATION_DOCUMENT_KINDS)[number];

/** What the papers are made from: the scheme's name and fingerprint, its rules, and the engine's answer. */
export interface InnovationDocData {
  scheme: string;
  fingerprint: string;
  rules: InnovationRules;
  result: InnovationResult;
  /** The contract's term in years (the 合同成本 panel's term). */
  termYears: number;
}

/** Articles of other laws the contract quotes; `verified`: read in the published text. */
const LAW: Record<'special' | 'inventorName' | 'disputes' | 'serviceInvention' | 'patent15' | 'patent6' | 'lcl56', Citation> = {
  patent6: { zh: '《中华人民共和国专利法》(2020年修正)第六条', en: 'Patent Law (2020), art. 6', verified: true },
  patent15: { zh: '《中华人民共和国专利法》(2020年修正)第十五条', en: 'Patent Law (2020), art. 15', verified: true },
  lcl56: { zh: '《中华人民共和国劳动合同法》第五十六条', en: 'Labour Contract Law, art. 56', verified: true },
  serviceInvention: { zh: `《中华人民共和国专利法》(2020年修正)第十五条;${STATUTORY.inventionReward.cite.zh.replace(/第九十三条$/, '')}第九十二条至第九十四条;《中华人民共和国促进科技成果转化法》第四十五条`, en: `Patent Law (2020), art. 15; ${STATUTORY.inventionReward.cite.en.replace(/, art\. 93$/, '')}, arts. 92–94; Law on Promoting the Transformation of Scientific and Technological Achievements, art. 45`, verified: true },
  special: { zh: '《中华人民共和国劳动合同法》第五十二条(专项集体合同)', en: 'Labour Contract Law, art. 52 (special collective contracts)', verified: false },
  inventorName: { zh: '《中华人民共和国专利法》(2020年修正)第十六条(发明人、设计人的署名权)', en: 'Patent Law (2020), art. 16 (the inventor\'s right to be named)', verified: false },
  disputes: { zh: '《中华人民共和国劳动争议调解仲裁法》', en: 'Law on Labour Dispute Mediation and Arbitration', verified: false },
};

// Papers for the other side and the bureau name the source only; what was not checked against its text is listed for the union (docs/model.md).

function oneOffTable(r: InnovationRules, lang: Lang): DocTable {
  const zh = lang === 'zh';
  return {
    title: zh ? '附表一 成果类别和一次性奖励标准(元)' : 'Table 1. Kinds of achievement and one-off rewards (CNY)',
    header: [zh ? '成果类别' : 'Kind', ...INNOVATION_GRADES.map((g) => GRADE_WORDS[g][lang])],
    rows: INNOVATION_KINDS.map((k) => [KIND_WORDS[k][lang], ...INNOVATION_GRADES.map((g) => num(r.oneOff[k][g], lang))]),
    widths: [32, 17, 17, 17, 17],
  };
}

function scheduleTable(r: InnovationRules, lang: Lang): DocTable {
  const zh = lang === 'zh';
  const longest = Math.max(1, r.schedules.profit.length, r.schedules.saving.length, r.schedules.licence.length);
  const years = Array.from({ length: longest }, (_, k) => (zh ? `第${k + 1}年` : `Year ${k + 1}`));
  return {
    title: zh ? '附表二 成果收益分成比例' : 'Table 2. Shares of the yield by year',
    header: [zh ? '收益类型' : 'Yield', ...years],
    rows: (['profit', 'saving', 'licence'] as const).map((k) => [YIELD_WORDS[k][lang], ...years.map((_, j) => (j < r.schedules[k].length ? pct(r.schedules[k][j]!, 1) : '—'))]),
  };
}

/** The calendar years the contract's term touches, from the form's start and the term. */
export function termYears(termStart: string, years: number): { first: number; last: number; end: string } {
  const end = yearEnd(termStart, years);
  return { first: Number(termStart.slice(0, 4)), last: Number(end.slice(0, 4)), end };
}

/** Where a plan year stands against the contract's term: before it, in it, or after it (shares of achievements recognised in the term still paid). */
function yearLabel(year: number, d: InnovationDocData, f: DocumentsForm, lang: Lang): string {
  const t = termYears(f.termStart, d.termYears);
  const zh = lang === 'zh';
  if (year < t.first) return zh ? `${year}(合同生效前)` : `${year} (before the term)`;
  if (year > t.last) return zh ? `${year}(期满后续付)` : `${year} (after the term)`;
  return String(year);
}

/** The plan's rewards within the contract's term (calendar years it touches) and after it. */
function onTerm(d: InnovationDocData, f: DocumentsForm): { during: number; after: number; before: number; first: number; last: number; end: string } {
  const t = termYears(f.termStart, d.termYears);
  let during = 0,
    after = 0,
    before = 0;
  for (const y of d.result.byYear) {
    if (y.year < t.first) before += y.paid;
    else if (y.year > t.last) after += y.paid;
    else during += y.paid;
  }
  return { during, after, before, ...t };
}

function byYearTable(d: InnovationDocData, f: DocumentsForm, lang: Lang): DocTable {
  const zh = lang === 'zh';
  const r = d.result;
  return {
    title: zh ? '按年测算(万元)' : 'By year (CNY m)',
    header: zh ? ['年份', '一次性奖励', '收益分成', '奖励合计', '收益低/高时', '成果收益', '封顶额'] : ['Year', 'One-off', 'Yield shares', 'Total', 'Low/high yield', 'Yield', 'Cap'],
    widths: [22, 12, 12, 12, 18, 12, 12],
    rows: [
      ...r.byYear.map((y) => [yearLabel(y.year, d, f, lang), money(y.paidOneOff, lang), money(y.paidShares, lang), money(y.paid, lang), `${money(y.paidLow, lang)} / ${money(y.paidHigh, lang)}`, money(y.yield, lang), y.cap === null ? '—' : money(y.cap, lang)]),
      [zh ? '合计' : 'Total', money(r.byYear.reduce((s, y) => s + y.paidOneOff, 0), lang), money(r.byYear.reduce((s, y) => s + y.paidShares, 0), lang), money(r.totalPaid, lang), '', money(r.totalYield, lang), ''],
    ],
    total: [r.byYear.length],
  };
}

/** 万元 with one decimal (CNY m with two in English), without the unit (the table says it). */
const money = (x: number, lang: Lang) => (lang === 'zh' ? num(x / 1e4, lang, 1) : num(x / 1e6, lang, 2));

function floorsText(d: InnovationDocData, lang: Lang): string {
  const zh = lang === 'zh';
  const s = d.rules.statutory;
  const base = zh
    ? `甲方的职工完成职务发明创造并获得专利权的,甲方向发明人或者设计人发给奖金:一项发明专利不少于 ${yuan(s.inventionReward, lang)},一项实用新型或者外观设计专利不少于 ${yuan(s.utilityReward, lang)}。专利实施后,自行实施的,连续 ${num(s.useYears, lang)} 年每年从实施该项专利的营业利润中提取不低于 ${pct(s.useShare, 0)} 作为报酬;许可他人实施或者转让的,从所得净收入中提取不低于 ${pct(s.licenceShare, 0)} 作为报酬。本合同约定的标准高于上述标准的,按本合同执行;低于的,按上述标准执行。`
    : `For a service invention patented, the enterprise pays the inventors a reward of at least ${yuan(s.inventionReward, lang)} for an invention patent and ${yuan(s.utilityReward, lang)} for a utility model or design. Once exploited: for own use, at least ${pct(s.useShare, 0)} of the operating profit from it each year for ${num(s.useYears, lang)} years; for a licence or transfer, at least ${pct(s.licenceShare, 0)} of the net income. Where this contract gives more, it applies; where less, these minimums apply.`;
  if (!d.rules.statutoryFloors) return base + (zh ? '(注意:本方案测算未按法定标准保底,签订前请核对。)' : ' (Note: the costing of this scheme does not apply these minimums as floors; check before signing.)');
  if (!d.result.belowFloors.length) return base;
  const items = d.result.belowFloors.map((b) => (zh ? `${KIND_WORDS[b.kind].zh}${b.part === 'reward' ? '奖金' : '报酬'} ${b.achievements} 项补足 ${wan(b.topUp, lang)}` : `${KIND_WORDS[b.kind].en} ${b.part}: ${b.achievements} achievement(s), ${wan(b.topUp, lang)} added`));
  return base + (zh ? `按本方案的规则,以下奖励低于法定标准,测算中已按法定标准补足:${items.join(';')}。` : ` Under the scheme's rules these fall below the minimums and are topped up in the costing: ${items.join('; ')}.`);
}

/** The plan's rewards said on the contract's years: in the term, after it (shares still running), and before it. */
function planOnTermText(d: InnovationDocData, f: DocumentsForm, lang: Lang): string {
  const zh = lang === 'zh';
  const r = d.result;
  const o = onTerm(d, f);
  const span = zh ? `${r.planYear}—${r.planYear + r.years - 1} 年` : `${r.planYear}–${r.planYear + r.years - 1}`;
  const term = zh ? `合同期(${dateText(f.termStart, lang)}至${dateText(o.end, lang)},涉及 ${o.first}—${o.last} 年)` : `the term (${dateText(f.termStart, lang)} to ${dateText(o.end, lang)}, calendar years ${o.first}–${o.last})`;
  const parts = zh
    ? [`按现有成果测算(测算年份 ${span}),${term}内奖励 ${wan(o.during, lang)}`, o.after > 0 ? `期满后按附表二续付合同期内认定成果的收益分成 ${wan(o.after, lang)}` : '', o.before > 0 ? `合同生效前的 ${wan(o.before, lang)}不属本合同` : '']
    : [`On the achievements so far (plan ${span}), rewards in ${term} come to ${wan(o.during, lang)}`, o.after > 0 ? `the shares of achievements recognised in the term still paid after it ${wan(o.after, lang)}` : '', o.before > 0 ? `${wan(o.before, lang)} before the term is not under this contract` : ''];
  const uncovered = r.planYear + r.years - 1 < o.last ? (zh ? `测算年份未覆盖 ${r.planYear + r.years}—${o.last} 年,这些年份的奖励未计入,请在创新奖励规则中延长测算年数。` : ` The plan does not reach ${r.planYear + r.years}–${o.last}; those years are not costed (lengthen the plan in the innovation rules).`) : '';
  return parts.filter(Boolean).join(zh ? ';' : '; ') + (zh ? '。' : '.') + uncovered;
}

function capText(d: InnovationDocData, lang: Lang, f: DocumentsForm): string {
  const zh = lang === 'zh';
  const c = d.rules.cap;
  const r = d.result;
  const what =
    c.kind === 'none'
      ? zh ? '甲方设立职工技术创新奖励基金,按本合同的标准据实列支,不设年度上限。' : 'The enterprise sets up a fund for workers\' innovation rewards, paid as this contract says, with no yearly cap.'
      : c.kind === 'amount'
        ? zh ? `甲方设立职工技术创新奖励基金,每年不超过 ${wan(c.value, lang)}。` : `The enterprise sets up a fund for workers' innovation rewards of at most ${wan(c.value, lang)} a year.`
        : c.kind === 'bill-share'
          ? zh ? `甲方设立职工技术创新奖励基金,每年不超过当年工资总额的 ${pct(c.value, 2)}。` : `The enterprise sets up a fund for workers' innovation rewards of at most ${pct(c.value, 2)} of the year's wage bill.`
          : zh ? `甲方设立职工技术创新奖励基金,每年不超过当年成果收益的 ${pct(c.value, 2)}。` : `The enterprise sets up a fund for workers' innovation rewards of at most ${pct(c.value, 2)} of the year's yields.`;
  const pro = c.kind === 'none' ? '' : zh ? '当年应发奖励超过基金上限时,法定最低标准部分照发,其余部分按同一比例核减。' : ' Where the year\'s rewards exceed the cap, the statutory minimums are paid in full and the rest is reduced in the same proportion.';
  const below = r.capBelowFloors.length ? (zh ? `按测算,${r.capBelowFloors.join('、')} 年的上限低于法定最低标准(至少需要 ${wan(r.capForFloors, lang)}),请双方调整。` : ` In ${r.capBelowFloors.join(', ')} the cap is below the statutory minimums (at least ${wan(r.capForFloors, lang)} is needed); the parties should adjust it.`) : '';
  return what + pro + below + (zh ? '' : ' ') + planOnTermText(d, f, lang);
}

interface Article {
  title: string;
  text: string;
  sources?: Citation[];
  table?: DocTable;
}

/** A procedural article of the wage contract (change and ending, entry into force), in the same words, for this contract. */
function procedural(id: 'revision' | 'effect', d: InnovationDocData, f: DocumentsForm, lang: Lang): string {
  const a = CONTRACT_ARTICLES.find((x) => x.id === id)!;
  // A special collective contract is filed as a collective contract (集体合同规定 第四十二条: ten days, three copies).
  return fillArticle(a.text[lang], procedureValues(f, d.termYears, 'collective-contract', lang));
}

function articles(d: InnovationDocData, f: DocumentsForm, lang: Lang): Article[] {
  const zh = lang === 'zh';
  const r = d.result;
  const rules = d.rules;
  const list: Article[] = [];
  const add = (head: string, text: string, source?: Citation | Citation[], table?: DocTable) => list.push({ title: zh ? `第${chineseNumber(list.length + 1)}条 ${head}` : `Article ${list.length + 1} ${head}`, text, sources: source === undefined ? undefined : [source].flat(), table });
  add(zh ? '总则' : 'General', zh ? `为鼓励职工技术创新,实现“创新者多得”,甲方(${f.enterprise})与乙方(${f.union},代表全体职工)经平等协商,订立本专项集体合同。本合同适用于甲方全体职工。` : `To encourage workers' technical innovation, so that those who innovate earn more, the enterprise (${f.enterprise}) and the union (${f.union}, for all workers) conclude this special collective contract after bargaining as equals. It covers all the enterprise's workers.`, LAW.special);
  add(zh ? '创新投入' : 'Investment in innovation', zh ? '甲方每年安排职工技术创新所需的经费、设备和场地,用于合理化建议、技术革新、技术攻关、发明创造和先进操作法的研究、试验和推广,并在年度预算中单独列示。' : 'Each year the enterprise provides the money, equipment and space workers\' innovation needs (proposals, improvements, breakthroughs, inventions, work methods: research, trials and adoption), shown apart in its annual budget.');
  const when = payByOf(rules);
  const oneOffBy = zh ? (when.oneOffMonths === 0 ? '最迟随认定当月的工资发给' : `最迟随认定之月后第${chineseNumber(when.oneOffMonths)}个月的工资发给`) : when.oneOffMonths === 0 ? 'paid with the pay of the month it is accepted in at the latest' : `paid with the pay of the ${ordinal(when.oneOffMonths)} month after the month it is accepted in at the latest`;
  add(zh ? '成果类别和奖励标准' : 'Kinds of achievement and rewards', zh ? `职工的创新成果经评审认定后,按附表一的类别和等级发给一次性奖励,${oneOffBy},由完成人按贡献份额分享;完成人之间未约定份额的,平均分享。` : `An achievement assessed and accepted earns its team the one-off reward of Table 1 for its kind and grade, ${oneOffBy}, shared by the members' shares (equally where none were agreed).`, undefined, oneOffTable(rules, lang));
  add(zh ? '收益分成' : 'Sharing the yield', zh ? `成果实施后能够计量收益的,自实施当年起按附表二的比例,从该成果当年的新增营业利润、节约额或许可(转让)净收入中提取,奖给完成人;期满后不再提取。收益由甲方财务部门会同乙方每年核定一次,上一年度的分成最迟随次年${chineseNumber(when.shareMonth)}月的工资发给。` : `An achievement whose yield can be measured earns its team, from the year it is put to use, the shares of Table 2 of that year's added operating profit, saving, or net licence income; nothing after the schedule ends. The enterprise's finance department and the union agree the yields once a year; a year's shares are paid with the pay of ${MONTH_NAMES[when.shareMonth - 1]} of the next year at the latest.`, undefined, scheduleTable(rules, lang));
  add(zh ? '职务发明的奖励和报酬' : 'Reward and remuneration of service inventions', floorsText(d, lang), LAW.serviceInvention);
  add(
    zh ? '成果的权属' : 'Who owns the achievements',
    zh
      ? '职工执行甲方的任务或者主要是利用甲方的物质技术条件所完成的发明创造为职务发明创造,申请专利的权利属于甲方,申请被批准后甲方为专利权人;非职务发明创造,申请专利的权利属于发明人或者设计人。利用甲方的物质技术条件所完成的发明创造,甲方与完成人另有书面约定的,从其约定。甲方放弃申请专利的,应当书面告知完成人;甲方许可他人实施或者转让职务发明创造的,按本合同向完成人支付报酬。'
      : 'An invention made in carrying out the enterprise\'s tasks, or mainly with its material and technical means, is a service invention: the right to apply for the patent is the enterprise\'s, and it holds the patent once granted; for any other invention the right is the inventor\'s or designer\'s. For an invention made with the enterprise\'s means, a written agreement between the enterprise and the team prevails. The enterprise tells the team in writing if it does not apply for a patent; where it licenses or transfers a service invention, the team is paid as this contract says.',
    LAW.patent6,
  );
  add(zh ? '奖励基金及其上限' : 'The fund and its cap', capText(d, lang, f));
  add(zh ? '评审和异议' : 'Assessment and appeal', zh ? '甲方设立职工技术创新评审委员会,乙方推荐的职工代表不少于三分之一,负责成果的认定、定级和收益核定。评审结果在甲方内部公示不少于七日;职工有异议的,可在公示期内向评审委员会申请复核,评审委员会在十五日内答复。' : 'The enterprise sets up an assessment committee for workers\' innovation, at least a third of its members workers named by the union, to accept, grade and agree the yield of achievements. Results are posted for at least seven days; a worker may ask the committee to review within that time, and it answers within fifteen days.');
  add(zh ? '创新时间、培训和创新工作室' : 'Time, training and studios for innovation', zh ? '甲方为参加技术攻关和创新项目的职工安排必要的工作时间,组织技术培训和交流,支持劳模和工匠人才创新工作室的建设和运行。' : 'The enterprise gives workers on innovation projects the working time they need, organises technical training and exchange, and supports innovation studios of model workers and craftsmen.');
  add(zh ? '创新者的权益' : 'The innovators\' rights', zh ? '完成人有权在成果材料和专利文件中写明自己是发明人或者设计人;成果奖励和报酬不因岗位变动、离职而取消,按本合同继续发给。' : 'Team members have the right to be named as inventors or designers in the papers and the patent; rewards and remuneration earned are paid as this contract says even after a change of post or leaving.', LAW.inventorName);
  add(
    zh ? '工资总额和个人所得税' : 'The wage bill and income tax',
    zh
      ? `本合同的奖励${rules.inWageBill ? '计入' : '不计入'}工资总额(${rules.inWageBill ? '甲方依本合同发放的奖励和报酬属于奖金,《关于工资总额组成的规定》第七条' : '按本地统计口径'};依国务院有关规定颁发的发明创造奖和支付的合理化建议和技术改进奖不列入工资总额,第十一条第(一)项);按测算,${r.planYear} 年奖励 ${wan(r.wageBill.rewards, lang)}${rules.inWageBill ? `,工资总额比现工资总额增长 ${pct(r.wageBill.growth)}` : ''}。奖励和报酬按工资、薪金所得由甲方代扣代缴个人所得税(${TAX_RULE.cite.zh})。`
      : `The rewards of this contract ${rules.inWageBill ? 'count in' : 'are kept beside'} the wage bill (${rules.inWageBill ? 'rewards paid by the enterprise under this contract are bonuses, Provisions on the Composition of the Wage Bill, art. 7' : 'by local statistics practice'}; awards paid under State Council rules for inventions, rationalisation and technical improvement are outside it, art. 11(1)); in ${r.planYear} they come to ${wan(r.wageBill.rewards, lang)}${rules.inWageBill ? `, and the wage bill grows ${pct(r.wageBill.growth)} on today's` : ''}. Income tax on them is withheld as on wages (${TAX_RULE.cite.en}).`,
  );
  add(zh ? '监督检查' : 'Supervision', zh ? '乙方监督本合同的履行;甲方每年向职工代表大会报告职工技术创新奖励的发放情况,包括成果清单、奖励金额和收益核定。' : 'The union supervises how this contract is kept; each year the enterprise reports to the workers\' congress on the rewards paid: the achievements, the amounts and the yields agreed.');
  add(zh ? '争议处理' : 'Disputes', zh ? '因履行本合同发生争议的,双方协商解决;协商不成的,乙方可以依法申请仲裁、提起诉讼。职工就职务发明创造的奖励和报酬与甲方发生的争议,可以依法向人民法院提起诉讼。' : 'Disputes over this contract are settled by talks; failing that, the union may apply for arbitration or go to court as the law provides. A worker\'s dispute with the enterprise over the reward or remuneration of a service invention may be taken to a people\'s court.', LAW.lcl56);
  add(zh ? '期限' : 'Term', zh ? `本合同期限 ${num(d.termYears, lang)} 年,自 ${dateText(f.termStart, lang)} 起。续订和重新协商按本合同“变更、解除和终止”条办理。成果在合同期内认定的,其收益分成按附表二的年限执行完毕,不因本合同期满而终止。` : `This contract runs for ${num(d.termYears, lang)} years from ${dateText(f.termStart, lang)}. Renewal and renegotiation follow the article on change, termination and expiry. Shares of achievements accepted during its term run to the end of their schedule.`);
  add(zh ? '变更、解除和终止' : 'Change, termination and expiry', procedural('revision', d, f, lang), [CONTRACT_LAW.cc39, CONTRACT_LAW.cc38]);
  add(zh ? '生效' : 'Entry into force', procedural('effect', d, f, lang), [CONTRACT_LAW.cc36, CONTRACT_LAW.dm20, CONTRACT_LAW.cc42]);
  return list;
}

export function innovationContract(d: InnovationDocData, f: DocumentsForm, lang: Lang, date: string): Doc {
  const zh = lang === 'zh';
  const blocks = contractBody(
    articles(d, f, lang).map((a) => ({ ...a, after: a.table ? [{ kind: 'table' as const, table: a.table }] : [] })),
    f,
    lang,
  );
  return {
    title: zh ? `${f.enterprise}职工技术创新专项集体合同` : `Special collective contract on workers' technical innovation, ${f.enterprise}`,
    subtitle: zh ? '(草案)' : '(Draft)',
    docNumber: f.docNumber,
    fingerprint: d.fingerprint,
    date,
    blocks,
    footnote: zh ? `本草案的数字来自方案“${d.scheme}”的创新奖励测算;条文可由双方协商修改。` : `The figures of this draft come from the innovation costing of the scheme "${d.scheme}"; the parties may change the wording.`,
  };
}

export function innovationCosting(d: InnovationDocData, f: DocumentsForm, lang: Lang, date: string): Doc {
  const zh = lang === 'zh';
  const r = d.result;
  const m = r.measures;
  const first = r.byYear[0]!;
  const blocks: Block[] = [
    { kind: 'heading', text: zh ? '一、测算结果' : '1. Results' },
    {
      kind: 'paragraph',
      indent: true,
      text: zh
        ? `按方案“${d.scheme}”的创新奖励规则,以现有 ${num(r.achievements.total.length, lang)} 项成果测算:${r.planYear} 年奖励 ${wan(first.paid, lang)}(其中一次性奖励 ${wan(first.paidOneOff, lang)},收益分成 ${wan(first.paidShares, lang)}),${r.years} 年合计 ${wan(r.totalPaid, lang)};同期成果收益 ${wan(r.totalYield, lang)},企业留存 ${r.keptShare === null ? '—' : pct(r.keptShare)}。`
        : `Under the innovation rules of "${d.scheme}", on the ${num(r.achievements.total.length, lang)} achievements so far: ${r.planYear} pays ${wan(first.paid, lang)} (one-off ${wan(first.paidOneOff, lang)}, yield shares ${wan(first.paidShares, lang)}); ${r.years} years ${wan(r.totalPaid, lang)}, against yields of ${wan(r.totalYield, lang)}, of which the enterprise keeps ${r.keptShare === null ? '—' : pct(r.keptShare)}.`,
    },
    { kind: 'table', table: byYearTable(d, f, lang) },
    { kind: 'heading', text: zh ? '二、谁得到奖励' : '2. Who is rewarded' },
    {
      kind: 'paragraph',
      indent: true,
      text: zh
        ? `${r.planYear} 年获得奖励的职工 ${num(m.innovators, lang)} 人(按等级见下表;成果完成人共 ${num(m.members, lang)} 人,其余完成人当年没有奖励),创新奖励占获奖职工收入的 ${pct(m.rewardShareInnovators)};获奖职工月增收中位数 ${num(m.medianRaiseInnovators ?? 0, lang)} 元,其他职工 ${num(m.medianRaiseOthers ?? 0, lang)} 元。${m.innovationPayToInnovators === null ? '' : `分配总额中按创新积分分配的部分,有 ${pct(m.innovationPayToInnovators, 1)} 给了获奖职工。`}`
        : `${num(m.innovators, lang)} workers are rewarded in ${r.planYear} (by grade below; ${num(m.members, lang)} are members of an achievement's team, the others without a reward that year); the rewards are ${pct(m.rewardShareInnovators)} of the rewarded workers' pay; their median monthly raise is CNY ${num(m.medianRaiseInnovators ?? 0, lang)}, the others' CNY ${num(m.medianRaiseOthers ?? 0, lang)}.${m.innovationPayToInnovators === null ? '' : ` Of the pool's money paid by innovation points, ${pct(m.innovationPayToInnovators, 1)} goes to the rewarded workers.`}`,
    },
    {
      kind: 'table',
      table: {
        title: zh ? `${r.planYear} 年按技能等级` : `By skill grade, ${r.planYear}`,
        header: zh ? ['等级', '人数', '获奖人数', '奖励(万元)'] : ['Grade', 'Workers', 'Rewarded', 'Rewards (CNY m)'],
        rows: r.byLevel.map((g) => [LEVEL_WORDS[g.group as keyof typeof LEVEL_WORDS]?.[lang] ?? g.group, num(g.workers, lang), num(g.recipients, lang), money(g.amount, lang)]),
      },
    },
    { kind: 'heading', text: zh ? '三、规则和依据' : '3. Rules and sources' },
    { kind: 'paragraph', indent: true, text: floorsText(d, lang) },
    sourceLine([LAW.serviceInvention], lang),
    { kind: 'paragraph', indent: true, text: capText(d, lang, f) },
    { kind: 'table', table: oneOffTable(d.rules, lang) },
    { kind: 'table', table: scheduleTable(d.rules, lang) },
    { kind: 'heading', text: zh ? '四、敏感性' : '4. Sensitivity' },
    {
      kind: 'table',
      table: {
        header: zh ? ['杠杆', '−20%:当年奖励 / 企业留存', '+20%:当年奖励 / 企业留存'] : ['Lever', '−20 %: rewards / kept', '+20 %: rewards / kept'],
        rows: r.sensitivity.map((s) => [LEVER[s.param][lang], `${wan(s.low.paid, lang)} / ${s.low.keptShare === null ? '—' : pct(s.low.keptShare, 1)}`, `${wan(s.high.paid, lang)} / ${s.high.keptShare === null ? '—' : pct(s.high.keptShare, 1)}`]),
      },
    },
    { kind: 'paragraph', indent: true, text: zh ? `成果收益的不确定性按收益的 ${pct(d.rules.band.low, 0)} 和 ${pct(d.rules.band.high, 0)} 测算(见按年测算表“收益低/高时”)。` : `The yields' uncertainty is taken as ${pct(d.rules.band.low, 0)} and ${pct(d.rules.band.high, 0)} of them (the low/high column).` },
  ];
  return {
    title: zh ? '职工技术创新奖励测算说明' : "Costing note: workers' innovation rewards",
    subtitle: f.enterprise,
    docNumber: f.docNumber,
    fingerprint: d.fingerprint,
    date,
    blocks,
  };
}

const LEVER = { yield: { zh: '成果收益', en: 'Yields' }, schedules: { zh: '分成比例', en: 'Yield shares' }, oneOff: { zh: '一次性奖励', en: 'One-off rewards' }, cap: { zh: '封顶额', en: 'Cap' } } as const;

export function buildInnovationDocument(kind: InnovationDocumentKind, d: InnovationDocData, f: DocumentsForm, lang: Lang, date: string): Doc {
  return kind === 'innovation-contract' ? innovationContract(d, f, lang, date) : innovationCosting(d, f, lang, date);
}
