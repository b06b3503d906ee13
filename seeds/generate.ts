/**
 * Generates the fictional sample enterprises and scenarios in seeds/.
 * Deterministic: the same seed writes byte-identical files (`npm run seeds`).
 * The workforce generator is also used by the benchmarks and tests for large,
 * realistic workforces.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { computePay } from '../models/pay/pay';
import { Rng } from '../models/rng';
import { defaultScenario, type ScenarioInput } from '../models/pay/scenario';
import { LEVELS, RATINGS, type Level, type WorkerRecord } from '../models/types';
import { workforceFromRecords } from '../models/pay/workforce';
import { workforceFingerprint } from '../models/fingerprint';
import { ledgerCsv, LEDGER_SEED, LEDGER_TERM, signedWithInnovation } from './ledger';
import { tableToAchievements } from '../models/io/achievements';
import { csvRows } from '../models/io/csv';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娟建国志文斌辉鹏宇浩凯健俊峰晨阳雪琳海波林亮成兵新春宁晓东卫';

interface PostSpec {
  zh: string;
  en: string;
  value: number;
  dept: string;
  deptEn: string;
  weight: number;
}

const POSTS: PostSpec[] = [
  { zh: '普通操作工', en: 'Machine operator', value: 220, dept: '机加工车间', deptEn: 'Machining', weight: 18 },
  { zh: '数控车工', en: 'CNC turner', value: 380, dept: '机加工车间', deptEn: 'Machining', weight: 16 },
  { zh: '装配钳工', en: 'Fitter', value: 350, dept: '装配车间', deptEn: 'Assembly', weight: 16 },
  { zh: '焊工', en: 'Welder', value: 360, dept: '装配车间', deptEn: 'Assembly', weight: 10 },
  { zh: '铸造工', en: 'Foundry worker', value: 330, dept: '铸造车间', deptEn: 'Foundry', weight: 8 },
  { zh: '热处理工', en: 'Heat-treatment operator', value: 340, dept: '热处理车间', deptEn: 'Heat treatment', weight: 6 },
  { zh: '质检员', en: 'Inspector', value: 320, dept: '质量检验部', deptEn: 'Quality', weight: 8 },
  { zh: '设备维修电工', en: 'Maintenance electrician', value: 420, dept: '设备维修部', deptEn: 'Maintenance', weight: 7 },
  { zh: '叉车工', en: 'Forklift driver', value: 240, dept: '仓储物流部', deptEn: 'Logistics', weight: 5 },
  { zh: '工艺技术员', en: 'Process technician', value: 500, dept: '工艺技术部', deptEn: 'Engineering', weight: 4 },
  { zh: '班组长', en: 'Team leader', value: 480, dept: '机加工车间', deptEn: 'Machining', weight: 2 },
];

const GRADE_SHARES = [0.08, 0.2, 0.3, 0.22, 0.1, 0.06, 0.025, 0.015];
const GRADE_PAY = [4200, 5000, 5900, 6900, 8200, 9800, 12000, 15000];
const GRADE_YEARS = [0.5, 2, 5, 9, 13, 17, 21, 25];
const RATING_SHARES = [0.15, 0.3, 0.45, 0.07, 0.03];

function cumulative(shares: number[]): number[] {
  let s = 0;
  return shares.map((x) => (s += x));
}

/** A fictional workforce of `n` workers; `prefix` starts each id. */
export function generateWorkforce(n: number, seed: number, prefix = 'JX', english = false): WorkerRecord[] {
  const rng = new Rng(seed, 0);
  const posts = cumulative(POSTS.map((p) => p.weight));
  const grades = cumulative(GRADE_SHARES);
  const ratings = cumulative(RATING_SHARES);
  const out: WorkerRecord[] = [];
  for (let i = 0; i < n; i++) {
    const post = POSTS[rng.pick(posts)]!;
    let g = rng.pick(grades);
    if (post.value >= 480 && g < 3) g += 2;
    const years = Math.max(0, Math.round(GRADE_YEARS[g]! + rng.normal() * 3));
    const rating = rng.pick(ratings);
    const innovation = g >= 4 ? Math.round(rng.next() * 10 * (g - 2)) : rng.next() < 0.15 ? Math.round(rng.next() * 6) : 0;
    const base = GRADE_PAY[g]! * (0.75 + post.value / 1200) * (1 + (2 - rating) * 0.03) + 35 * Math.min(years, 20);
    const monthlyPay = Math.round((base * (1 + rng.normal() * 0.06)) / 10) * 10;
    const name = english
      ? `Worker ${String(i + 1).padStart(3, '0')}`
      : SURNAMES[Math.floor(rng.next() * SURNAMES.length)]! + GIVEN[Math.floor(rng.next() * GIVEN.length)]! + (rng.next() < 0.6 ? GIVEN[Math.floor(rng.next() * GIVEN.length)]! : '');
    out.push({
      id: `${prefix}${String(i + 1).padStart(4, '0')}`,
      name,
      department: english ? post.deptEn : post.dept,
      position: english ? post.en : post.zh,
      positionValue: post.value + (g >= 6 ? 200 : 0),
      skillLevel: LEVELS[g]!,
      performance: RATINGS[rating]!,
      innovation,
      yearsOfService: years,
      monthlyPay: Math.max(monthlyPay, 2400),
      postCategory: post.value < 260 ? 'basic' : post.value < 350 ? 'important' : post.value < 450 ? 'key' : 'core',
    });
  }
  return out;
}

