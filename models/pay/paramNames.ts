/**
 * Every parameter of a scheme by the name a negotiator uses, and its value in
 * the unit it is set in: one table for the page (what "use it" or another
 * tab would change), the documents (sensitivity rows, differences) and the
 * CLI. A code name such as `weights.position` never reaches a reader.
 */
import { LEVELS, type Level } from '../types';

type Lang = 'zh' | 'en';
type Words = { zh: string; en: string };

export const LEVEL_WORDS: Record<Level, Words> = {
  L1: { zh: '学徒工', en: 'Apprentice' },
  L2: { zh: '初级工', en: 'Junior worker' },
  L3: { zh: '中级工', en: 'Intermediate worker' },
  L4: { zh: '高级工', en: 'Senior worker' },
  L5: { zh: '技师', en: 'Technician' },
  L6: { zh: '高级技师', en: 'Senior technician' },
  L7: { zh: '特级技师', en: 'Principal technician' },
  L8: { zh: '首席技师', en: 'Chief technician' },
};
export const RATING_WORDS: Record<string, Words> = { A: { zh: '优秀', en: 'A' }, B: { zh: '良好', en: 'B' }, C: { zh: '合格', en: 'C' }, D: { zh: '基本合格', en: 'D' }, E: { zh: '不合格', en: 'E' } };
const CATEGORY_WORDS: Record<string, Words> = { basic: { zh: '基础类岗位', en: 'basic posts' }, important: { zh: '重要类岗位', en: 'important posts' }, key: { zh: '关键类岗位', en: 'key posts' }, core: { zh: '核心类岗位', en: 'core posts' } };

/** How a value of the parameter is shown. */
type Unit = 'wan' | 'yuanMonth' | 'yuanYear' | 'pct' | 'coef' | 'years' | 'bool' | 'mode' | 'count' | 'text' | 'level' | 'shareOfMinWage';

const LEAVES: Record<string, Words & { unit: Unit }> = {
  name: { zh: '方案名称', en: 'Scheme name', unit: 'text' },
  mode: { zh: '方案类型', en: 'Kind of scheme', unit: 'mode' },
  annualPool: { zh: '分配总额', en: 'Pool', unit: 'wan' },
  'weights.position': { zh: '岗位价值权重', en: 'Position-value weight', unit: 'pct' },
  'weights.skill': { zh: '能力素质(技能)权重', en: 'Skill weight', unit: 'pct' },
  'weights.innovation': { zh: '创新创造权重', en: 'Innovation weight', unit: 'pct' },
  'weights.performance': { zh: '业绩贡献权重', en: 'Performance weight', unit: 'pct' },
  'scale.positionRate': { zh: '每个岗位价值点数的月工资', en: 'Monthly pay per job point', unit: 'yuanMonth' },
  'scale.innovationRate': { zh: '每个创新积分的年奖励', en: 'Yearly reward per innovation point', unit: 'yuanYear' },
  'raise.percent': { zh: '普调比例', en: 'General raise', unit: 'pct' },
  'raise.minMonthly': { zh: '每人每月至少增加', en: 'Minimum raise a month', unit: 'yuanMonth' },
  seniorityMonthlyPerYear: { zh: '工龄工资(每年工龄每月)', en: 'Seniority pay (a month per year of service)', unit: 'yuanMonth' },
  seniorityCapYears: { zh: '工龄工资封顶年数', en: 'Seniority counted up to (years)', unit: 'years' },
  minimumMonthlyWage: { zh: '当地最低工资标准', en: 'Local minimum wage', unit: 'yuanMonth' },
  noLossGuarantee: { zh: '保底(任何人不低于现工资)', en: 'No-loss guarantee', unit: 'bool' },
  'guideline.lower': { zh: '工资指导线下线', en: 'Wage guideline, lower line', unit: 'pct' },
  'guideline.base': { zh: '工资指导线基准线', en: 'Wage guideline, base line', unit: 'pct' },
  'guideline.upper': { zh: '工资指导线上线', en: 'Wage guideline, upper line', unit: 'pct' },
  craftsmen: { zh: '工匠薪酬包', en: 'Master craftsmen\'s packages', unit: 'count' },
  'skillFloors.stepKind': { zh: '技能人才最低工资逐级上浮方式', en: 'Skill-talent floor step kind', unit: 'text' },
  'skillFloors.step': { zh: '技能人才最低工资逐级上浮幅度', en: 'Skill-talent floor step', unit: 'coef' },
  'equityPlan.sharesOutstanding': { zh: '公司总股本', en: 'Shares outstanding', unit: 'count' },
  'equityPlan.existingPlanShares': { zh: '在有效期内的激励计划已授股数', en: 'Shares under plans in effect', unit: 'count' },
  'allowances.perApprentice': { zh: '师带徒津贴(每名徒弟每月)', en: 'Allowance per apprentice taught, a month', unit: 'yuanMonth' },
  'allowances.teamLeader': { zh: '班组长津贴(每月)', en: 'Team-leader allowance, a month', unit: 'yuanMonth' },
  'allowances.formula': { zh: '按公式的津贴', en: 'Allowance by formula', unit: 'text' },
  'takeHome.bonusApart': { zh: '工匠绩效年薪按年终奖单独计税', en: 'Craftsman performance pay taxed apart as a bonus', unit: 'bool' },
  'takeHome.deductionsMonthly': { zh: '专项附加扣除(每人每月)', en: 'Special additional deductions, a month', unit: 'yuanMonth' },
  'takeHome.contributions.preset': { zh: '社保公积金缴费预设', en: 'Contribution preset', unit: 'text' },
  projection: { zh: '多年预测设定', en: 'Projection settings', unit: 'text' },
  // Sensitivity groups (models/bargaining/bargaining.ts `tornado`): several parameters moved together.
  'skillCoefficients.spread': { zh: '技能等级系数级差', en: 'Spread of the grade coefficients', unit: 'coef' },
  'performanceCoefficients.spread': { zh: '考核系数级差', en: 'Spread of the rating coefficients', unit: 'coef' },
  performanceCoefficients: { zh: '考核系数(全部)', en: 'Rating coefficients (all)', unit: 'coef' },
  skillCoefficients: { zh: '技能等级系数(全部)', en: 'Grade coefficients (all)', unit: 'coef' },
  'scale.skillRates': { zh: '各等级技能工资标准(全部)', en: 'Skill pay by grade (all grades)', unit: 'yuanMonth' },
  'raise.gradeExtra': { zh: '分等级加调(全部等级)', en: 'Extra raise by grade (all grades)', unit: 'pct' },
  'allowances.byGrade': { zh: '能级津贴(全部等级)', en: 'Grade allowances (all grades)', unit: 'yuanMonth' },
};

