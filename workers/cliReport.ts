/** The CLI's readable report, in Chinese or English. Formatting only: every number comes from the engine. */
import { guidelineStatus } from '../models/pay/summary';
import type { Lang } from '../models/io/messages';
import type { SimulationOutput } from '../models/pay/simulate';
import type { Summary } from '../models/types';
import { FINDING_WORDS } from '../models/compliance/words';

const T = {
  zh: {
    title: '方案',
    workers: '人数',
    wageBill: '工资总额(万元/年)',
    withRewards: (year: string, r: string) => `计入 ${year} 年创新奖励 ${r} 后的工资总额`,
    current: '现工资总额(万元/年)',
    growth: '工资总额增长',
    guideline: '工资指导线',
    status: { 'below-lower': '低于下线', within: '在指导线内', 'above-upper': '高于上线' },
    median: '年收入中位数(元)',
    mean: '年收入平均数(元)',
    p10: 'P10(元)',
    p90: 'P90(元)',
    p90p10: 'P90/P10',
    gini: '基尼系数',
    winners: '增资人数',
    losers: '减资人数',
    floor: '最低工资补足(万元)',
    guarantee: '保底补足(万元)',
    seniority: '工龄工资(万元)',
    unallocated: '未分配(万元)',
    byFactor: '按要素分配(万元)',
    factors: { position: '岗位价值', skill: '能力素质', innovation: '创新创造', performance: '业绩贡献' },
    table: '能级工资表(元/月,平均)',
    level: '等级',
    count: '人数',
    nowMonthly: '现月均',
    newMonthly: '新月均',
    change: '变化',
    craftsmen: '工匠薪酬包',
    cash1: '第1年现金(元)',
    deferred: '递延(元)',
    equity: '股权公允价值(元)',
    mc: '模拟到期价值 P5/P50/P95(元)',
    under: '到期价外概率',
    rules: '股权激励规则提示',
    belowManager: '协议工资低于管理人员基准(特级技师/首席技师)',
    compare: '方案比较',
    name: '方案',
    projection: '多年预测(蒙特卡洛)',
    answers: '问题与答案(--ask;完整字段见 --json)',
    innovation: '技术创新奖励(--innovations;按年,万元)',
    innoCols: ['年份', '一次性奖励', '收益分成', '合计', '低/高', '成果收益', '封顶'],
    innoKept: (k: string, paid: string, y: string) => `${k} 年合计奖励 ${paid} 万元,成果收益 ${y} 万元,企业留存收益 `,
    innoFloors: '低于职务发明法定标准、已按法定标准补足',
    innoCapLow: '封顶额低于法定标准,法定部分照付的年份',
    ok: '✓',
    no: '✗',
    year: '年',
    billBand: '工资总额 P5 / P50 / P95(万元)',
    realPay: '实际平均年收入(元,剔除物价)',
    giniP50: '基尼系数中位数',
    overBudget: '超预算概率',
    aboveUpper: '增长超上线概率',
  },
  en: {
    title: 'Scheme',
    workers: 'Workers',
    wageBill: 'Wage bill (10k CNY/yr)',
    withRewards: (year: string, r: string) => `Wage bill with the ${year} innovation rewards of ${r}`,
    current: 'Current wage bill (10k CNY/yr)',
    growth: 'Wage bill growth',
    guideline: 'Wage guideline',
    status: { 'below-lower': 'below the lower line', within: 'within the guideline', 'above-upper': 'above the upper line' },
    median: 'Median annual pay (CNY)',
    mean: 'Mean annual pay (CNY)',
    p10: 'P10 (CNY)',
    p90: 'P90 (CNY)',
    p90p10: 'P90/P10',
    gini: 'Gini',
    winners: 'Workers who gain',
    losers: 'Workers who lose',
    floor: 'Minimum-wage top-up (10k CNY)',
    guarantee: 'No-loss top-up (10k CNY)',
    seniority: 'Seniority pay (10k CNY)',
    unallocated: 'Unallocated (10k CNY)',
    byFactor: 'By factor (10k CNY)',
    factors: { position: 'position value', skill: 'skill', innovation: 'innovation', performance: 'performance' },
    table: 'Pay table by grade (CNY/month, mean)',
    level: 'Grade',
    count: 'Workers',
    nowMonthly: 'Now',
    newMonthly: 'New',
    change: 'Change',
    craftsmen: 'Craftsman packages',
    cash1: 'Year-1 cash (CNY)',
    deferred: 'Deferred (CNY)',
    equity: 'Equity fair value (CNY)',
    mc: 'Simulated value at expiry P5/P50/P95 (CNY)',
    under: 'Chance under water',
    rules: 'Equity rule warnings',
    belowManager: 'agreement wage below the managers benchmark (principal/chief technician)',
    compare: 'Schemes compared',
    name: 'Scheme',
    projection: 'Projection (Monte Carlo)',
    answers: 'Questions and answers (--ask; every field in --json)',
    innovation: 'Innovation rewards (--innovations; by year, 10k CNY)',
    innoCols: ['Year', 'One-off', 'Yield shares', 'Total', 'Low/high', 'Yield', 'Cap'],
    innoKept: (k: string, paid: string, y: string) => `${k} years: rewards ${paid}, yield ${y} (10k CNY); the enterprise keeps `,
    innoFloors: 'Below the statutory minimums of a service invention, topped up',
    innoCapLow: 'Years whose cap is below the statutory minimums (those are paid in full)',
    ok: '✓',
    no: '✗',
    year: 'Year',
    billBand: 'Wage bill P5 / P50 / P95 (10k CNY)',
    realPay: 'Mean real annual pay (CNY, CPI-deflated)',
    giniP50: 'Median Gini',
    overBudget: 'P(over budget)',
    aboveUpper: 'P(growth above upper line)',
  },
};

