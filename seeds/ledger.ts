/**
 * The sample plant's fictional payroll ledger for 2027 (seeds/jiangsu-machinery-ledger-2027.csv, GBK), paid under the
 * union's scheme as signed on 1 January 2027 for two years with the default tranches (3 % from January, 2 % from
 * July), and the contract's terms (seeds/contract-2027.json). Every worker is paid what is due — the scheme's pay with
 * its tranches, at least the minimum wage in force and the skill-talent floor of his post — except the deliberate
 * breaches listed in `breaches`, one or more of each kind the check finds (docs/files.md). The amounts of the
 * breaches are worked out here from the scheme's arithmetic, not by the check, so that a test can hold the check to
 * them.
 */
import { computePay } from '../models/pay/pay';
import { floorMonthly } from '../models/pay/floors';
import type { Scenario } from '../models/pay/scenario';
import { Rng } from '../models/rng';
import { LEVELS, POST_CATEGORIES, type Workforce } from '../models/types';
import { JIANGSU_TIER1_MINIMUM, minimumWageIn, monthIndex } from '../models/compliance/rules';
import { rewardsDue, type Achievements, type RewardDue } from '../models/innovation/innovation';
import { validateScenario } from '../models/pay/scenario';

/**
 * The scheme the ledger was paid under: the union's, with the innovation rules the innovation panel starts from (the
 * defaults: a one-off with the pay of the third month after its date, a year's shares with March's pay of the next).
 */
export function signedWithInnovation(union: Scenario): Scenario {
  const v = validateScenario({ ...union, innovation: {} });
  if (!v.ok) throw new Error(`seed scheme: ${v.issues[0]?.message}`);
  return v.scenario;
}

/** The seed the ledger's breaches are drawn with (`npm run seeds`). */
export const LEDGER_SEED = 20271231;

export const LEDGER_TERM = { termStart: '2027-01-01', years: 2, tranches: [{ year: 1, month: 1, percent: 0.03 }, { year: 1, month: 7, percent: 0.02 }, { year: 2, month: 1, percent: 0.03 }] };

