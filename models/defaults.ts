/**
 * Default values of a scenario, chosen for a Jiangsu manufacturer, and where
 * each comes from. None of them is law: every number is a setting the user
 * edits. `verified: false` means the figure could not be confirmed against an
 * official text (see shared/research/domain.md); the UI shows such notes.
 */

export interface SettingNote {
  /** Dotted scenario path the note belongs to. */
  path: string;
  asOf: string;
  /** Where the figure comes from, in each language of the page. */
  source: { zh: string; en: string };
  verified: boolean;
}

export const DEFAULTS = {
  name: '未命名方案',
  mode: 'pool' as const,
  weights: { position: 0.4, skill: 0.3, innovation: 0.1, performance: 0.2 },
  skillCoefficients: { L1: 1.0, L2: 1.15, L3: 1.3, L4: 1.5, L5: 1.8, L6: 2.1, L7: 2.5, L8: 3.0 },
  performanceCoefficients: { A: 1.2, B: 1.1, C: 1.0, D: 0.8, E: 0.6 },
  scale: {
    positionRate: 8,
    skillRates: { L1: 0, L2: 300, L3: 600, L4: 1000, L5: 1500, L6: 2200, L7: 3000, L8: 4000 },
    innovationRate: 200,
  },
  raise: {
    percent: 0.05,
    minMonthly: 200,
    gradeExtra: { L1: 0, L2: 0, L3: 0, L4: 0, L5: 0, L6: 0, L7: 0, L8: 0 },
  },
  seniorityMonthlyPerYear: 40,
  seniorityCapYears: 20,
  minimumMonthlyWage: 2280,
  noLossGuarantee: true,
  guideline: { lower: 0.02, base: 0.05, upper: 0.08 },
  skillFloors: {
    shares: { basic: 1.05, important: 1.2, key: 1.5, core: 2.0 },
    lowestLevel: { basic: 'L1', important: 'L2', key: 'L3', core: 'L4' },
    stepKind: 'ratio' as 'ratio' | 'amount',
    step: 0.05,
  },
  projection: {
    years: 5,
    paths: 1000,
    seed: 1,
    poolGrowth: 0.05,
    promotion: { L1: 0.3, L2: 0.2, L3: 0.15, L4: 0.1, L5: 0.07, L6: 0.04, L7: 0.02 },
    attrition: 0.06,
    ratingShares: { A: 0.15, B: 0.3, C: 0.45, D: 0.07, E: 0.03 },
    cpi: 0.02,
  },
  /**
   * Technical-innovation rewards (docs/model.md §12): one-off rewards in 元 by kind and grade, yield-sharing schedules by
   * year, the statutory minimums for service inventions (applied as floors), no cap, counted in the wage bill.
   */
  innovation: {
    years: 5,
    oneOff: {
      suggestion: { first: 2000, second: 1000, third: 500, none: 200 },
      improvement: { first: 5000, second: 3000, third: 1500, none: 500 },
      breakthrough: { first: 10000, second: 6000, third: 3000, none: 1000 },
      invention: { first: 10000, second: 8000, third: 6000, none: 4000 },
      utility: { first: 4000, second: 3000, third: 2000, none: 1500 },
      design: { first: 3000, second: 2000, third: 1500, none: 1500 },
      software: { first: 3000, second: 2000, third: 1000, none: 500 },
      method: { first: 3000, second: 2000, third: 1000, none: 500 },
    },
    schedules: { saving: [0.08], profit: [0.12, 0.1, 0.08, 0.06, 0.02], licence: [0.5, 0.5, 0.5, 0.5, 0.5] },
    statutory: { inventionReward: 4000, utilityReward: 1500, designReward: 1500, useShare: 0.05, useYears: 3, licenceShare: 0.5 },
    band: { low: 0.5, high: 1.5 },
  },
};

