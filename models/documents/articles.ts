/**
 * The articles of a draft 工资专项集体合同 on 能级工资: what the 2000 measures
 * say a wage agreement covers and what local templates add — the pay system
 * and its table, the level and its growth, minimum guarantees (minimum wage,
 * skill-talent floors by post category, what happens to anyone paid less),
 * technical innovation, allowances, master craftsmen, the pay date, overtime,
 * pay in special periods, women workers, the binding clause, supervision,
 * liability, change and termination, disputes, entry into force. Each has
 * sensible default wording (editable in the page), the legal source it rests
 * on, and a condition: an article whose figure is empty (no allowances, no
 * craftsmen) is left out, not printed with "0" or "见附表".
 */
import type { Citation } from './rules';
import type { DocumentData } from './data';

type Words = { zh: string; en: string };

export interface Article {
  id: string;
  title: Words;
  /** Default wording; {{placeholders}} are filled from the model and the form (`PLACEHOLDERS`). */
  text: Words;
  /** The rules the article rests on, printed under it. */
  sources: Citation[];
  /** Left out when false (its figure is empty for this scheme). */
  when?: (d: DocumentData) => boolean;
  /** A table the article carries. */
  table?: 'payTable' | 'packages';
}

/** The articles of law the contracts cite (the wage contract and the innovation contract alike). */
export const LAW = {
  labour44: { zh: '《劳动法》第四十四条', en: 'Labour Law, art. 44', verified: false },
  lcl20: { zh: '《劳动合同法》第二十条', en: 'Labour Contract Law, art. 20', verified: true },
  lcl51: { zh: '《劳动合同法》第五十一条、第五十二条', en: 'Labour Contract Law, arts. 51–52', verified: true },
  lcl55: { zh: '《劳动合同法》第五十五条', en: 'Labour Contract Law, art. 55', verified: true },
  lcl56: { zh: '《劳动合同法》第五十六条', en: 'Labour Contract Law, art. 56', verified: true },
  pay7: { zh: '《工资支付暂行规定》第七条', en: 'Provisional Regulations on Wage Payment, art. 7', verified: true },
  pay12: { zh: '《工资支付暂行规定》第十二条', en: 'Provisional Regulations on Wage Payment, art. 12', verified: true },
  pay13: { zh: '《工资支付暂行规定》第十三条', en: 'Provisional Regulations on Wage Payment, art. 13', verified: true },
  women5: { zh: '《女职工劳动保护特别规定》第五条、第七条、第八条', en: 'Special Rules on the Labour Protection of Female Employees, arts. 5, 7, 8', verified: true },
  sick59: { zh: '劳动部《关于贯彻执行〈中华人民共和国劳动法〉若干问题的意见》第59条', en: 'Ministry of Labour, Opinions on the Labour Law, art. 59', verified: false },
  leave: { zh: '国家劳动总局《关于国营企业职工请婚丧假和路程假问题的通知》(1980年)', en: 'National Labour Bureau notice on marriage and funeral leave (1980)', verified: false },
  cc36: { zh: '《集体合同规定》第三十六条', en: 'Regulations on Collective Contracts, art. 36', verified: true },
  cc38: { zh: '《集体合同规定》第三十八条', en: 'Regulations on Collective Contracts, art. 38', verified: true },
  cc39: { zh: '《集体合同规定》第三十九条至第四十一条', en: 'Regulations on Collective Contracts, arts. 39–41', verified: true },
  cc42: { zh: '《集体合同规定》第四十二条、第四十五条至第四十七条', en: 'Regulations on Collective Contracts, arts. 42, 45–47', verified: true },
  cc28: { zh: '《集体合同规定》第二十八条', en: 'Regulations on Collective Contracts, art. 28', verified: true },
  wb7: { zh: '《工资集体协商试行办法》第七条', en: 'Trial Measures on Collective Wage Bargaining, art. 7', verified: false },
  wb22: { zh: '《工资集体协商试行办法》第二十二条、第二十三条', en: 'Trial Measures on Collective Wage Bargaining, arts. 22–23', verified: true },
  dm20: { zh: '《企业民主管理规定》第二十条', en: 'Provisions on the Democratic Management of Enterprises, art. 20', verified: true },
  minWage12: { zh: '《最低工资规定》第十二条', en: 'Provisions on Minimum Wages, art. 12', verified: false },
  wb: { zh: '《工资集体协商试行办法》(2000年)', en: 'Trial Measures on Collective Wage Bargaining (2000)', verified: true },
  floors: { zh: '《技能人才最低工资分类参考指引》(人社厅发〔2025〕52号)', en: 'Reference Guide on Minimum Pay of Skilled Workers by Category (MOHRSS, 2025, No. 52)', verified: false },
  lcl35: { zh: '《劳动合同法》第三十五条', en: 'Labour Contract Law, art. 35', verified: true },
} satisfies Record<string, Citation>;