const GRADE_ZH: Record<Level, string> = { L1: '学徒工', L2: '初级工', L3: '中级工', L4: '高级工', L5: '技师', L6: '高级技师', L7: '特级技师', L8: '首席技师' };
const CATEGORY_ZH = { basic: '基础类', important: '重要类', key: '关键类', core: '核心类' };
const RATING_ZH = { A: '优秀', B: '良好', C: '合格', D: '基本合格', E: '不合格' };

/** CSV the way HR exports it from Excel on a Chinese Windows: GBK, CRLF, Chinese headers, mixed formats. */
export function hrStyleCsv(records: WorkerRecord[], seed: number): string {
  const rng = new Rng(seed, 1);
  const lines = ['工号,姓名,部门,岗位名称,岗位价值点数,技能等级,考核等级,创新积分,工龄(年),月工资(元),岗位类别,手机号'];
  for (const r of records) {
    const u = rng.next();
    const grade = u < 0.6 ? GRADE_ZH[r.skillLevel] : u < 0.8 ? r.skillLevel : r.skillLevel.slice(1);
    const rating = rng.next() < 0.85 ? RATING_ZH[r.performance] : r.performance;
    const v = rng.next();
    const pay = v < 0.3 ? `"${r.monthlyPay.toLocaleString('en-US', { minimumFractionDigits: 2 })}"` : v < 0.35 ? `￥${r.monthlyPay}` : String(r.monthlyPay);
    const phone = `13${Math.floor(rng.next() * 10)}****${String(Math.floor(rng.next() * 10000)).padStart(4, '0')}`;
    lines.push([r.id, r.name, r.department, r.position, r.positionValue, grade, rating, r.innovation, r.yearsOfService, pay, CATEGORY_ZH[r.postCategory!], phone].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export function plainCsv(records: WorkerRecord[]): string {
  const lines = ['id,name,department,position,position_value,skill_level,rating,innovation_points,years_of_service,monthly_pay,post_category'];
  for (const r of records) {
    lines.push([r.id, r.name, r.department, r.position, r.positionValue, r.skillLevel, r.performance, r.innovation, r.yearsOfService, r.monthlyPay, r.postCategory ?? ''].join(','));
  }
  return lines.join('\n') + '\n';
}

/** The pool that grows the regular workers' bill by `growth`, net of their seniority pay, rounded to 10,000 CNY. */
function poolFor(records: WorkerRecord[], craftsmen: string[], growth: number): number {
  const w = workforceFromRecords(records);
  const r = computePay(w, defaultScenario({ mode: 'pool', annualPool: 0, craftsmen: [] }), { components: true });
  let current = 0,
    sen = 0;
  records.forEach((rec, i) => {
    if (craftsmen.includes(rec.id)) return;
    current += 12 * rec.monthlyPay;
    sen += r.components!.seniority[i]!;
  });
  return Math.round((current * (1 + growth) - sen) / 1e4) * 1e4;
}

const ACHIEVEMENT_TITLES: Record<string, string[]> = {
  合理化建议: ['切削液集中回收', '下料排样优化', '班前点检表简化', '叉车充电错峰', '工装定置管理', '废砂再利用', '压缩空气管路查漏', '包装箱循环使用'],
  技术革新: ['数控车床快换夹具', '焊接变位机改造', '热处理炉温均匀性改进', '装配线防错工装', '铸件打磨工位除尘', '检具数字化读数'],
  技术攻关: ['大型齿轮渗碳变形控制', '铸件气孔率降低', '主轴箱装配精度提升', '薄壁件车削振纹消除'],
  发明专利: ['一种齿轮淬火变形补偿方法', '一种铸件浇注系统'],
  实用新型: ['一种快换车刀座', '一种焊缝打磨装置', '一种工件翻转架', '一种在线测量支架'],
  外观设计: ['数控机床防护罩'],
  软件著作权: ['设备点检管理软件'],
  先进操作法: ['张氏薄壁件车削法', '刘氏双枪焊接法', '王氏渗碳装炉法'],
};
const GRADES_ZH = ['一等', '二等', '三等', ''];

/**
 * The sample plant's innovations (seeds/jiangsu-machinery-innovations.csv): a few dozen achievements of 2024–2026 by
 * teams of one to four of its workers, more often those with innovation points and higher grades, written as a staff
 * office would (Chinese headers, the team as "工号:份额;…", yields in 元 a year).
 */
export function achievementsCsv(records: WorkerRecord[], seed: number): string {
  const rng = new Rng(seed, 1);
  // Who innovates: innovation points and grade make a worker likelier.
  const weight = records.map((r) => 0.2 + r.innovation / 2 + LEVELS.indexOf(r.skillLevel) / 2);
  const cum = cumulative(weight);
  const rows = ['成果编号,成果名称,类别,等级,日期,完成人,收益类型,年收益(元)'];
  let n = 0;
  const year = (k: number) => 2024 + (k % 3);
  for (const [kind, titles] of Object.entries(ACHIEVEMENT_TITLES)) {
    for (const title of titles) {
      n++;
      const size = kind === '合理化建议' ? 1 + (rng.next() < 0.3 ? 1 : 0) : 1 + Math.floor(rng.next() * 4);
      const team = new Set<number>();
      while (team.size < size) team.add(rng.pick(cum));
      const ids = [...team].map((i) => records[i]!.id);
      const shares = size === 1 ? [100] : size === 2 ? [60, 40] : size === 3 ? [50, 30, 20] : [40, 30, 20, 10];
      // Some teams leave the shares out (equal shares, said at import).
      const teamText = size > 1 && n % 5 === 0 ? ids.join(';') : ids.map((id, k) => `${id}:${shares[k]}`).join(';');
      const grade = kind.endsWith('专利') || kind === '实用新型' || kind === '外观设计' || kind === '软件著作权' ? '' : GRADES_ZH[Math.floor(rng.next() * 4)]!;
      const month = 1 + Math.floor(rng.next() * 12);
      const date = `${year(n)}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rng.next() * 28)).padStart(2, '0')}`;
      let yieldKind = '';
      let amount = 0;
      if (kind === '合理化建议' || kind === '技术革新' || kind === '先进操作法') {
        if (rng.next() < 0.8) {
          yieldKind = '节约';
          amount = Math.round((20_000 + rng.next() * 300_000) / 1000) * 1000;
        }
      } else if (kind === '技术攻关' || kind === '发明专利' || kind === '实用新型') {
        yieldKind = '新增利润';
        amount = Math.round((100_000 + rng.next() * 900_000) / 1000) * 1000;
      }
      if (title === '一种铸件浇注系统') {
        yieldKind = '许可';
        amount = 200_000;
      }
      rows.push([`CX${year(n)}-${String(n).padStart(3, '0')}`, title, kind, grade, date, teamText, yieldKind, amount ? String(amount) : ''].join(','));
    }
  }
  return `${rows.join('\n')}\n`;
}

function main() {
  const dir = dirname(fileURLToPath(import.meta.url));
  const jiangsu = generateWorkforce(1200, 20261125, 'JX');
  const small = generateWorkforce(150, 7, 'SP', true);
  writeFileSync(join(dir, 'jiangsu-machinery.csv'), iconv.encode(hrStyleCsv(jiangsu, 20261125), 'gbk'));
  writeFileSync(join(dir, 'small-plant-en.csv'), plainCsv(small));
  const innovationsText = achievementsCsv(jiangsu, 20261202);
  writeFileSync(join(dir, 'jiangsu-machinery-innovations.csv'), innovationsText);

  // The three craftsmen: the most innovative of the top grades.
  const top = jiangsu
    .filter((r) => r.skillLevel === 'L8' || r.skillLevel === 'L7')
    .sort((a, b) => b.innovation - a.innovation || a.id.localeCompare(b.id))
    .slice(0, 3);
  const [chief, second, third] = top.map((r) => r.id) as [string, string, string];
  const ids = [chief, second, third];
  const common = { version: 1, minimumMonthlyWage: 2280, seniorityMonthlyPerYear: 40, seniorityCapYears: 20, guideline: { lower: 0.02, base: 0.05, upper: 0.08 } };
  const vesting = [
    { years: 1, fraction: 0.4 },
    { years: 2, fraction: 0.3 },
    { years: 3, fraction: 0.3 },
  ];
  const craftsmen = (generous: boolean): NonNullable<ScenarioInput['craftsmen']> => [
    {
      id: chief,
      scheme: 'annual-salary',
      annualSalary: { base: generous ? 260000 : 220000, performanceTarget: generous ? 80000 : 60000, deferredShare: 0.3, deferralYears: 2 },
      equity: { kind: 'option', shares: generous ? 30000 : 20000, spot: 18.5, strike: 18.5, volatility: 0.35, riskFree: 0.02, dividendYield: 0.01, expiryYears: 5, expectedReturn: 0.08, vesting },
    },
    {
      id: second,
      scheme: 'agreement',
      agreement: { agreedAnnual: generous ? 240000 : 210000, marketP50: 180000, marketP75: 220000, marketP90: 270000 },
      equity: { kind: 'restricted', shares: generous ? 20000 : 12000, spot: 18.5, grantPrice: 9.25, volatility: 0.35, riskFree: 0.02, dividendYield: 0.01, expiryYears: 3, vesting },
    },
    {
      id: third,
      scheme: 'annual-salary',
      annualSalary: { base: generous ? 200000 : 180000, performanceTarget: generous ? 50000 : 40000, deferredShare: 0, deferralYears: 0 },
    },
  ];
  const scenarios: Record<string, ScenarioInput & object> = {
    current: { ...common, name: '现行工资(基准)', mode: 'raise', raise: { percent: 0, minMonthly: 0 }, noLossGuarantee: true },
    union: {
      ...common,
      name: '工会方案',
      mode: 'pool',
      annualPool: poolFor(jiangsu, ids, 0.075),
      weights: { position: 0.3, skill: 0.4, innovation: 0.1, performance: 0.2 },
      skillCoefficients: { L1: 1, L2: 1.2, L3: 1.4, L4: 1.65, L5: 2, L6: 2.4, L7: 2.9, L8: 3.5 },
      noLossGuarantee: true,
      craftsmen: craftsmen(true),
    },
    management: {
      ...common,
      name: '企业方案',
      mode: 'pool',
      annualPool: poolFor(jiangsu, ids, 0.035),
      weights: { position: 0.4, skill: 0.2, innovation: 0.05, performance: 0.35 },
      performanceCoefficients: { A: 1.3, B: 1.15, C: 1, D: 0.7, E: 0.5 },
      noLossGuarantee: false,
      craftsmen: craftsmen(false),
    },
    compromise: {
      ...common,
      name: '折中方案',
      mode: 'pool',
      annualPool: poolFor(jiangsu, ids, 0.052),
      weights: { position: 0.35, skill: 0.3, innovation: 0.1, performance: 0.25 },
      noLossGuarantee: true,
      craftsmen: craftsmen(false),
    },
    'small-plant-raise': { ...common, name: 'Small plant: 5 % raise, at least 300 a month', mode: 'raise', raise: { percent: 0.05, minMonthly: 300, gradeExtra: { L5: 0.01, L6: 0.015, L7: 0.02, L8: 0.02 } } },
    'small-plant-scale': { ...common, name: 'Small plant: pay table', mode: 'scale', scale: { positionRate: 9, skillRates: { L1: 0, L2: 400, L3: 800, L4: 1300, L5: 2000, L6: 2800, L7: 3800, L8: 5000 }, innovationRate: 300 } },
  };
  // The sample plant's pools are noted with the wage bill and workforce they were set on (docs/model.md §2a).
  const wf = workforceFromRecords(jiangsu);
  const basis = { wageBill: jiangsu.reduce((t, r) => t + 12 * r.monthlyPay, 0), workforce: workforceFingerprint(wf) };
  for (const k of ['union', 'management', 'compromise'] as const) {
    // Written right after the pool it belongs to.
    scenarios[k] = Object.fromEntries(Object.entries(scenarios[k]!).flatMap(([key, v]) => (key === 'annualPool' ? [[key, v], ['basis', basis]] : [[key, v]]))) as ScenarioInput;
  }
  for (const [file, s] of Object.entries(scenarios)) {
    defaultScenario(s); // refuse to write a seed the engine would refuse
    writeFileSync(join(dir, 'scenarios', `${file}.json`), JSON.stringify(s, null, 2) + '\n');
  }
  // 履约检查: the union's scheme signed for 2027–2028, and the plant's payroll ledger of 2027 with its deliberate breaches.
  writeFileSync(join(dir, 'contract-2027.json'), JSON.stringify({ termStart: LEDGER_TERM.termStart, contract: { years: LEDGER_TERM.years, tranches: LEDGER_TERM.tranches } }, null, 2) + '\n');
  const achievements = tableToAchievements(csvRows(innovationsText).rows, 'jiangsu-machinery-innovations.csv').achievements;
  writeFileSync(join(dir, 'jiangsu-machinery-ledger-2027.csv'), iconv.encode(ledgerCsv(wf, signedWithInnovation(defaultScenario(scenarios.union!)), LEDGER_SEED, achievements).csv, 'gbk'));
  // A file with one example of each common mistake, for the import error table.
  const broken = plainCsv(small.slice(0, 12)).split('\n');
  broken[3] = broken[3]!.replace(/,L\d,/, ',L9,');
  broken[5] = broken[5]!.replace(/,[A-E],/, ',Z,');
  broken[7] = broken[7]!.replace(/,(\d+),(\w+)$/, ',3500 yuan,$2');
  broken[8] = broken[8]!.replace(/^SP\d+/, 'SP0001');
  broken[10] = broken[10]!.replace(/,(\d+),(\d+),(\d+),(\w+)$/, ',$1,-2,$3,$4');
  writeFileSync(join(dir, 'broken-example.csv'), broken.join('\n'));
  console.log(`wrote seeds: ${jiangsu.length} + ${small.length} workers; craftsmen ${ids.join(', ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