const yuan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const wan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const w = (x: number) => wan.format(x / 1e4);

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}
function pad(s: string, n: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, n - width(s)));
  return right ? fill + s : s + fill;
}

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
  const line = (cells: string[]) => cells.map((x, c) => pad(x, widths[c]!, c > 0)).join('  ');
  return [line(headers), widths.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

export function report(
  out: SimulationOutput,
  info: { name: string; baseline: Summary; guideline: { lower: number; base: number; upper: number } },
  lang: Lang,
): string {
  const t = T[lang];
  const s = out.summary;
  const lines: string[] = [];
  lines.push(`${t.title}: ${info.name}`, '');
  const g = info.guideline;
  const kv: [string, string][] = [
    [t.workers, yuan.format(s.workers)],
    [t.wageBill, w(s.wageBill)],
    [t.current, w(s.currentWageBill)],
    [t.growth, `${pct(s.wageBillGrowth)}  (${t.status[s.guidelineStatus]}; ${t.guideline} ${pct(g.lower)} / ${pct(g.base)} / ${pct(g.upper)})`],
    // The scheme's one wage bill where it counts its innovation rewards in it (as the page and the papers give it).
    ...(out.innovation?.wageBill.included && out.innovation.wageBill.rewards > 0
      ? [[t.withRewards(String(out.innovation.planYear), w(out.innovation.wageBill.rewards)), `${w(out.innovation.wageBill.bill)}  ${pct(out.innovation.wageBill.growth)}  (${t.status[guidelineStatus(out.innovation.wageBill.growth, g)]})`] as [string, string]]
      : []),
    [t.median, yuan.format(s.median)],
    [t.mean, yuan.format(s.mean)],
    [t.p10, yuan.format(s.p10)],
    [t.p90, yuan.format(s.p90)],
    [t.p90p10, s.p90p10 === null ? '—' : s.p90p10.toFixed(2)],
    [t.gini, s.gini.toFixed(4)],
    [t.winners, yuan.format(s.winners)],
    [t.losers, yuan.format(s.losers)],
    [t.seniority, w(s.seniority)],
    [t.floor, w(s.floorTopUp)],
    [t.guarantee, w(s.guaranteeTopUp)],
    [t.unallocated, w(s.unallocated)],
  ];
  if (s.byFactor) {
    kv.push([t.byFactor, (Object.keys(t.factors) as (keyof typeof t.factors)[]).map((f) => `${t.factors[f]} ${w(s.byFactor![f])}`).join(', ')]);
  }
  const kw = Math.max(...kv.map(([k]) => width(k)));
  for (const [k, v] of kv) lines.push(`${pad(k, kw)}  ${v}`);

  lines.push('', t.table);
  const before = new Map(info.baseline.byLevel.map((r) => [r.level, r.meanAnnual / 12]));
  lines.push(
    table(
      [t.level, t.count, t.nowMonthly, t.newMonthly, t.change],
      s.byLevel.map((r) => {
        const now = before.get(r.level) ?? 0;
        const next = r.meanAnnual / 12;
        return [r.level, String(r.count), yuan.format(now), yuan.format(next), `${next >= now ? '+' : ''}${yuan.format(next - now)}`];
      }),
    ),
  );

  if (out.craftsmen.length) {
    lines.push('', t.craftsmen);
    const mc = out.craftsmen.some((c) => c.equity?.monteCarlo);
    lines.push(
      table(
        ['id', t.cash1, t.deferred, t.equity, ...(mc ? [t.mc, t.under] : [])],
        out.craftsmen.map((c) => {
          const m = c.equity?.monteCarlo;
          return [
            c.id,
            yuan.format(c.cashYear1),
            c.deferred.length ? c.deferred.map((x) => yuan.format(x)).join(' + ') : '—',
            c.equity ? yuan.format(c.equity.fairValue) : '—',
            ...(mc ? [m ? `${yuan.format(m.p5)} / ${yuan.format(m.p50)} / ${yuan.format(m.p95)}` : '—', m ? pct(m.probUnderwater) : '—'] : []),
          ];
        }),
      ),
    );
  }

  const ruleLines = [...(out.equityPlanWarnings ?? []).map((w) => `- ${w.text}`), ...out.craftsmen.flatMap((c) => [...(c.ruleWarnings ?? []).map((w) => `- ${c.id}: ${w.text}`), ...(c.belowManagerBenchmark ? [`- ${c.id}: ${t.belowManager}`] : [])])];
  if (ruleLines.length) lines.push('', t.rules, ...ruleLines);

  if (out.compare?.length) {
    lines.push('', t.compare);
    const all = [{ name: info.name, summary: s }, ...out.compare];
    lines.push(
      table(
        [t.name, t.wageBill, t.growth, t.median, t.gini, t.winners, t.losers],
        all.map((c) => [
          c.name,
          w(c.summary.wageBill),
          `${pct(c.summary.wageBillGrowth)} ${t.status[c.summary.guidelineStatus]}`,
          yuan.format(c.summary.median),
          c.summary.gini.toFixed(4),
          String(c.summary.winners),
          String(c.summary.losers),
        ]),
      ),
    );
  }
  if (out.projection?.length) {
    lines.push('', t.projection);
    lines.push(
      table(
        [t.year, t.billBand, t.realPay, t.giniP50, t.overBudget, t.aboveUpper],
        out.projection.map((y) => [
          String(y.year),
          `${w(y.wageBill.p5)} / ${w(y.wageBill.p50)} / ${w(y.wageBill.p95)}`,
          yuan.format(y.meanRealPay),
          y.giniP50.toFixed(4),
          y.probOverBudget === null ? '—' : pct(y.probOverBudget),
          pct(y.probAboveGuideline),
        ]),
      ),
    );
  }
  const inno = out.innovation;
  if (inno) {
    lines.push('', t.innovation);
    lines.push(
      table(
        t.innoCols,
        inno.byYear.map((y) => [String(y.year), w(y.paidOneOff), w(y.paidShares), w(y.paid), `${w(y.paidLow)} / ${w(y.paidHigh)}`, w(y.yield), y.cap === null ? '—' : w(y.cap)]),
      ),
    );
    lines.push(t.innoKept(String(inno.years), w(inno.totalPaid), w(inno.totalYield)) + (inno.keptShare === null ? '—' : pct(inno.keptShare)));
    if (inno.belowFloors.length) lines.push(`${t.innoFloors}: ${inno.belowFloors.map((b) => `${b.kind}/${b.part} ${b.achievements} · ${w(b.topUp)}`).join('; ')}`);
    if (inno.capBelowFloors.length) lines.push(`${t.innoCapLow}: ${inno.capBelowFloors.join(', ')}`);
  }
  const cmp = out.compliance;
  if (cmp) {
    // 履约检查: the totals, by kind, and the workers owed most; every finding is in --out and the JSON.
    const zh = lang === 'zh';
    const yuanOf = (x: number) => yuan.format(x);
    lines.push('', zh ? `履约检查(--ledger;${cmp.months ? `${cmp.months.from} 至 ${cmp.months.to}` : '无数据'},核对 ${cmp.checked} 人·月)` : `Compliance (--ledger; ${cmp.months ? `${cmp.months.from} to ${cmp.months.to}` : 'no rows'}, ${cmp.checked} worker-months checked)`);
    lines.push(zh ? `  方案指纹 ${cmp.fingerprint}` : `  scheme fingerprint ${cmp.fingerprint}`);
    lines.push(zh ? `  台账指纹 ${cmp.ledgerFingerprint}` : `  ledger fingerprint ${cmp.ledgerFingerprint}`);
    lines.push(zh ? `  少发 ${yuanOf(cmp.totals.owed)} 元(${cmp.totals.workers} 人,${cmp.totals.workerMonths} 人·月),已补发 ${yuanOf(cmp.totals.madeGood)} 元,尚欠 ${yuanOf(cmp.totals.outstanding)} 元;逾期发放 ${cmp.totals.late} 次` : `  short ${yuanOf(cmp.totals.owed)} CNY (${cmp.totals.workers} workers, ${cmp.totals.workerMonths} worker-months), made good ${yuanOf(cmp.totals.madeGood)}, outstanding ${yuanOf(cmp.totals.outstanding)}; ${cmp.totals.late} payment(s) late`);
    const kinds = Object.entries(cmp.byKind).filter(([, k]) => k.findings > 0);
    const words = FINDING_WORDS;
    if (kinds.length) lines.push(table(zh ? ['问题', '条数', '少发(元)', '尚欠(元)'] : ['Finding', 'Count', 'Short (CNY)', 'Outstanding (CNY)'], kinds.map(([k, x]) => [words[k as keyof typeof words][lang], String(x.findings), yuanOf(x.owed), yuanOf(x.outstanding)])));
    if (cmp.top.length) lines.push((zh ? '  欠付最多: ' : '  Owed most: ') + cmp.top.slice(0, 5).map((x) => `${x.worker} ${yuanOf(x.outstanding)}`).join(zh ? '、' : ', '));
    if (cmp.raise.share !== null) lines.push(zh ? `  约定增资到位 ${pct(cmp.raise.share)}` : `  Share of the agreed raise paid: ${pct(cmp.raise.share)}`);
    if (cmp.innovation && !cmp.innovation.achievements) lines.push(zh ? '  创新奖励: 未给出成果文件(--innovations),未核对' : '  Innovation rewards: not checked (no --innovations file)');
    else if (cmp.innovation) lines.push(zh ? `  创新奖励: 核对月份内到期 ${yuanOf(cmp.innovation.due)} 元(${cmp.innovation.workers} 人),按期发放 ${yuanOf(cmp.innovation.paidOnTime)} 元` : `  Innovation rewards: ${yuanOf(cmp.innovation.due)} CNY due in the months checked (${cmp.innovation.workers} workers), ${yuanOf(cmp.innovation.paidOnTime)} paid by then`);
    if (cmp.outsideTerm || cmp.lawOnly.notInSheet || cmp.lawOnly.craftsmen) lines.push(zh ? `  合同期外 ${cmp.outsideTerm} 行未核对;工资表外 ${cmp.lawOnly.notInSheet} 人、工匠 ${cmp.lawOnly.craftsmen} 人·月只按法定标准核对` : `  ${cmp.outsideTerm} row(s) outside the term not checked; ${cmp.lawOnly.notInSheet} worker(s) not in the pay sheet and ${cmp.lawOnly.craftsmen} craftsman-month(s) held to the law only`);
  }
  if (out.answers?.length) {
    lines.push('', t.answers);
    for (const [k, a] of out.answers.entries()) lines.push(`${k + 1}. ${a.ask}: ${a.ok ? t.ok : t.no} · ${answerLine(a)}`);
  }
  return lines.join('\n') + '\n';
}

/** One answer in a line: the value and what it achieved, or the reason; the JSON output has every field. */
function answerLine(a: { ask: string; ok: boolean } & Record<string, unknown>): string {
  const num = (x: unknown) => (typeof x === 'number' ? (Math.abs(x) >= 1000 ? yuan.format(x) : String(Math.round(x * 1e6) / 1e6)) : JSON.stringify(x));
  if (!a.ok && typeof a.reason === 'string') return a.reason;
  if (a.ask === 'tornado') {
    const bars = a.value as { param: string; low: { wageBill: number }; high: { wageBill: number } }[];
    return bars.slice(0, 3).map((b) => `${b.param} ±${yuan.format(Math.abs(b.high.wageBill - b.low.wageBill) / 2)}`).join(', ') + (bars.length > 3 ? ` … (${bars.length})` : '');
  }
  if (a.ask === 'floors' || a.ask === 'equity-rules' || a.ask === 'contract') return num(a.value);
  if (a.ask === 'explain') {
    const parts = a.parts as { label: string; monthly: number; numbers: string; rule: string; source?: string }[];
    return `${String(a.worker)} ${num(a.value)}/月 = ${parts.filter((p) => Math.abs(p.monthly) >= 0.005).map((p) => `${p.label} ${p.monthly.toFixed(2)}`).join(' + ')}\n${parts.map((p) => `     · ${p.label} ${p.monthly.toFixed(2)}: ${p.numbers}; ${p.rule}${p.source ? ` [${p.source}]` : ''}`).join('\n')}`;
  }
  const v = a.value as unknown;
  if (v && typeof v === 'object') return `${Object.entries(v).map(([k, x]) => `${k} ${num(x)}`).join(', ')} · ${Object.entries((a.achieved ?? {}) as object).map(([k, x]) => `${k} ${num(x)}`).join(', ')}`;
  return `${num(v)} → ${num(a.achieved)}`;
}