const PATTERNS: { re: RegExp; words: (m: RegExpExecArray) => Words; unit: Unit }[] = [
  { re: /^skillCoefficients\.(L[1-8])$/, words: (m) => ({ zh: `技能等级系数(${LEVEL_WORDS[m[1] as Level].zh})`, en: `Grade coefficient (${LEVEL_WORDS[m[1] as Level].en})` }), unit: 'coef' },
  { re: /^performanceCoefficients\.([A-E])$/, words: (m) => ({ zh: `考核系数(${RATING_WORDS[m[1]!]!.zh})`, en: `Rating coefficient (${m[1]})` }), unit: 'coef' },
  { re: /^scale\.skillRates\.(L[1-8])$/, words: (m) => ({ zh: `技能工资标准(${LEVEL_WORDS[m[1] as Level].zh})`, en: `Skill pay (${LEVEL_WORDS[m[1] as Level].en})` }), unit: 'yuanMonth' },
  { re: /^raise\.gradeExtra\.(L[1-8])$/, words: (m) => ({ zh: `分等级加调(${LEVEL_WORDS[m[1] as Level].zh})`, en: `Extra raise (${LEVEL_WORDS[m[1] as Level].en})` }), unit: 'pct' },
  { re: /^allowances\.byGrade\.(L[1-8])$/, words: (m) => ({ zh: `能级津贴(${LEVEL_WORDS[m[1] as Level].zh})`, en: `Grade allowance (${LEVEL_WORDS[m[1] as Level].en})` }), unit: 'yuanMonth' },
  { re: /^skillFloors\.shares\.(\w+)$/, words: (m) => ({ zh: `技能人才最低工资(${CATEGORY_WORDS[m[1]!]?.zh ?? m[1]},最低工资的倍数)`, en: `Skill-talent floor (${CATEGORY_WORDS[m[1]!]?.en ?? m[1]}, × the minimum wage)` }), unit: 'shareOfMinWage' },
  { re: /^skillFloors\.lowestLevel\.(\w+)$/, words: (m) => ({ zh: `${CATEGORY_WORDS[m[1]!]?.zh ?? m[1]}的最低技能等级`, en: `Lowest grade of ${CATEGORY_WORDS[m[1]!]?.en ?? m[1]}` }), unit: 'level' },
  { re: /^takeHome\.contributions\.(\w+)(?:\.(\w+))?$/, words: (m) => ({ zh: `社保公积金缴费设定(${m[1]}${m[2] ? `.${m[2]}` : ''})`, en: `Contribution setting (${m[1]}${m[2] ? `.${m[2]}` : ''})` }), unit: 'coef' },
  { re: /^projection\.(\w+)/, words: () => LEAVES.projection!, unit: 'text' },
  { re: /^craftsmen(\[\d+\]|\.)/, words: () => LEAVES.craftsmen!, unit: 'count' },
];