export const SETTING_NOTES: SettingNote[] = [
  {
    path: 'minimumMonthlyWage',
    asOf: '2022-04-01',
    source: {
      zh: '人社部全国最低工资标准表:江苏一类地区 2280 元/月。另有报道称 2660 元(苏人社规〔2025〕3号,2025-12-29),未核实:请以本地区档次的现行通知为准。',
      en: "Ministry of Human Resources national minimum-wage table: Jiangsu tier-1 areas 2,280 CNY a month. A figure of 2,660 CNY (Jiangsu notice 2025 No. 3, 2025-12-29) is reported but unverified: check the current notice for your area's tier.",
    },
    verified: true,
  },
  {
    path: 'guideline',
    asOf: '2026-11-25',
    source: {
      zh: '下线/基准线/上线 2%/5%/8% 为占位值:未找到江苏 2024/2025 年企业工资指导线。请填写当年公布的数值。',
      en: 'Placeholder lower/base/upper lines of 2 %/5 %/8 %: the Jiangsu wage guideline for 2024/2025 was not found. Enter the figures published for your year.',
    },
    verified: false,
  },
  {
    path: 'performanceCoefficients',
    asOf: '2026-11-25',
    source: {
      zh: '企业惯例,并非标准:A 1.2 / B 1.1 / C 1.0 / D 0.8 / E 0.6。请按本企业考核办法填写。',
      en: 'Company practice, not a standard: A 1.2 / B 1.1 / C 1.0 / D 0.8 / E 0.6. Use your appraisal rules.',
    },
    verified: false,
  },
  {
    path: 'skillCoefficients',
    asOf: '2026-11-25',
    source: {
      zh: '官方没有规定技能等级之间的系数(2021 年《技能人才薪酬分配指引》未给出)。每级 15–20% 的级差是待协商的假设。',
      en: 'No official ratio between skill grades exists (the 2021 guide on pay for skilled workers gives none). Steps of 15–20 % a grade are an assumption to negotiate.',
    },
    verified: false,
  },
  {
    path: 'seniorityMonthlyPerYear',
    asOf: '2026-11-25',
    source: {
      zh: '工龄工资属企业惯例(劳动法第 46、47 条交由用人单位确定);常见做法为每年 30–50 元/月,封顶 10–20 年。',
      en: 'Seniority pay is company practice (Labour Law art. 46/47 leave it to the employer); 30–50 CNY a month per year, capped at 10–20 years, is common.',
    },
    verified: false,
  },
  {
    path: 'annualPool',
    asOf: '2026-11-25',
    source: {
      zh: '未设定时,分配总额 = 普通职工现行工资总额按指导线基准线增长后,减去其工龄工资;这样分配总额加工龄工资正好按基准线增长。',
      en: "When not set, the pool is the regular workers' current wage bill grown by the guideline base line, less their seniority pay, so that the pool plus seniority grows the bill at the base line.",
    },
    verified: true,
  },
  {
    path: 'skillFloors',
    asOf: '2025-11-05',
    source: {
      zh: '人社厅发〔2025〕52号《技能人才最低工资分类参考指引》:基础类/重要类/关键类/核心类岗位最低等级分别不低于当地最低工资的 105%/120%/150%/200%(据中国教育报 2025-12-29)。各类别的最低等级和逐级上浮幅度(此处每级 5%)指引未规定,请协商确定。',
      en: 'Ministry notice 2025 No. 52 (reference guide to minimum pay of skilled workers by category): the lowest grade of basic/important/key/core posts at no less than 105 %/120 %/150 %/200 % of the local minimum wage (China Education Daily, 2025-12-29). The lowest grade of each category and the step between grades (5 % a grade here) are not set by the guide: agree them.',
    },
    verified: false,
  },
  {
    path: 'projection',
    asOf: '2026-11-25',
    source: {
      zh: '晋升、流失和考核分布比例仅为示意(据工人日报 2021-03-19 对指引的报道,初级等级约 2–3 年晋升一级);请换成本企业的历史数据。',
      en: "Promotion, attrition and appraisal shares are illustrative (promotion every 2–3 years at entry grades, per Workers' Daily, 2021-03-19, on the guide); replace them with your plant's history.",
    },
    verified: false,
  },
];

