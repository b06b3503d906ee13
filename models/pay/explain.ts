/**
 * Why a worker is paid what he is under a scheme: each part of his monthly pay with the rule in words, the numbers
 * of this scheme and this worker that went into it, and the source of a rule of law with its date. The parts are
 * worked out again here from the scheme's settings and the worker's record (and, in a pool scheme, the point values
 * the pool gives), in the order the engine applies them (pay-model.md §3): gross pay, allowances, the minimum-wage
 * top-up, the no-loss top-up. They add up to his monthly pay (a test checks 100 random workers to 0.01 元); the page's
 * worker drawer and `--ask explain` in the CLI print them.
 */
import { formulaOf, type PayResult } from './pay';
import type { Scenario } from './scenario';
import { LEVELS, RATINGS, type Workforce } from '../types';
import { LEVEL_WORDS } from './paramNames';

type Words = { zh: string; en: string };

export interface ExplainPart {
  key: 'position' | 'skill' | 'innovation' | 'performance' | 'base' | 'raise' | 'seniority' | 'allowance' | 'floorTopUp' | 'guaranteeTopUp' | 'package';
  /** 元 a month. */
  monthly: number;
  label: Words;
  /** The rule in words. */
  rule: Words;
  /** The numbers that went into it, from this scheme and this worker. */
  numbers: Words;
  /** The rule of law it rests on, with its date. */
  source?: Words;
}

export interface WorkerExplanation {
  id: string;
  scheme: string;
  /** 元 a month today and under the scheme (the engine's figure). */
  current: number;
  monthly: number;
  parts: ExplainPart[];
}