function lookup(path: string): { words: Words; unit: Unit } | null {
  const leaf = LEAVES[path];
  if (leaf) return { words: leaf, unit: leaf.unit };
  for (const p of PATTERNS) {
    const m = p.re.exec(path);
    if (m) return { words: p.words(m), unit: p.unit };
  }
  return null;
}

/** A parameter's name in the reader's language; a path this table does not know is named as a setting, never shown as code. */
export function paramLabel(path: string, lang: Lang): string {
  return lookup(path)?.words[lang] ?? (lang === 'zh' ? '其他设定' : 'Other setting');
}

const MODE_WORDS: Record<string, Words> = { pool: { zh: '按要素分配总额', en: 'pool shared by factor' }, scale: { zh: '工资标准表', en: 'pay table' }, raise: { zh: '普调', en: 'general raise' } };

const group = (x: number, lang: Lang, digits = 0) => x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** A signed number the way documents write it: the minus sign (−), not a hyphen. */
export const minus = (text: string) => text.replace(/^-/, '−');

/** A parameter's value in its unit: 10,330.0 万元, 40.0 %, 2,280 元/月, 是/否 … */
export function paramValue(path: string, value: unknown, lang: Lang): string {
  const unit = lookup(path)?.unit ?? 'text';
  const zh = lang === 'zh';
  if (value === null || value === undefined) return path === 'annualPool' ? (zh ? '自动(按指导线基准线)' : 'automatic (guideline base line)') : '—';
  if (Array.isArray(value)) return zh ? `${value.length} 项` : `${value.length} item(s)`;
  if (typeof value === 'boolean') return value ? (zh ? '是' : 'yes') : zh ? '否' : 'no';
  if (typeof value !== 'number') {
    if (unit === 'mode') return MODE_WORDS[String(value)]?.[lang] ?? String(value);
    if (unit === 'level' && LEVELS.includes(value as Level)) return LEVEL_WORDS[value as Level][lang];
    return typeof value === 'object' ? (zh ? '(已修改)' : '(changed)') : String(value);
  }
  switch (unit) {
    case 'wan':
      return minus(zh ? `${group(value / 1e4, lang, 1)} 万元` : `CNY ${group(value / 1e6, lang, 2)} m`);
    case 'yuanMonth':
      return minus(zh ? `${group(value, lang, Number.isInteger(value) ? 0 : 2)} 元/月` : `CNY ${group(value, lang, Number.isInteger(value) ? 0 : 2)} a month`);
    case 'yuanYear':
      return minus(zh ? `${group(value, lang, Number.isInteger(value) ? 0 : 2)} 元/年` : `CNY ${group(value, lang, Number.isInteger(value) ? 0 : 2)} a year`);
    case 'pct':
      return minus(`${group(value * 100, lang, 2)}%`);
    case 'shareOfMinWage':
      return `${group(value * 100, lang, 0)}%`;
    case 'years':
      return zh ? `${group(value, lang, Number.isInteger(value) ? 0 : 1)} 年` : `${group(value, lang, Number.isInteger(value) ? 0 : 1)} years`;
    case 'count':
      return group(value, lang, 0);
    default:
      return minus(group(value, lang, Number.isInteger(value) ? 0 : Math.min(4, (String(value).split('.')[1] ?? '').length)));
  }
}

/** One difference between two versions of a scheme, in words: the field, and its old and new value in the field's unit. */
export function changeLine(c: { path: string; from: unknown; to: unknown }, lang: Lang): { field: string; from: string; to: string } {
  return { field: paramLabel(c.path, lang), from: paramValue(c.path, c.from, lang), to: paramValue(c.path, c.to, lang) };
}
