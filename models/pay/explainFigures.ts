/**
 * Why the key figures are what they are: for each card (the wage bill, its growth, gainers and losers, inequality, the
 * top-ups, take-home pay) the rule in words, the numbers of this scheme that went into it, and the source of a rule of
 * law with its date. The wage bill is taken apart into what it holds — the pool handed out (or the pay the table or
 * the raise gives), seniority pay, allowances, the two top-ups, the craftsmen's packages and, where the scheme counts
 * them, the innovation rewards — and its growth into the same parts in percentage points of today's bill: the parts
 * add up to the figure (a test checks random schemes to 0.01 元). The page's key figures (为什么) and `--ask explain
 * {"figure": …}` in the CLI print them; the host answers them (`explainFigures`).
 */
import type { Scenario } from './scenario';
import type { Summary } from '../types';
import { MIN_WAGE_SOURCE, PAY_CUT_SOURCE } from './explain';

type Words = { zh: string; en: string };

export const FIGURE_KEYS = ['bill', 'growth', 'winners', 'gini', 'topups', 'net'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export type BillPartKey = 'pool' | 'unallocated' | 'schemePay' | 'seniority' | 'allowances' | 'floorTopUp' | 'guaranteeTopUp' | 'craftsmen' | 'rewards';

export interface FigurePart {
  key: BillPartKey;
  label: Words;
  /** 元 a year in the bill; in the growth, a share of today's bill (0.0123 = 1.23 percentage points). */
  value: number;
}

export interface FigureExplanation {
  key: FigureKey;
  label: Words;
  /** The figure itself (元 a year, a share, a count or a coefficient, by key). */
  value: number;
  rule: Words;
  numbers: Words;
  /** The parts that add up to the figure (the bill and its growth). */
  parts?: FigurePart[];
  source?: Words;
}

export interface FigureInputs {
  scheme: Scenario;
  summary: Summary;
  /** Today's bill, 元 a year. */
  currentBill: number;
  /** Today's Gini and P90/P10. */
  today: { gini: number; p90p10: number | null };
  /** The pool used (pool kind), else null. */
  pool: number | null;
  /** The craftsmen's first-year cash, 元 a year. */
  craftsmenCash: number;
  /** The innovation rewards the scheme counts in its bill (null: none). */
  rewards: { planYear: number; amount: number } | null;
  medianRaiseMonthly: number;
  costPerNetYuan: number | null;
}

const wan = (x: number, lang: 'zh' | 'en') => (lang === 'zh' ? `${(x / 1e4).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} 万元` : `CNY ${(x / 1e6).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} m`);
const pp = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(2)}`;
const pct = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(2)}%`;
const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const both = (f: (lang: 'zh' | 'en') => string): Words => ({ zh: f('zh'), en: f('en') });

const PART_WORDS: Record<BillPartKey, Words> = {
  pool: { zh: '分配总额', en: 'The pool' },
  unallocated: { zh: '未分配出去的部分', en: 'Pool not handed out' },
  schemePay: { zh: '按方案计算的工资', en: 'Pay by the scheme' },
  seniority: { zh: '工龄工资', en: 'Seniority pay' },
  allowances: { zh: '津贴', en: 'Allowances' },
  floorTopUp: { zh: '最低工资补足', en: 'Minimum-wage top-up' },
  guaranteeTopUp: { zh: '保底补足', en: 'No-loss top-up' },
  craftsmen: { zh: '工匠薪酬包(第一年现金)', en: 'Craftsman packages (year-1 cash)' },
  rewards: { zh: '计入工资总额的创新奖励', en: 'Innovation rewards counted in the bill' },
};

/** The wage bill's parts, 元 a year: they add up to the bill (with the rewards where they count in it). */
export function billParts(x: FigureInputs): FigurePart[] {
  const s = x.summary;
  const fixed = s.seniority + s.allowances + s.floorTopUp + s.guaranteeTopUp + x.craftsmenCash;
  const parts: [BillPartKey, number][] =
    x.pool !== null
      ? [
          ['pool', x.pool],
          ['unallocated', -s.unallocated],
        ]
      : [['schemePay', s.wageBill - fixed]];
  parts.push(['seniority', s.seniority], ['allowances', s.allowances], ['floorTopUp', s.floorTopUp], ['guaranteeTopUp', s.guaranteeTopUp], ['craftsmen', x.craftsmenCash]);
  if (x.rewards) parts.push(['rewards', x.rewards.amount]);
  return parts.map(([key, value]) => ({ key, label: PART_WORDS[key], value }));
}