const f2 = (x: number) => (Math.round(x * 100) / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const f6 = (x: number) => String(Math.round(x * 1e6) / 1e6);

/** 《最低工资规定》: what the minimum wage excludes; the standard itself is the scheme's dated local setting. */
export const MIN_WAGE_SOURCE: Words = { zh: '《最低工资规定》(劳动和社会保障部令第21号,2004年3月1日起施行)第三条、第十二条', en: 'Provisions on Minimum Wages (MOLSS Order No. 21, in force 1 March 2004), arts. 3 and 12' };
export const PAY_CUT_SOURCE: Words = { zh: '《劳动合同法》(2012年修正)第三十五条', en: 'Labour Contract Law (2012), art. 35' };

/** The explanation of worker `i`'s pay under scheme `s`, from `pay` (computePay's answer for the scheme on `w`). */
export function explainWorker(w: Workforce, s: Scenario, i: number, pay: Pick<PayResult, 'annual' | 'points' | 'craftsmen' | 'craftsman'>): WorkerExplanation {
  const current = w.monthlyPay[i]!;
  const base = { id: w.id[i]!, scheme: s.name, current, monthly: pay.annual[i]! / 12 };
  const level = LEVELS[w.level[i]!]!;
  const rating = RATINGS[w.rating[i]!]!;
  const lw = LEVEL_WORDS[level];
  const pv = w.positionValue[i]!;
  const inno = w.innovation[i]!;
  const years = w.yearsOfService[i]!;
  const parts: ExplainPart[] = [];

  if (pay.craftsman[i]) {
    const c = pay.craftsmen.find((x) => x.id === w.id[i])!;
    parts.push({
      key: 'package',
      monthly: c.cashYear1 / 12,
      label: { zh: '高技能人才薪酬包', en: 'Master craftsman package' },
      rule: { zh: `按薪酬包(${c.scheme})执行,第一年现金收入按月平均;不适用工资计算办法、最低工资补足和保底。`, en: `Paid by his package (${c.scheme}): the first year's cash a month; the pay rule, the minimum-wage top-up and the guarantee do not apply.` },
      numbers: { zh: `第一年现金 ${f2(c.cashYear1)} 元 ÷ 12`, en: `year-1 cash CNY ${f2(c.cashYear1)} ÷ 12` },
    });
    return { ...base, parts };
  }

  if (s.mode === 'pool') {
    const m = pay.points!;
    const skillCoef = s.skillCoefficients[level];
    const perfCoef = s.performanceCoefficients[rating];
    const weight = (k: keyof typeof s.weights) => `${f6(s.weights[k] * 100)}%`;
    parts.push(
      { key: 'position', monthly: (m.position * pv) / 12, label: { zh: '岗位工资', en: 'Position pay' }, rule: { zh: `分配总额的 ${weight('position')} 按全体适用职工的岗位价值系数之和分成岗位点值;岗位工资 = 岗位点值 × 本人岗位价值系数。`, en: `${weight('position')} of the pool, over the sum of all position values, is the position point value; position pay = point value × his position value.` }, numbers: { zh: `${f6(m.position / 12)} 元 × ${f6(pv)}`, en: `CNY ${f6(m.position / 12)} × ${f6(pv)}` } },
      { key: 'skill', monthly: (m.skill * skillCoef) / 12, label: { zh: '技能工资', en: 'Skill pay' }, rule: { zh: `分配总额的 ${weight('skill')} 分成技能点值;技能工资 = 技能点值 × 本人技能等级的系数。`, en: `${weight('skill')} of the pool gives the skill point value; skill pay = point value × his grade's coefficient.` }, numbers: { zh: `${f6(m.skill / 12)} 元 × ${f6(skillCoef)}(${lw.zh})`, en: `CNY ${f6(m.skill / 12)} × ${f6(skillCoef)} (${lw.en})` } },
      { key: 'innovation', monthly: (m.innovation * inno) / 12, label: { zh: '创新工资', en: 'Innovation pay' }, rule: { zh: `分配总额的 ${weight('innovation')} 分成创新点值;创新工资 = 创新点值 × 本人创新积分。`, en: `${weight('innovation')} of the pool gives the innovation point value; innovation pay = point value × his innovation points.` }, numbers: { zh: `${f6(m.innovation / 12)} 元 × ${f6(inno)}`, en: `CNY ${f6(m.innovation / 12)} × ${f6(inno)}` } },
      { key: 'performance', monthly: (m.performance * perfCoef * pv) / 12, label: { zh: '绩效工资', en: 'Performance pay' }, rule: { zh: `分配总额的 ${weight('performance')} 分成绩效点值;绩效工资 = 绩效点值 × 本人考核系数 × 岗位价值系数。`, en: `${weight('performance')} of the pool gives the performance point value; performance pay = point value × his rating's coefficient × his position value.` }, numbers: { zh: `${f6(m.performance / 12)} 元 × ${f6(perfCoef)}(考核 ${rating})× ${f6(pv)}`, en: `CNY ${f6(m.performance / 12)} × ${f6(perfCoef)} (rating ${rating}) × ${f6(pv)}` } },
    );
  } else if (s.mode === 'scale') {
    const p = s.scale.positionRate * pv;
    const k = s.scale.skillRates[level];
    const coef = s.performanceCoefficients[rating];
    parts.push(
      { key: 'position', monthly: p, label: { zh: '岗位工资', en: 'Position pay' }, rule: { zh: '岗位工资 = 岗位工资标准 × 本人岗位价值系数。', en: 'Position pay = the position rate × his position value.' }, numbers: { zh: `${f6(s.scale.positionRate)} 元 × ${f6(pv)}`, en: `CNY ${f6(s.scale.positionRate)} × ${f6(pv)}` } },
      { key: 'skill', monthly: k, label: { zh: '技能工资', en: 'Skill pay' }, rule: { zh: '技能工资 = 本人技能等级的技能工资标准。', en: "Skill pay = his grade's skill pay." }, numbers: { zh: `${lw.zh}:${f2(k)} 元`, en: `${lw.en}: CNY ${f2(k)}` } },
      { key: 'performance', monthly: (p + k) * (coef - 1), label: { zh: '绩效增减', en: 'Performance' }, rule: { zh: '(岗位工资 + 技能工资)乘本人考核系数;此项为乘后多出(或少出)的部分。', en: '(Position + skill pay) times his rating coefficient; this is what the coefficient adds (or takes).' }, numbers: { zh: `(${f2(p)} + ${f2(k)})×(${f6(coef)} − 1)`, en: `(${f2(p)} + ${f2(k)}) × (${f6(coef)} − 1)` } },
      { key: 'innovation', monthly: (s.scale.innovationRate * inno) / 12, label: { zh: '创新工资', en: 'Innovation pay' }, rule: { zh: '创新工资 = 每一创新积分的标准 × 本人创新积分。', en: 'Innovation pay = the rate per point × his innovation points.' }, numbers: { zh: `${f6(s.scale.innovationRate / 12)} 元 × ${f6(inno)}`, en: `CNY ${f6(s.scale.innovationRate / 12)} × ${f6(inno)}` } },
    );
  } else {
    const rate = s.raise.percent + s.raise.gradeExtra[level];
    const up = Math.max(current * rate, s.raise.minMonthly);
    parts.push(
      { key: 'base', monthly: current, label: { zh: '调整前月工资', en: 'Pay before the change' }, rule: { zh: '普调以本人调整前月工资为基数。', en: 'A general raise starts from his pay before the change.' }, numbers: { zh: `${f2(current)} 元`, en: `CNY ${f2(current)}` } },
      { key: 'raise', monthly: up, label: { zh: '增资', en: 'Raise' }, rule: { zh: '增资 = 调整前月工资 ×(普调比例 + 本人技能等级的加调比例),不低于每月最低增资额。', en: "The raise = pay before × (the general raise + his grade's extra), at least the smallest raise a month." }, numbers: { zh: `max(${f2(current)} × ${f6(rate * 100)}%, ${f2(s.raise.minMonthly)})`, en: `max(${f2(current)} × ${f6(rate * 100)} %, ${f2(s.raise.minMonthly)})` } },
    );
  }
  if (s.mode !== 'raise') {
    const counted = Math.min(years, s.seniorityCapYears);
    parts.push({ key: 'seniority', monthly: s.seniorityMonthlyPerYear * counted, label: { zh: '工龄工资', en: 'Seniority pay' }, rule: { zh: `每满一年工龄 ${f2(s.seniorityMonthlyPerYear)} 元,最多计 ${s.seniorityCapYears} 年。`, en: `CNY ${f2(s.seniorityMonthlyPerYear)} per year of service, at most ${s.seniorityCapYears} years.` }, numbers: { zh: `${f2(s.seniorityMonthlyPerYear)} 元 × ${f6(counted)} 年(工龄 ${f6(years)} 年)`, en: `CNY ${f2(s.seniorityMonthlyPerYear)} × ${f6(counted)} (${f6(years)} years of service)` } });
  }
  const a = s.allowances;
  if (a) {
    const byGrade = a.byGrade[level];
    const appr = (w.apprentices?.[i] ?? 0) * a.perApprentice;
    const lead = (w.teamLeader?.[i] ?? 0) * a.teamLeader;
    let formula = 0;
    if (a.formula) {
      const col = new Float64Array(w.size);
      formulaOf(a.formula).column(w, col);
      formula = col[i]!;
    }
    const total = byGrade + appr + lead + formula;
    if (total !== 0 || a.formula)
      parts.push({
        key: 'allowance',
        monthly: total,
        label: { zh: '津贴', en: 'Allowances' },
        rule: { zh: '能级津贴按等级,带徒津贴按所带学徒人数,班组长津贴按是否班组长,另按公式计算的部分;津贴在最低工资补足之前计入。', en: 'The grade allowance, per apprentice taught, for a team leader, and any formula; counted before the minimum-wage top-up.' },
        numbers: { zh: `能级 ${f2(byGrade)} + 带徒 ${f2(appr)} + 班组长 ${f2(lead)}${a.formula ? ` + 公式“${a.formula}” ${f2(formula)}` : ''}`, en: `grade ${f2(byGrade)} + apprentices ${f2(appr)} + team leader ${f2(lead)}${a.formula ? ` + formula "${a.formula}" ${f2(formula)}` : ''}` },
      });
  }
  const gross = parts.reduce((t, p) => t + p.monthly, 0);
  const floorUp = gross < s.minimumMonthlyWage ? s.minimumMonthlyWage - gross : 0;
  parts.push({
    key: 'floorTopUp',
    monthly: floorUp,
    label: { zh: '最低工资补足', en: 'Minimum-wage top-up' },
    rule: { zh: '以上合计低于当地最低工资标准的,补足到该标准(加班工资、特殊条件津贴和法定福利不计入最低工资)。', en: 'Where the sum above is below the local minimum wage, it is topped up (overtime, special-condition allowances and statutory benefits do not count towards it).' },
    numbers: { zh: `最低工资 ${f2(s.minimumMonthlyWage)} 元,以上合计 ${f2(gross)} 元`, en: `minimum wage CNY ${f2(s.minimumMonthlyWage)}, sum above CNY ${f2(gross)}` },
    source: MIN_WAGE_SOURCE,
  });
  const lifted = gross + floorUp;
  const guaranteeUp = s.noLossGuarantee && current > lifted ? current - lifted : 0;
  parts.push({
    key: 'guaranteeTopUp',
    monthly: guaranteeUp,
    label: { zh: '保底补足', en: 'No-loss top-up' },
    rule: s.noLossGuarantee
      ? { zh: '本方案设保底:以上合计低于调整前月工资的,补足到调整前月工资。', en: 'The scheme guarantees no loss: a sum below his pay before the change is topped up to it.' }
      : { zh: '本方案不设保底;低于劳动合同约定工资的,须与本人协商一致并以书面形式变更劳动合同。', en: 'No guarantee; lowering the wage of a labour contract needs his written agreement.' },
    numbers: { zh: `调整前 ${f2(current)} 元,以上合计 ${f2(lifted)} 元`, en: `before CNY ${f2(current)}, sum above CNY ${f2(lifted)}` },
    ...(s.noLossGuarantee ? {} : { source: PAY_CUT_SOURCE }),
  });
  return { ...base, parts };
}