export const CONTRACT_ARTICLES: Article[] = [
  {
    id: 'parties',
    title: { zh: '订立依据和双方', en: 'Basis and parties' },
    text: { zh: '本合同由{{enterprise}}(以下简称甲方,首席代表{{enterpriseRep}})与{{union}}(以下简称乙方,首席代表{{unionRep}})代表甲方全体职工(签订时 {{headcount}} 人),依照《劳动法》《劳动合同法》《工资集体协商试行办法》《集体合同规定》和江苏省集体协商有关规定,经平等协商订立,适用于甲方全体职工。', en: 'This contract is made by {{enterprise}} (the enterprise; chief representative {{enterpriseRep}}) and {{union}} (the union; chief representative {{unionRep}}), for all {{headcount}} workers at signing, after equal bargaining, under the Labour Law, the Labour Contract Law, the Trial Measures on Collective Wage Bargaining, the Regulations on Collective Contracts and Jiangsu\'s rules on collective bargaining. It applies to every worker of the enterprise.' },
    sources: [LAW.lcl51, LAW.wb],
  },
  {
    id: 'term',
    title: { zh: '合同期限', en: 'Term' },
    text: { zh: '本合同期限{{termYears}}年,自{{termStart}}起至{{termEnd}}止。{{retroactive}}', en: 'This contract runs for {{termYears}} year(s), from {{termStart}} to {{termEnd}}. {{retroactive}}' },
    sources: [LAW.cc38],
  },
  {
    id: 'system',
    title: { zh: '工资分配制度与能级工资表', en: 'The pay system and the pay table by grade' },
    text: { zh: '甲方实行{{mode}}的能级工资制度,按岗位价值、能力素质、创新创造、业绩贡献分配,多劳者多得、技高者多得、创新者多得。每名职工的月工资按附件一《工资计算办法》计算,附件一与本合同具有同等效力。按附件一计算的各技能等级平均月工资见下表。', en: 'The enterprise pays by grade through {{mode}}, by position value, skill, innovation and performance. Each worker\'s monthly pay is computed by Annex 1 (the pay rule), which binds as this contract does. Mean monthly pay by grade under Annex 1 is in the table below.' },
    sources: [LAW.wb7],
    table: 'payTable',
  },
  {
    id: 'level',
    title: { zh: '工资水平及调整', en: 'The pay level and its adjustment' },
    text: { zh: '自{{termStart}}起,甲方按附件一支付工资:按全年计,年工资总额由{{wageBillToday}}调整为{{wageBill}},增长{{growth}}({{guideline}}),职工月增资中位数为{{medianRaise}}。此后,每名职工按附件一计算的月工资{{tranches}}。据此,合同各年度的工资总额为:{{costByYear}}。{{fullYearEffect}}', en: 'From {{termStart}} the enterprise pays by Annex 1: for a full year the wage bill moves from {{wageBillToday}} to {{wageBill}}, {{growth}} ({{guideline}}), a median raise of {{medianRaise}} a month. Then each worker\'s pay under Annex 1 rises: {{tranches}}. The wage bill by contract year is therefore: {{costByYear}}. {{fullYearEffect}}' },
    sources: [LAW.wb],
  },
  {
    id: 'growth',
    title: { zh: '工资增长机制', en: 'How pay grows' },
    text: { zh: '{{yearly}}一线职工工资增长幅度原则上不低于管理人员;技能等级晋升的职工,自晋升次月起执行新等级的工资。', en: '{{yearly}} Front-line workers\' pay grows, in principle, no less than managers\'; a worker promoted to a higher grade is paid at it from the following month.' },
    sources: [LAW.wb],
  },
  {
    id: 'floors',
    title: { zh: '最低保障', en: 'Minimum guarantees' },
    text: { zh: '职工在法定工作时间内提供正常劳动的,月工资不低于当地最低工资标准{{minimumWage}}(不含加班加点工资、特殊工作环境条件下的津贴和法定福利待遇)。技能人才月工资不低于下列标准:{{floorsByCategory}}。{{noLoss}}', en: 'A worker who works normal hours is paid no less than the local minimum wage of {{minimumWage}} a month (overtime, allowances for special conditions and statutory benefits not counted). Skilled workers are paid at least: {{floorsByCategory}}. {{noLoss}}' },
    sources: [LAW.floors, LAW.minWage12, LAW.lcl35, LAW.lcl55],
  },
  {
    id: 'innovation',
    title: { zh: '技术创新奖励', en: 'Rewards for technical innovation' },
    text: { zh: '甲方每年安排技术创新奖励{{innovation}},按职工创新成果积分分配,计入工资总额。职工技术创新的奖励标准和成果收益分享,可另行订立职工技术创新专项集体合同。', en: 'Each year the enterprise sets aside {{innovation}} for technical innovation, shared by innovation points, within the wage bill. Reward standards and the sharing of gains from workers\' innovations may be set in a special collective contract on technical innovation.' },
    sources: [LAW.wb],
    when: (d) => d.innovation !== null && d.innovation > 0,
  },
  {
    id: 'allowances',
    title: { zh: '津贴', en: 'Allowances' },
    text: { zh: '能级津贴、师带徒津贴和班组长津贴按方案标准执行,全年合计{{allowances}},计入工资总额。', en: 'Grade, apprentice-teaching and team-leader allowances are paid as the scheme sets, {{allowances}} a year in total, within the wage bill.' },
    sources: [LAW.wb],
    when: (d) => d.answer.summary.allowances > 0,
  },
  {
    id: 'craftsmen',
    title: { zh: '高技能人才薪酬', en: 'Pay of master craftsmen' },
    text: { zh: '对附件二所列高技能人才,经协商实行年薪制、协议工资制或股权激励,按附件二执行,不适用附件一及其保底;其现金收入计入工资总额,股权激励不计入工资总额。', en: 'The master craftsmen of Annex 2 are paid an annual salary or an agreement wage, or granted equity, by agreement, as Annex 2 sets — not by Annex 1 nor its guarantee; their cash is in the wage bill, equity is not.' },
    sources: [LAW.wb],
    when: (d) => d.packages.length > 0,
  },
  {
    id: 'payment',
    title: { zh: '工资支付', en: 'Payment' },
    text: { zh: '甲方以货币形式按月足额支付工资,每月15日前支付上月工资;遇节假日或休息日,提前到最近的工作日支付。甲方向职工提供工资清单,载明各项目和扣除;不得克扣或者无故拖欠工资。', en: 'Wages are paid in money, in full, every month, by the 15th for the month before; when that day is a holiday or a rest day, on the working day before it. Each worker gets a payslip listing every item and deduction; no deduction beyond the law and no delay.' },
    sources: [LAW.pay7],
  },
  {
    id: 'overtime',
    title: { zh: '加班加点工资', en: 'Overtime pay' },
    text: { zh: '加班加点工资以职工本人正常工作时间工资为计算基数,且不低于当地最低工资标准。安排延长工作时间的,支付不低于工资150%的报酬;休息日工作又不能安排补休的,支付不低于200%;法定休假日工作的,支付不低于300%。', en: 'Overtime is paid on the worker\'s own normal-hours wage, never less than the local minimum wage: at least 150 % for hours beyond the normal day, 200 % for work on a rest day not made up by time off, and 300 % on a statutory holiday.' },
    sources: [LAW.labour44, LAW.pay13],
  },
  {
    id: 'special',
    title: { zh: '特殊情况下的工资', en: 'Pay in special periods' },
    text: { zh: '试用期工资不低于本单位相同岗位最低档工资或者劳动合同约定工资的80%,并不低于当地最低工资标准。病假工资按国家和本省规定执行,不低于当地最低工资标准的80%。女职工产假期间享受生育津贴;婚假、丧假期间照发工资。非因职工原因停工停产在一个工资支付周期内的,按劳动合同约定的标准支付工资;超过一个工资支付周期的,按国家和本省规定支付。', en: 'Pay during probation is at least 80 % of the lowest pay of the same post or of the contract wage, and never below the minimum wage. Sick pay follows national and provincial rules and is at least 80 % of the minimum wage. Women on maternity leave receive the maternity allowance; pay continues during marriage and funeral leave. In a stoppage not caused by the workers, the contract wage is paid for one pay period, and national and provincial rules apply after that.' },
    sources: [LAW.lcl20, LAW.sick59, LAW.women5, LAW.leave, LAW.pay12],
  },
  {
    id: 'women',
    title: { zh: '女职工特殊保护', en: 'Women workers' },
    text: { zh: '男女同工同酬。甲方不得因女职工怀孕、生育、哺乳降低其工资;女职工按国家规定享受产假和哺乳时间,期间的工资和晋级调资不受影响。', en: 'Men and women are paid equally for equal work. No woman\'s pay is lowered for pregnancy, childbirth or nursing; maternity leave and nursing time are given as the state provides, without loss of pay or of promotion.' },
    sources: [LAW.women5],
  },
  {
    id: 'binding',
    title: { zh: '对劳动合同的约束', en: 'Individual labour contracts' },
    text: { zh: '甲方与职工订立或者变更的劳动合同中,劳动报酬标准不得低于本合同规定的标准;低于本合同标准的,按本合同执行。', en: 'No individual labour contract made or changed by the enterprise may set pay below the standards of this contract; where one does, this contract applies.' },
    sources: [LAW.lcl55],
  },
  {
    id: 'supervision',
    title: { zh: '履行监督和绩效考核', en: 'Supervision and appraisal' },
    text: { zh: '双方每半年共同检查一次本合同的履行情况。绩效考核标准和结果向职工公开,职工对考核结果有异议的,可以向乙方或者甲方人力资源部门提出,甲方应当在15日内书面答复。', en: 'Both sides review how this contract is kept every six months. Appraisal standards and results are made known to the workers; a worker who disputes a result may raise it with the union or the personnel department, and the enterprise answers in writing within 15 days.' },
    sources: [LAW.wb],
  },
  {
    id: 'liability',
    title: { zh: '违约责任', en: 'Liability' },
    text: { zh: '甲方违反本合同,侵犯职工劳动权益的,乙方可以依法要求甲方承担责任;甲方未按本合同支付工资的,应当补足差额。', en: 'Where the enterprise breaks this contract and infringes workers\' rights, the union may hold it liable as the law provides; pay not paid as this contract sets is made up in full.' },
    sources: [LAW.lcl56],
  },
  {
    id: 'revision',
    title: { zh: '变更、解除和终止', en: 'Change, termination and expiry' },
    text: { zh: '双方协商一致,或者甲方因兼并、解散、破产等原因或者因不可抗力致使本合同无法履行的,可以变更或者解除本合同;变更或者解除适用集体协商程序。本合同期满或者双方约定的终止条件出现,即行终止。{{renegotiate}}', en: 'This contract may be changed or ended by agreement, or when a merger, dissolution, bankruptcy or force majeure makes it impossible to keep; a change or ending follows the bargaining procedure. It ends at expiry or when an agreed condition of ending occurs. {{renegotiate}}' },
    sources: [LAW.cc39, LAW.cc38],
  },
  {
    id: 'disputes',
    title: { zh: '争议处理', en: 'Disputes' },
    text: { zh: '因履行本合同发生争议,双方协商解决;协商不成的,乙方可以依法申请仲裁、提起诉讼。', en: 'Disputes over this contract are settled by consultation; failing that, the union may apply for arbitration or go to court as the law provides.' },
    sources: [LAW.lcl56],
  },
  {
    id: 'representatives',
    title: { zh: '协商代表的保护', en: 'Protection of the negotiators' },
    text: { zh: '乙方协商代表在履行协商代表职责期间劳动合同期满的,劳动合同期限自动延长至完成履行协商代表职责之时;除严重违反劳动纪律或者甲方依法制定的规章制度、严重失职或者营私舞弊对甲方利益造成重大损害、被依法追究刑事责任的以外,甲方不得与其解除劳动合同。乙方协商代表履行职责期间,甲方无正当理由不得调整其工作岗位。', en: 'A union negotiator whose labour contract ends while serving has it extended until the service ends; the enterprise may not dismiss him except for a serious breach of discipline or of its lawful rules, serious neglect or graft causing it great harm, or a criminal conviction; nor move him to another post without good reason while he serves.' },
    sources: [LAW.cc28],
  },
  {
    id: 'other',
    title: { zh: '未尽事宜和附件', en: 'Other matters and annexes' },
    text: { zh: '本合同未尽事宜,按国家和本省有关规定执行;国家和本省规定调整的,按新规定执行,本合同与之不符的条款由双方协商修订。本合同的附件:{{annexList}}。附件与本合同具有同等效力。', en: 'Matters this contract does not cover follow national and provincial rules; where those rules change, the new rules apply and clauses in conflict are revised by agreement. Annexes: {{annexList}}. The annexes bind as this contract does.' },
    sources: [LAW.wb],
  },
  {
    id: 'effect',
    title: { zh: '生效', en: 'Entry into force' },
    text: { zh: '本合同草案经职工代表大会审议,在全体职工代表三分之二以上出席、采用无记名投票方式表决并经全体职工代表过半数同意后通过,由双方首席代表签字,甲方加盖印章;本合同于{{signingDate}}签订。甲方自签字之日起{{fileDays}}日内将本合同一式三份及说明报送{{authority}}审查。{{authority}}送达无异议的审查意见书的,本合同即行生效;自收到文本之日起{{reviewDays}}日内未提出异议的,本合同即行生效(按最后报送日计,最迟于{{inForceBy}}生效)。{{authority}}提出异议的,双方就异议事项重新协商修改,按上述程序重新报送审查。甲方应当自生效之日起{{publishDays}}日内向全体职工公布。本合同一式{{copies}}份,甲乙双方各执一份,报送审查三份,具有同等效力。', en: 'The draft is approved by the workers\' congress — two thirds or more of all representatives present, a secret ballot, and more than half of all representatives in favour — then signed by both chief representatives and sealed by the enterprise; it is signed on {{signingDate}}. The enterprise files three copies with an explanation with the {{authority}} within {{fileDays}} days of signing. It takes effect when the authority serves a review opinion without objection, or when no objection is raised within {{reviewDays}} days of receipt (by {{inForceBy}} at the latest, counted from the last filing day). Where the authority objects, both sides renegotiate the clauses objected to and file again by the same procedure. The enterprise publishes it to all workers within {{publishDays}} days of entry into force. It is made in {{copies}} copies of equal force: one for each side and three filed.' },
    sources: [LAW.cc36, LAW.dm20, LAW.wb22, LAW.cc42],
  },
];

/** The placeholders an article's wording may use. */
export const PLACEHOLDERS = ['enterprise', 'union', 'enterpriseRep', 'unionRep', 'headcount', 'costByYear', 'fullYearEffect', 'yearly', 'copies', 'signingDate', 'inForceBy', 'annexList', 'termYears', 'termStart', 'termEnd', 'retroactive', 'mode', 'fingerprint', 'wageBillToday', 'wageBill', 'growth', 'guideline', 'tranches', 'medianRaise', 'minimumWage', 'floorsByCategory', 'noLoss', 'innovation', 'allowances', 'fileDays', 'reviewDays', 'publishDays', 'authority', 'renegotiate'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/**
 * An article's wording with its placeholders filled. Only the names listed
 * in PLACEHOLDERS are looked up, as own keys (`{{constructor}}` and the like
 * stay as written, never a function's source); anything else stays as typed.
 */
export function fillArticle(text: string, values: Readonly<Partial<Record<Placeholder, string>>>): string {
  const known = new Set<string>(PLACEHOLDERS);
  return text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (known.has(k) && Object.prototype.hasOwnProperty.call(values, k) ? values[k as Placeholder]! : m));
}