/** Every key figure explained. */
export function explainFigures(x: FigureInputs): FigureExplanation[] {
  const s = x.summary;
  const sc = x.scheme;
  const parts = billParts(x);
  const bill = s.wageBill + (x.rewards?.amount ?? 0);
  const growth = (bill - x.currentBill) / x.currentBill;
  const g = sc.guideline;
  const shown = (ps: FigurePart[]) => ps.filter((p) => Math.abs(p.value) >= 0.5);
  // Growth in parts: the pool (or the scheme's pay) against today's bill, then each part beside it, in points of today's bill.
  const growthParts: FigurePart[] = parts.map((p, k) => ({ ...p, value: k === 0 ? (p.value - x.currentBill) / x.currentBill : p.value / x.currentBill }));
  const first = growthParts[0]!;
  const unchanged = s.workers - s.winners - s.losers;
  const out: FigureExplanation[] = [
    {
      key: 'bill',
      label: { zh: '新工资总额', en: 'New wage bill' },
      value: bill,
      rule: x.pool !== null
        ? { zh: '工资总额 = 分配总额中分出去的部分 + 工龄工资 + 津贴 + 最低工资补足 + 保底补足 + 工匠薪酬包' + (x.rewards ? ' + 计入工资总额的创新奖励' : '') + ';分配总额只按四个要素分给适用职工,其余各项在它之外。', en: 'Wage bill = the pool handed out + seniority pay + allowances + the two top-ups + craftsman packages' + (x.rewards ? ' + the innovation rewards counted in it' : '') + '; the pool goes by the four factors only, the rest is beside it.' }
        : { zh: '工资总额 = 按方案(工资标准表或普调)计算的工资 + 工龄工资 + 津贴 + 最低工资补足 + 保底补足 + 工匠薪酬包' + (x.rewards ? ' + 计入工资总额的创新奖励' : '') + '。', en: 'Wage bill = pay by the scheme (its table or raise) + seniority pay + allowances + the two top-ups + craftsman packages' + (x.rewards ? ' + the innovation rewards counted in it' : '') + '.' },
      numbers: both((l) => `${shown(parts).map((p) => `${p.label[l]} ${wan(p.value, l)}`).join(' + ')} = ${wan(bill, l)}`),
      parts,
    },
    {
      key: 'growth',
      label: { zh: '总额增长', en: 'Bill growth' },
      value: growth,
      rule: { zh: `增长 = (新工资总额 − 现工资总额)÷ 现工资总额,与工资指导线(下线 ${(g.lower * 100).toFixed(1)}%、基准线 ${(g.base * 100).toFixed(1)}%、上线 ${(g.upper * 100).toFixed(1)}%)比较;下列各项以现工资总额的百分点计,相加即为增长。`, en: `Growth = (new bill − today's bill) ÷ today's bill, against the guideline (lower ${(g.lower * 100).toFixed(1)} %, base ${(g.base * 100).toFixed(1)} %, upper ${(g.upper * 100).toFixed(1)} %); the parts below, in points of today's bill, add up to it.` },
      numbers: both((l) => `${l === 'zh' ? `现工资总额 ${wan(x.currentBill, l)};` : `Today's bill ${wan(x.currentBill, l)}; `}${[first, ...growthParts.slice(1).filter((_, k) => Math.abs(parts[k + 1]!.value) >= 0.5)].map((p, k) => `${k === 0 ? (l === 'zh' ? `${p.label.zh}比现工资总额` : `${p.label.en.toLowerCase()} on today's bill`) : l === 'zh' ? p.label.zh : p.label.en.toLowerCase()} ${pp(p.value)}`).join(l === 'zh' ? ',' : ', ')}${l === 'zh' ? ' 个百分点' : ' points'} = ${pct(growth)}`),
      parts: growthParts,
      source: { zh: '工资指导线为所在地人力资源社会保障部门当年发布的数字(方案设置中填写,附日期和出处)', en: 'The guideline is the one the local human resources bureau publishes for the year (set in the scheme, with its date and source)' },
    },
    {
      key: 'winners',
      label: { zh: '增资人数 / 减资人数', en: 'Gain / lose' },
      value: s.winners,
      rule: { zh: '按方案的年收入比现在多 1 元以上的计为增资,少 1 元以上的计为减资,其余为不变;月增资中位数为每人月增资额排序后居中的数。', en: 'A worker gains when his annual pay under the scheme is more than CNY 1 above today\'s, loses when more than CNY 1 below, and is unchanged otherwise; the median raise is the middle one of the monthly raises.' },
      numbers: both((l) => (l === 'zh' ? `增资 ${n0(s.winners)} 人 + 减资 ${n0(s.losers)} 人 + 不变 ${n0(unchanged)} 人 = ${n0(s.workers)} 人;月增资中位数 ${x.medianRaiseMonthly.toFixed(2)} 元` : `${n0(s.winners)} gain + ${n0(s.losers)} lose + ${n0(unchanged)} unchanged = ${n0(s.workers)} workers; median raise CNY ${x.medianRaiseMonthly.toFixed(2)} a month`)),
      ...(s.losers > 0 && !sc.noLossGuarantee ? { source: PAY_CUT_SOURCE } : {}),
    },
    {
      key: 'gini',
      label: { zh: '基尼系数 · P90/P10', en: 'Gini · P90/P10' },
      value: s.gini,
      rule: { zh: '基尼系数衡量年收入的差距:0 为人人相同,越接近 1 差距越大。P90/P10:年收入排在第 90 百分位的职工是排在第 10 百分位的几倍。', en: 'The Gini coefficient measures how unequal annual pay is: 0 when everyone earns the same, nearer 1 the more unequal. P90/P10: the pay at the 90th percentile over the pay at the 10th.' },
      numbers: both((l) => (l === 'zh' ? `方案 ${s.gini.toFixed(3)} · ${s.p90p10?.toFixed(2) ?? '—'}(P90 ${n0(s.p90)} 元,P10 ${n0(s.p10)} 元);现在 ${x.today.gini.toFixed(3)} · ${x.today.p90p10?.toFixed(2) ?? '—'}` : `scheme ${s.gini.toFixed(3)} · ${s.p90p10?.toFixed(2) ?? '—'} (P90 CNY ${n0(s.p90)}, P10 CNY ${n0(s.p10)}); today ${x.today.gini.toFixed(3)} · ${x.today.p90p10?.toFixed(2) ?? '—'}`)),
    },
    {
      key: 'topups',
      label: { zh: '最低工资补足 / 保底补足', en: 'Minimum-wage / no-loss top-ups' },
      value: s.floorTopUp + s.guaranteeTopUp,
      rule: sc.noLossGuarantee
        ? { zh: `月工资(含津贴)低于当地最低工资标准 ${sc.minimumMonthlyWage.toFixed(2)} 元的,补足到该标准;本方案设保底,低于调整前月工资的再补足到调整前月工资(工匠薪酬包不适用)。`, en: `Monthly pay (with allowances) below the local minimum wage of CNY ${sc.minimumMonthlyWage.toFixed(2)} is topped up to it; the scheme guarantees no loss, so pay below the pay before the change is topped up to that (craftsman packages aside).` }
        : { zh: `月工资(含津贴)低于当地最低工资标准 ${sc.minimumMonthlyWage.toFixed(2)} 元的,补足到该标准;本方案不设保底。`, en: `Monthly pay (with allowances) below the local minimum wage of CNY ${sc.minimumMonthlyWage.toFixed(2)} is topped up to it; the scheme has no guarantee.` },
      numbers: both((l) => `${PART_WORDS.floorTopUp[l]} ${wan(s.floorTopUp, l)}${l === 'zh' ? ',' : ', '}${PART_WORDS.guaranteeTopUp[l]} ${wan(s.guaranteeTopUp, l)}${s.unallocated > 0 ? `${l === 'zh' ? ';未分配 ' : '; not handed out '}${wan(s.unallocated, l)}` : ''}`),
      source: MIN_WAGE_SOURCE,
    },
  ];
  if (s.medianNetRaise !== undefined && s.employerCost !== undefined && s.employerCostCurrent !== undefined) {
    const cost = s.employerCost;
    const costNow = s.employerCostCurrent;
    out.push({
      key: 'net',
      label: { zh: '月实发增资中位数', en: 'Median take-home raise' },
      value: s.medianNetRaise,
      rule: { zh: '实发 = 应发 − 个人缴纳的社会保险费和住房公积金 − 个人所得税(累计预扣法,按全年计);企业用工成本 = 应发 + 单位缴费。每多发 1 元实发企业多付 = 企业用工成本的增加 ÷ 实发工资的增加。', en: "Take-home = gross − the worker's social insurance and housing fund contributions − income tax (cumulative withholding, over the year); employer cost = gross + the employer's contributions. Cost per extra CNY 1 of take-home = the rise in employer cost ÷ the rise in take-home pay." },
      numbers: both((l) => (l === 'zh' ? `月实发增资中位数 ${s.medianNetRaise!.toFixed(2)} 元;企业用工成本 ${wan(costNow, l)} → ${wan(cost, l)}${x.costPerNetYuan !== null ? `;每多发 1 元实发企业多付 ${x.costPerNetYuan.toFixed(2)} 元` : ''}` : `median take-home raise CNY ${s.medianNetRaise!.toFixed(2)} a month; employer cost ${wan(costNow, l)} → ${wan(cost, l)}${x.costPerNetYuan !== null ? `; CNY ${x.costPerNetYuan.toFixed(2)} per extra CNY 1 of take-home` : ''}`)),
      source: { zh: '缴费基数、比例和个税税率为方案设置中所选地区的设置(附日期和出处)', en: 'Contribution bases, rates and the tax schedule are the settings of the region chosen in the scheme (with their dates and sources)' },
    });
  }
  return out;
}