SETTING_NOTES.push(
  {
    path: 'innovation.schedules',
    asOf: '2024-09-01',
    source: {
      zh: '企业惯例,并非标准:常州一家企业的职工技术创新专项集体合同按五年分享新增利润的 12%/10%/8%/6%/2%(工人日报 2024-09 报道);河南一家企业对技改按节约额的 8% 奖励(工人日报 2023)。请按本企业协商确定。',
      en: "Company practice, not a standard: one Changzhou enterprise's special contract on technical innovation shares 12 %/10 %/8 %/6 %/2 % of the added profit over five years (Workers' Daily, 2024-09); a Henan enterprise rewards technical changes with 8 % of the saving (Workers' Daily, 2023). Agree your own.",
    },
    verified: false,
  },
  {
    path: 'innovation.oneOff',
    asOf: '2024-09-01',
    source: {
      zh: '企业惯例,并非标准:浙江台州一家企业专利奖 300–2000 元、革新奖 100–1500 元(工人日报报道)。专利的一次性奖励默认不低于《专利法实施细则》第九十三条的 4000/1500 元。',
      en: "Company practice, not a standard: a Taizhou (Zhejiang) enterprise pays 300–2,000 CNY for a patent and 100–1,500 CNY for an improvement (Workers' Daily). The patents' one-off rewards default to at least the 4,000/1,500 CNY of the Patent Law's implementing rules, art. 93.",
    },
    verified: false,
  },
  {
    path: 'innovation.statutory',
    asOf: '2024-01-20',
    source: {
      zh: '《专利法实施细则》(2023年12月11日修订,2024年1月20日起施行)第九十三条:发明专利奖金不少于 4000 元,实用新型、外观设计不少于 1500 元;第九十四条依照《促进科技成果转化法》第四十五条:自行实施的,连续三至五年每年不低于营业利润的 5%;转让、许可的,不低于净收入的 50%。这些是单位与发明人没有约定、也没有规章制度时的法定标准(第九十二条)。2010 年的 3000/1000 元和 2%/10% 已不是现行规定。',
      en: 'Implementing Rules of the Patent Law (revised 2023-12-11, in force 2024-01-20), art. 93: at least 4,000 CNY for an invention patent, 1,500 CNY for a utility model or design; art. 94, by the Law on Promoting the Transformation of Achievements, art. 45: own use, at least 5 % of the operating profit each year for three to five years; transfer or licence, at least 50 % of the net income. These apply where the unit has neither agreed with the inventors nor set its own rules (art. 92). The 2010 figures (3,000/1,000 CNY; 2 %, 10 %) are no longer in force.',
    },
    verified: true,
  },
  {
    path: 'innovation.inWageBill',
    asOf: '1990-01-01',
    source: {
      zh: '《关于工资总额组成的规定》(国家统计局令第1号)第十一条第(一)项:按国务院规定颁发的创造发明奖、合理化建议和技术改进奖等不列入工资总额;企业自定的创新奖励一般属第七条的奖金,计入工资总额。这是解读,不是原文规定:请按本地统计口径选择。',
      en: 'Provisions on the Composition of the Wage Bill (NBS Order No. 1), art. 11(1): invention, rationalisation and improvement awards paid under State Council rules are outside the wage bill; an enterprise\'s own innovation bonus is most likely a bonus under art. 7, inside it. A reading, not a quoted rule: choose by your local statistics practice.',
    },
    verified: false,
  },
);

/** Minimum-wage presets offered in the UI: dated, with the source named. */
export const MINIMUM_WAGE_PRESETS = [
  { label: { zh: '江苏一类 2280(2022-04-01,人社部表)', en: 'Jiangsu tier 1: 2,280 (2022-04-01, ministry table)' }, value: 2280, asOf: '2022-04-01', verified: true },
  { label: { zh: '江苏一类 2490(2025 年在用,未核实)', en: 'Jiangsu tier 1: 2,490 (in force in 2025, unverified)' }, value: 2490, asOf: '2025-01-01', verified: false },
  { label: { zh: '江苏二类 2260(2025 年在用,未核实)', en: 'Jiangsu tier 2: 2,260 (in force in 2025, unverified)' }, value: 2260, asOf: '2025-01-01', verified: false },
  { label: { zh: '江苏三类 2010(2025 年在用,未核实)', en: 'Jiangsu tier 3: 2,010 (in force in 2025, unverified)' }, value: 2010, asOf: '2025-01-01', verified: false },
  { label: { zh: '江苏一类 2660(苏人社规〔2025〕3号,2025-12-29 公布,未核实)', en: 'Jiangsu tier 1: 2,660 (Jiangsu notice 2025 No. 3, published 2025-12-29, unverified)' }, value: 2660, asOf: '2025-12-29', verified: false },
];