export interface SeedBreach {
  worker: string;
  month: string;
  kind: 'payRule' | 'tranche' | 'guarantee' | 'minimumWage' | 'skillFloor' | 'innovation' | 'overtime' | 'deduction' | 'late';
  /** Owed (0 for a late payment), to the fen, and the back pay that made it good. */
  short: number;
  madeGood: number;
  /** Other rules the same month's pay falls below too. */
  also?: string[];
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const MONTHS = Array.from({ length: 12 }, (_, k) => `2027-${String(k + 1).padStart(2, '0')}`);

export function ledgerCsv(w: Workforce, scheme: Scenario, seed: number, achievements?: Achievements): { csv: string; breaches: SeedBreach[] } {
  const rng = new Rng(seed, 3);
  const pay = computePay(w, scheme, { components: true });
  // The innovation rewards falling due in 2027, by worker and month (by the scheme's rules, at the signed wage bill).
  const rewards = new Map<string, RewardDue[]>();
  if (achievements && scheme.innovation) {
    for (const [id, list] of rewardsDue({ a: achievements, rules: scheme.innovation, wageBill: pay.summary.wageBill }).byMember) {
      const in2027 = list.filter((d) => d.month >= monthIndex('2027-01') && d.month <= monthIndex('2027-12'));
      if (in2027.length) rewards.set(id, in2027);
    }
  }
  const first = monthIndex(MONTHS[0]!);
  const rewardIn = (id: string, m: number) => {
    const list = rewards.get(id);
    return list ? list.filter((d) => d.month === first + m).reduce((t, d) => t + d.amount, 0) : 0;
  };
  // One team member's 2026 yield share, due with March's pay, not paid: the smallest of at least 2,000 元 (the first id on a tie).
  let I = '';
  let iShare = Infinity;
  for (const [id, list] of [...rewards].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const share = list.filter((d) => d.part === 'share' && d.month === monthIndex('2027-03')).reduce((t, d) => t + d.amount, 0);
    if (share >= 2000 && share < iShare) [I, iShare] = [id, share];
  }
  const c = pay.components!;
  const factor = (m: number) => (m >= 6 ? 1.03 * 1.02 : 1.03);
  const mwOf = (m: number) => minimumWageIn(JIANGSU_TIER1_MINIMUM, monthIndex(MONTHS[m]!));
  const floorOf = (i: number, m: number) => {
    const cat = w.postCategory[i]!;
    return cat > 0 ? floorMonthly({ ...scheme, minimumMonthlyWage: mwOf(m) }, POST_CATEGORIES[cat - 1]!, w.level[i]!) : 0;
  };
  /** Due a month: the scheme's pay with its tranches; what is paid on top to reach the floors goes in its own column. */
  const dueOf = (i: number, m: number) => r2((pay.annual[i]! / 12) * factor(m));
  const regular: number[] = [];
  for (let i = 0; i < w.size; i++) if (!pay.craftsman[i]) regular.push(i);
  const pick = (used: Set<number>, ok: (i: number) => boolean) => {
    for (let k = 0; k < 10_000; k++) {
      const i = regular[Math.floor(rng.next() * regular.length)]!;
      if (!used.has(i) && ok(i)) {
        used.add(i);
        return i;
      }
    }
    // No worker of this plant fits the breach under this scheme (a bench's plant): that breach is left out (−1 is nobody).
    return -1;
  };
  const used = new Set<number>();
  const binds = (i: number) => MONTHS.every((_, m) => Math.max(floorOf(i, m), mwOf(m)) <= dueOf(i, m) - 50);
  // Paid by the rule itself, not topped up to the guarantee (for a worker whose pay the guarantee makes up, a shortfall is the guarantee's).
  const byRule = (i: number) => c.guaranteeTopUp[i] === 0 && binds(i);
  const A = pick(used, byRule); // 300 short in March, never made good
  const B = pick(used, binds); // the July tranche not applied, July–September
  const G = pick(used, (i) => c.guaranteeTopUp[i]! > 12 * 100 && binds(i)); // paid 5 % below his pay before the change in May
  // No regular worker of the plant is due less than his post's floor under this scheme: pay below the floor is also
  // below the scheme's pay, and the finding is the larger shortfall (the pay rule) with the floor named beside it.
  const S = pick(used, (i) => w.postCategory[i]! > 0 && byRule(i)); // the skill-talent floor not topped up in October
  const O = pick(used, binds); // 20 overtime hours in April paid at 100 %
  const D = pick(used, binds); // a deduction for a loss of 30 % in June
  const L = pick(used, binds); // August paid on 20 September
  const F = pick(used, byRule); // 500 short in February, made good in April
  const P = pick(used, (i) => w.level[i]! < 6 && byRule(i)); // promoted in March, paid the new grade only from May

  const breaches: SeedBreach[] = [];
  const promotedDue = (m: number) => {
    const one = { ...w, size: 1, id: [w.id[P]!], name: [w.name[P]!], department: [w.department[P]!], position: [w.position[P]!], positionValue: Float64Array.of(w.positionValue[P]!), level: Uint8Array.of(w.level[P]! + 1), rating: Uint8Array.of(w.rating[P]!), innovation: Float64Array.of(w.innovation[P]!), yearsOfService: Float64Array.of(w.yearsOfService[P]!), monthlyPay: Float64Array.of(w.monthlyPay[P]!), postCategory: Uint8Array.of(w.postCategory[P]!) } as Workforce;
    delete (one as Partial<Workforce>).apprentices;
    delete (one as Partial<Workforce>).teamLeader;
    return r2((computePay(one, { ...scheme, craftsmen: [] }, { points: pay.points! }).annual[0]! / 12) * factor(m));
  };
  const header = '月份,工号,姓名,身份证号码,技能等级,计薪天数,岗位工资,技能工资,绩效工资,工龄工资,保底补差,技能人才补差,加班工资,夜班津贴,延时加班小时,创新奖励,个人社保公积金,个人所得税,赔偿扣款,补发工资,补发所属月份,实发工资,发放日期';
  const lines = [header];
  const gradeText = (l: number) => LEVELS[l]!;
  for (let m = 0; m < 12; m++) {
    const month = MONTHS[m]!;
    const next = m === 11 ? '2028-01' : MONTHS[m + 1]!;
    for (let i = 0; i < w.size; i++) {
      const id = w.id[i]!;
      let level = w.level[i]!;
      let due: number;
      if (pay.craftsman[i]) due = r2(pay.annual[i]! / 12);
      else if (i === P && m >= 2) {
        level = w.level[P]! + 1;
        due = m >= 3 ? promotedDue(m) : dueOf(i, m);
      } else due = dueOf(i, m);
      const lift = pay.craftsman[i] ? 0 : r2(Math.max(0, Math.max(floorOf(i, m), mwOf(m)) - due));
      let paid = due;
      const liftPaid = lift;
      let overtimePay = 0;
      let hours = '';
      let loss = 0;
      let back = 0;
      let backFor = '';
      let paidOn = `${next}-10`;
      if (i === A && m === 2) {
        paid = r2(due - 300);
        breaches.push({ worker: id, month, kind: 'payRule', short: 300, madeGood: 0 });
      }
      if (i === B && m >= 6 && m <= 8) {
        paid = r2((pay.annual[i]! / 12) * 1.03);
        breaches.push({ worker: id, month, kind: 'tranche', short: r2(due - paid), madeGood: 0 });
      }
      if (i === G && m === 4) {
        paid = r2(w.monthlyPay[i]! * 0.95);
        breaches.push({ worker: id, month, kind: 'guarantee', short: r2(due - paid), madeGood: 0 });
      }
      if (i === S && m === 9) {
        paid = r2(floorOf(i, m) - 200);
        breaches.push({ worker: id, month, kind: 'payRule', short: r2(due - paid), madeGood: 0, also: ['skillFloor'] });
      }
      if (i === O && m === 3) {
        hours = '20';
        const due150 = (due / 21.75 / 8) * 1.5 * 20;
        overtimePay = r2((due / 21.75 / 8) * 20);
        breaches.push({ worker: id, month, kind: 'overtime', short: r2(r2(due150) - overtimePay), madeGood: 0 });
      } else if (!pay.craftsman[i] && rng.next() < 0.15) {
        // Overtime paid right: hours at 150 % of the hourly wage, rounded up to the fen.
        const h = 2 + Math.floor(rng.next() * 30);
        hours = String(h);
        overtimePay = Math.ceil(((due + lift) / 21.75 / 8) * 1.5 * h * 100) / 100;
      }
      const night = !pay.craftsman[i] && (w.department[i] === '铸造车间' || w.department[i] === '热处理车间') ? 300 : 0;
      const gross = r2(paid + liftPaid + overtimePay + night);
      if (i === D && m === 5) {
        loss = r2(gross * 0.3);
        breaches.push({ worker: id, month, kind: 'deduction', short: r2(loss - r2(gross * 0.2)), madeGood: 0 });
      }
      if (i === L && m === 7) {
        paidOn = '2027-09-20';
        breaches.push({ worker: id, month, kind: 'late', short: 0, madeGood: 0 });
      }
      if (i === F && m === 1) {
        paid = r2(paid - 500);
        breaches.push({ worker: id, month, kind: 'payRule', short: 500, madeGood: 500 });
      }
      if (i === F && m === 3) {
        back = 500;
        backFor = '2027-02';
      }
      if (i === P && m === 3) {
        paid = dueOf(i, m);
        breaches.push({ worker: id, month, kind: 'payRule', short: r2(due - paid), madeGood: 0 });
      }
      // What is paid, split as the pay rule's parts (the last part takes the rounding so that the parts add up to it).
      const total = r2(pay.annual[i]! / 12) || 1;
      const share = (x: number) => r2((paid * x) / 12 / total);
      const position = pay.craftsman[i] ? paid : share(c.position[i]!);
      const skill = pay.craftsman[i] ? 0 : share(c.skill[i]!);
      const seniority = pay.craftsman[i] ? 0 : share(c.seniority[i]!);
      const topUp = pay.craftsman[i] ? 0 : share(c.floorTopUp[i]! + c.guaranteeTopUp[i]!);
      const performance = r2(paid - position - skill - seniority - topUp);
      let reward = r2(rewardIn(id, m));
      if (id === I && m === 2) {
        const short = r2(reward - r2(reward - iShare));
        reward = r2(reward - iShare);
        breaches.push({ worker: id, month, kind: 'innovation', short, madeGood: 0 });
      }
      const grossAll = r2(paid + liftPaid + overtimePay + night + reward + back);
      const contributions = r2(Math.min(paid, 24396) * 0.105);
      const tax = r2(Math.max(0, (grossAll - contributions - 5000) * 0.03));
      const net = r2(grossAll - contributions - tax - loss);
      const idNumber = `3201${String(1970 + (i % 30)).padStart(4, '0')}${String(100000 + i).slice(1)}X`;
      lines.push([month, id, w.name[i]!, idNumber, gradeText(level), '', position, skill, performance, seniority, topUp, liftPaid || '', overtimePay || '', night || '', hours, reward || '', contributions, tax, loss || '', back || '', backFor, net, paidOn].join(','));
    }
  }
  // A worker hired in September, not in the pay sheet the scheme was signed on: held to the law only, and paid below the minimum wage.
  for (let m = 8; m < 12; m++) {
    const month = MONTHS[m]!;
    const next = m === 11 ? '2028-01' : MONTHS[m + 1]!;
    const mw = mwOf(m);
    lines.push([month, 'JX9001', '新职工', '320100199901010011', 'L1', '', 1500, 1000, 0, 0, '', '', '', '', '', '', 262.5, 0, '', '', '', 2237.5, `${next}-10`].join(','));
    breaches.push({ worker: 'JX9001', month, kind: 'minimumWage', short: r2(mw - 2500), madeGood: 0 });
  }
  return { csv: lines.join('\r\n') + '\r\n', breaches };
}
