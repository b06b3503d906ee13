/**
 * The papers of 履约检查 (docs/model.md §13), from the engine's check as the
 * page and the CLI show it: the 集体合同履行情况报告 for the workers' congress
 * (what was agreed, what was paid, the shortfalls by clause with totals, what
 * was put right, what the union asks next) and the 整改意见书 to the enterprise
 * (each amount still owed, by worker and month, with its clause, and the day to
 * pay by). Both carry the scheme's and the ledger's fingerprints; every figure
 * is one of the check's. Only articles read in a copy of their text are cited.
 */
import type { Tranche } from '../bargaining/bargaining';
import { FINDING_CITES, FINDING_KINDS, type ComplianceResult, type Finding } from '../compliance/check';
import { LAW, monthIndex, monthText } from '../compliance/rules';
import { detailWords, FINDING_WORDS } from '../compliance/words';
import type { Block, Doc, DocTable } from '../io/docx';
import { LEVEL_WORDS } from '../pay/paramNames';
import type { DocumentsForm } from './form';
import { addDays, AUTHORITY } from './rules';
import { dateText, MONTH_NAMES, num, ordinal, pct, type Lang } from './text';

export const COMPLIANCE_DOCUMENT_KINDS = ['compliance-report', 'rectification', 'inspectorate'] as const;
export type ComplianceDocumentKind = (typeof COMPLIANCE_DOCUMENT_KINDS)[number];

export interface ComplianceDocData {
  scheme: string;
  result: ComplianceResult & { ledgerFingerprint: string };
  /** The contract's terms the payroll was held to. */
  termStart: string;
  termYears: number;
  tranches: readonly Tranche[];
  /** Workers' names from the pay sheet (the ledger's are not kept). */
  name: (id: string) => string;
  /** Days from the paper's date to the day the enterprise is asked to pay by (default 15). */
  payWithinDays?: number;
}

/** An amount to the fen, as a payslip writes it. */
const fen = (x: number, lang: Lang) => num(x, lang, 2);
const month = (k: number, lang: Lang) => {
  const t = monthText(k);
  return lang === 'zh' ? `${t.slice(0, 4)}年${Number(t.slice(5))}月` : t;
};
/** The ledger's whole fingerprint, under the scheme's at the head of the paper (a 64-digit word set in the text breaks its line). */
const ledgerPrint = (d: ComplianceDocData) => [{ label: { zh: '台账指纹', en: 'Ledger fingerprint' }, value: d.result.ledgerFingerprint }];
const cites = (f: Finding['kind'], lang: Lang) => FINDING_CITES[f].map((c) => c[lang]).join(lang === 'zh' ? ';' : '; ');

/** A share as few digits as it needs: 150%, 20%, 175.5%. */
const share = (x: number) => `${+(x * 100).toFixed(2)}%`;
const payDayWords = (d: ComplianceDocData, lang: Lang) => (lang === 'zh' ? `次月 ${d.result.settings.payDay} 日` : `the ${ordinal(d.result.settings.payDay)} of the month after`);

/** The minimum wages the months checked were held to: the one in force in the first month, and each that began later within them. */
function minimumWords(d: ComplianceDocData, lang: Lang): string {
  const r = d.result;
  if (!r.months) return '';
  const steps = [...r.settings.minimumWage].sort((a, b) => monthIndex(a.from) - monthIndex(b.from));
  const used = steps.filter((s, i) => {
    const from = monthIndex(s.from);
    const next = steps[i + 1] ? monthIndex(steps[i + 1]!.from) : Infinity;
    return from <= r.months!.to && next > r.months!.from;
  });
  return used.map((s) => (lang === 'zh' ? `${month(Math.max(monthIndex(s.from), r.months!.from), lang)}起 ${num(s.monthly, lang)} 元` : `CNY ${num(s.monthly, lang)} from ${month(Math.max(monthIndex(s.from), r.months!.from), lang)}`)).join(lang === 'zh' ? '、' : ', ');
}

function trancheWords(d: ComplianceDocData, lang: Lang): string {
  if (!d.tranches.length) return lang === 'zh' ? '合同期内不另行上调' : 'no further raise over the term';
  return d.tranches.map((t) => (lang === 'zh' ? `合同第${t.year}年第${t.month}个月起上调 ${pct(t.percent)}` : `${pct(t.percent)} from month ${t.month} of contract year ${t.year}`)).join(lang === 'zh' ? ';' : '; ');
}

function byKindTable(r: ComplianceResult, lang: Lang): DocTable {
  const zh = lang === 'zh';
  const rows = FINDING_KINDS.filter((k) => r.byKind[k].findings > 0).map((k) => [FINDING_WORDS[k][lang], num(r.byKind[k].findings, lang), fen(r.byKind[k].owed, lang), fen(r.byKind[k].outstanding, lang), cites(k, lang)]);
  rows.push([zh ? '合计' : 'Total', num(FINDING_KINDS.reduce((n, k) => n + r.byKind[k].findings, 0), lang), fen(r.totals.owed, lang), fen(r.totals.outstanding, lang), '']);
  return { title: zh ? '按问题和依据' : 'By finding and clause', header: zh ? ['问题', '条数', '少发(元)', '尚欠(元)', '依据'] : ['Finding', 'Count', 'Short (CNY)', 'Outstanding (CNY)', 'Clause and law'], rows, total: [rows.length - 1], widths: [22, 8, 14, 14, 42] };
}

function scopeText(d: ComplianceDocData, lang: Lang): string {
  const r = d.result;
  const zh = lang === 'zh';
  const span = r.months ? (zh ? `${month(r.months.from, lang)}至${month(r.months.to, lang)}` : `${month(r.months.from, lang)} to ${month(r.months.to, lang)}`) : zh ? '(无)' : '(none)';
  const apart = [
    r.outsideTerm ? (zh ? `合同期外 ${num(r.outsideTerm, lang)} 行未核对` : `${num(r.outsideTerm, lang)} row(s) outside the term were not checked`) : '',
    r.lawOnly.notInSheet || r.lawOnly.craftsmen ? (zh ? `签约工资表以外的职工 ${num(r.lawOnly.notInSheet, lang)} 人和按薪酬包计酬的工匠 ${num(r.lawOnly.craftsmen, lang)} 人·月只按法定标准核对` : `${num(r.lawOnly.notInSheet, lang)} worker(s) not in the pay sheet signed on and ${num(r.lawOnly.craftsmen, lang)} craftsman-month(s) paid by packages were held to the law only`) : '',
    r.noPayDate ? (zh ? `${num(r.noPayDate, lang)} 行没有发放日期,未核对是否逾期` : `${num(r.noPayDate, lang)} row(s) have no pay date, so lateness was not checked`) : '',
  ].filter(Boolean);
  return zh
    ? `核对对象为企业工资支付台账 ${span}(台账指纹见文首),共 ${num(r.rows, lang)} 行,其中合同期内 ${num(r.checked, lang)} 人·月逐人逐月核对${apart.length ? `;${apart.join(';')}` : ''}。`
    : `The enterprise's payroll ledger ${span} (its fingerprint under the title), ${num(r.rows, lang)} rows, of which ${num(r.checked, lang)} worker-months within the term were checked one by one${apart.length ? `; ${apart.join('; ')}` : ''}.`;
}

function agreedText(d: ComplianceDocData, lang: Lang): string {
  return lang === 'zh'
    ? `工资专项集体合同自${dateText(d.termStart, lang)}起,期限 ${d.termYears} 年。职工工资按合同附件一《工资计算办法》(方案“${d.scheme}”,方案指纹见文首)计发,要素分配的点值按签约时确定,合同期内不因人员增减而变动;技能等级晋升的,自晋升次月起按新等级计发;增资批次:${trancheWords(d, lang)}。不足整月的,按月工资 ÷ ${num(d.result.settings.paidDaysPerMonth, lang, 2)} × 计薪天数计;加班工资以本人正常工作时间工资为基数,不低于当地最低工资标准。`
    : `The special collective contract on wages runs from ${dateText(d.termStart, lang)} for ${d.termYears} year(s). Pay follows its Annex 1 (the scheme "${d.scheme}", its fingerprint under the title); a pool's point values are those fixed at signing, unchanged when people join or leave; a promoted worker is paid at the new grade from the month after; tranches: ${trancheWords(d, lang)}. A part month is the month's pay ÷ ${num(d.result.settings.paidDaysPerMonth, lang, 2)} × paid days; overtime is paid on the worker's own normal-hours wage, never below the local minimum wage.`;
}

/** How each month was checked, with the settings it was held to. */
function methodText(d: ComplianceDocData, lang: Lang): string {
  const s = d.result.settings;
  const mw = minimumWords(d, lang);
  const [a, b, c] = s.overtimeRates.map(share);
  return lang === 'zh'
    ? `每名职工每月的实发工资,与合同约定的应发工资、保底工资、当月有效的当地最低工资标准(${mw ? `${mw};` : ''}不含加班工资和中夜班、高温、井下、有毒有害等特殊条件津贴)及技能人才薪酬最低标准逐项比较;同一人同一月低于多项标准的,按差额最大的一项计欠发金额,其余一并注明;差额不足 ${num(s.tolerance, lang, 2)} 元的不计。加班工资按 ${a}、${b}、${c} 核对;赔偿扣款不得超过当月工资的 ${share(s.deductionShare)},扣除后不得低于最低工资标准;工资应于${payDayWords(d, lang)}前发放。`
    : `Each worker's pay for each month was compared with the pay the contract sets, the guarantee, the local minimum wage in force that month (${mw ? `${mw}; ` : ''}less overtime and the night, heat, underground and hazardous-work allowances) and the skill-talent floor; where a month falls below several, the largest shortfall is what is owed and the others are named; a difference under CNY ${num(s.tolerance, lang, 2)} is not counted. Overtime was checked at ${a}, ${b} and ${c}; a deduction for a loss may not exceed ${share(s.deductionShare)} of the month's pay nor leave less than the minimum wage; pay is due by ${payDayWords(d, lang)}.`;
}

/** The innovation rewards: when the scheme says they are paid, and what fell due and was paid; or that they were not checked. */
function innovationText(d: ComplianceDocData, lang: Lang): string {
  const x = d.result.innovation;
  if (!x) return '';
  const zh = lang === 'zh';
  if (!x.achievements) return zh ? '方案设有技术创新奖励规则,但核对时未提供创新成果清单,创新奖励未核对。' : 'The scheme has innovation reward rules, but no list of achievements was given: the innovation rewards were not checked.';
  const one = zh ? (x.payBy.oneOffMonths === 0 ? '认定当月' : `认定之月后第${x.payBy.oneOffMonths}个月`) : x.payBy.oneOffMonths === 0 ? 'the month it is accepted' : `the ${ordinal(x.payBy.oneOffMonths)} month after the month it is accepted`;
  return zh
    ? `技术创新奖励按职工技术创新专项集体合同(方案的奖励规则,按 ${num(x.achievements, lang)} 项成果)核对:一次性奖励最迟随${one}的工资发放,上一年度的收益分成最迟随次年 ${x.payBy.shareMonth} 月的工资发放;台账中的创新奖励按到期先后冲抵。核对月份内到期 ${fen(x.due, lang)} 元(${num(x.workers, lang)} 人),到期时已发 ${fen(x.paidOnTime, lang)} 元。`
    : `Innovation rewards were checked against the special contract on technical innovation (the scheme's reward rules, on ${num(x.achievements, lang)} achievements): a one-off reward is paid with the pay of ${one} at the latest, a year's yield shares with the pay of ${MONTH_NAMES[x.payBy.shareMonth - 1]} of the next year; the ledger's innovation rewards are set against them in the order they fall due. CNY ${fen(x.due, lang)} fell due in the months checked (${num(x.workers, lang)} workers), of which CNY ${fen(x.paidOnTime, lang)} was paid by then.`;
}

/** 集体合同履行情况报告: for the workers' congress. */
export function complianceReport(d: ComplianceDocData, f: DocumentsForm, lang: Lang, date: string): Doc {
  const zh = lang === 'zh';
  const r = d.result;
  const t = r.totals;
  const payBy = addDays(date, d.payWithinDays ?? 15);
  const owing = t.outstanding > 0;
  const blocks: Block[] = [
    { kind: 'heading', text: zh ? '一、合同约定' : '1. What was agreed' },
    { kind: 'paragraph', indent: true, text: agreedText(d, lang) },
    { kind: 'heading', text: zh ? '二、核对范围和方法' : '2. What was checked, and how' },
    { kind: 'paragraph', indent: true, text: scopeText(d, lang) },
    { kind: 'paragraph', indent: true, text: methodText(d, lang) },
    ...(d.result.innovation ? [{ kind: 'paragraph' as const, indent: true, text: innovationText(d, lang) }] : []),
    { kind: 'heading', text: zh ? '三、履行情况' : '3. How the contract was kept' },
    {
      kind: 'paragraph',
      indent: true,
      text:
        t.owed === 0 && t.late === 0
          ? zh
            ? `经核对,台账所列各月工资均不低于合同约定和法定标准,且均按时发放。约定增资到位 ${r.raise.share === null ? '—' : pct(r.raise.share)}。`
            : `Every month of the ledger was paid at least what the contract and the law require, on time. Share of the agreed raise paid: ${r.raise.share === null ? '—' : pct(r.raise.share)}.`
          : zh
            ? `经核对,少发工资 ${fen(t.owed, lang)} 元,涉及 ${num(t.workers, lang)} 人、${num(t.workerMonths, lang)} 人·月;企业已补发 ${fen(t.madeGood, lang)} 元,尚欠 ${fen(t.outstanding, lang)} 元;逾期发放 ${num(t.late, lang)} 次。约定增资到位 ${r.raise.share === null ? '—' : pct(r.raise.share)}(实发增资 ${fen(r.raise.paid, lang)} 元,约定增资 ${fen(r.raise.agreed, lang)} 元)。`
            : `CNY ${fen(t.owed, lang)} was paid short to ${num(t.workers, lang)} worker(s) over ${num(t.workerMonths, lang)} worker-month(s); the enterprise has made good CNY ${fen(t.madeGood, lang)}, and CNY ${fen(t.outstanding, lang)} is outstanding; ${num(t.late, lang)} payment(s) were late. Share of the agreed raise paid: ${r.raise.share === null ? '—' : pct(r.raise.share)} (CNY ${fen(r.raise.paid, lang)} of CNY ${fen(r.raise.agreed, lang)}).`,
    },
  ];
  if (t.owed > 0 || t.late > 0) {
    blocks.push({ kind: 'table', table: byKindTable(r, lang) });
    blocks.push({
      kind: 'table',
      table: {
        title: zh ? '按月份' : 'By month',
        header: zh ? ['月份', '少发人数', '少发(元)'] : ['Month', 'Workers short', 'Short (CNY)'],
        rows: r.byMonth.filter((m) => m.owed > 0).map((m) => [month(m.month, lang), num(m.workers, lang), fen(m.owed, lang)]),
      },
    });
    if (r.byGrade.length) blocks.push({ kind: 'table', table: { title: zh ? '按技能等级' : 'By skill grade', header: zh ? ['等级', '人数', '少发(元)', '尚欠(元)'] : ['Grade', 'Workers', 'Short (CNY)', 'Outstanding (CNY)'], rows: r.byGrade.map((g) => [LEVEL_WORDS[g.key as keyof typeof LEVEL_WORDS]?.[lang] ?? g.key, num(g.workers, lang), fen(g.owed, lang), fen(g.outstanding, lang)]) } });
    if (r.byDepartment.length) blocks.push({ kind: 'table', table: { title: zh ? '按部门' : 'By department', header: zh ? ['部门', '人数', '少发(元)', '尚欠(元)'] : ['Department', 'Workers', 'Short (CNY)', 'Outstanding (CNY)'], rows: r.byDepartment.map((g) => [g.key, num(g.workers, lang), fen(g.owed, lang), fen(g.outstanding, lang)]) } });
  }
  blocks.push(
    { kind: 'heading', text: zh ? '四、已纠正的情况' : '4. What was put right' },
    {
      kind: 'paragraph',
      indent: true,
      text: t.madeGood > 0 ? (zh ? `企业已通过补发工资纠正 ${fen(t.madeGood, lang)} 元;这些项目已结清,不列入整改意见书。` : `The enterprise has made good CNY ${fen(t.madeGood, lang)} by back pay; those items are settled and not in the rectification notice.`) : zh ? '核对期间企业没有补发少发的工资。' : 'The enterprise made no back pay over the months checked.',
    },
    { kind: 'heading', text: zh ? '五、工会的意见' : "5. What the union asks" },
    {
      kind: 'paragraph',
      indent: true,
      keepNext: true,
      text: owing
        ? zh
          ? `工会要求企业于${dateText(payBy, lang)}前补足尚欠的 ${fen(t.outstanding, lang)} 元(逐人逐月明细见整改意见书),并按合同约定的日期发放工资。企业逾期不补足的,工会将依照《劳动合同法》第五十六条要求企业承担责任,必要时提请劳动保障监察或者申请仲裁。`
          : `The union asks the enterprise to pay the CNY ${fen(t.outstanding, lang)} outstanding by ${dateText(payBy, lang)} (each worker and month in the rectification notice) and to pay on the agreed day. If it does not, the union will hold it liable under Labour Contract Law art. 56 and, where needed, turn to the labour inspectorate or to arbitration.`
        : t.late > 0
          ? zh
            ? '工会要求企业今后按合同约定的日期发放工资。'
            : 'The union asks the enterprise to pay on the agreed day from now on.'
          : zh
            ? '合同履行良好,工会将继续按月核对。'
            : 'The contract is being kept; the union will go on checking month by month.',
    },
    { kind: 'signatures', signers: [{ role: zh ? '报告人' : 'Reported by', name: f.union, rep: zh ? '工会主席' : 'Union chair' }] },
  );
  return { title: zh ? '工资专项集体合同履行情况报告' : 'Report on the performance of the special collective contract on wages', subtitle: zh ? `${f.enterprise}职工代表大会` : `${f.enterprise} workers' congress`, docNumber: f.docNumber, fingerprint: r.fingerprint, moreFingerprints: ledgerPrint(d), date, blocks };
}

/** 整改意见书: to the enterprise, every amount still owed by worker and month, and the day to pay by. */
export function rectificationNotice(d: ComplianceDocData, f: DocumentsForm, lang: Lang, date: string): Doc {
  const zh = lang === 'zh';
  const r = d.result;
  const payBy = addDays(date, d.payWithinDays ?? 15);
  const owed = r.findings.filter((x) => x.outstanding > 0);
  const owedWorkers = new Set(owed.map((x) => x.worker)).size;
  const late = r.findings.filter((x) => x.kind === 'late');
  const blocks: Block[] = [
    { kind: 'paragraph', text: zh ? `${f.enterprise}:` : `To ${f.enterprise}:` },
    { kind: 'heading', text: zh ? '一、核对情况' : '1. What was checked' },
    {
      kind: 'paragraph',
      indent: true,
      text: zh
        ? `工会依照工资专项集体合同的监督检查条款,对照企业工资支付台账核对了合同履行情况。${scopeText(d, lang)}`
        : `Under the wage contract's article on supervision, the union has checked the enterprise's payroll ledger against the contract. ${scopeText(d, lang)}`,
    },
    { kind: 'paragraph', indent: true, text: agreedText(d, lang) },
  ];
  blocks.push({ kind: 'heading', text: zh ? '二、尚欠工资和补发期限' : '2. What is owed, and the day to pay by' });
  if (owed.length) {
    blocks.push(
      {
        kind: 'paragraph',
        indent: true,
        text: zh
          ? `经核对,下列 ${num(owedWorkers, lang)} 名职工共 ${num(owed.length, lang)} 项工资尚欠 ${fen(r.totals.outstanding, lang)} 元。请于${dateText(payBy, lang)}前如数补发,并将补发情况书面告知工会。`
          : `The ${num(owedWorkers, lang)} worker(s) below are owed CNY ${fen(r.totals.outstanding, lang)} in ${num(owed.length, lang)} item(s). Please pay them in full by ${dateText(payBy, lang)} and tell the union in writing when it is done.`,
      },
      {
        kind: 'table',
        table: {
          title: zh ? '尚欠工资明细' : 'Amounts outstanding',
          header: zh ? ['工号', '姓名', '月份', '问题', '应得(元)', '实得(元)', '尚欠(元)', '依据'] : ['Id', 'Name', 'Month', 'Finding', 'Due (CNY)', 'Paid (CNY)', 'Outstanding (CNY)', 'Clause and law'],
          rows: [
            // A deduction's figures are what could be deducted and what was: said in words, not as pay due and paid.
            ...owed.map((x) => [x.worker, d.name(x.worker), month(x.month, lang), [FINDING_WORDS[x.kind][lang], detailWords(x, lang)].filter(Boolean).join(zh ? ':' : ': '), x.kind === 'deduction' ? '—' : fen(x.agreed, lang), x.kind === 'deduction' ? '—' : fen(x.paid, lang), fen(x.outstanding, lang), cites(x.kind, lang)]),
            [zh ? '合计' : 'Total', '', '', '', '', '', fen(r.totals.outstanding, lang), ''],
          ],
          total: [owed.length],
          widths: [10, 8, 8, 17, 13, 13, 13, 18],
        },
      },
    );
  } else blocks.push({ kind: 'paragraph', indent: true, text: zh ? '经核对,没有尚欠的工资。' : 'Nothing is outstanding.' });
  if (late.length)
    blocks.push({ kind: 'heading', text: zh ? '三、逾期发放' : '3. Paid late' }, {
      kind: 'paragraph',
      indent: true,
      text: zh
        ? `另有 ${num(late.length, lang)} 次工资晚于合同约定的发放日(${payDayWords(d, lang)})发放:${late.map((x) => `${x.worker} ${d.name(x.worker)} ${month(x.month, lang)}(晚 ${x.detail} 天)`).join('、')}。请今后按约定日期发放(《工资支付暂行规定》第七条)。`
        : `${num(late.length, lang)} payment(s) were made after the agreed day (${payDayWords(d, lang)}): ${late.map((x) => `${x.worker} ${d.name(x.worker)} ${month(x.month, lang)} (${x.detail} days late)`).join(', ')}. Please pay on the agreed day (Provisional Regulations on Wage Payment, art. 7).`,
    });
  blocks.push(
    { kind: 'heading', text: zh ? `${late.length ? '四' : '三'}、依据` : `${late.length ? 4 : 3}. The law` },
    {
      kind: 'paragraph',
      indent: true,
      // With the signatures: never a page of signatures alone.
      keepNext: true,
      text: zh
        ? '依照《劳动合同法》第五十五条,劳动合同中的劳动报酬不得低于集体合同规定的标准;企业违反集体合同、侵犯职工劳动权益的,工会可以依照该法第五十六条要求企业承担责任。'
        : 'Under Labour Contract Law art. 55, no labour contract may pay less than the collective contract; where an enterprise breaches the collective contract and infringes the workers\' rights, the union may hold it liable under art. 56.',
    },
    { kind: 'signatures', signers: [{ role: zh ? '工会' : 'Trade union', name: f.union, rep: zh ? '工会主席' : 'Union chair' }] },
  );
  return { title: zh ? '工资专项集体合同履行整改意见书' : 'Rectification notice: the special collective contract on wages', subtitle: f.union, docNumber: f.docNumber, fingerprint: r.fingerprint, moreFingerprints: ledgerPrint(d), date, blocks };
}

/**
 * Which item of 《劳动合同法》第八十五条 a shortfall falls under: pay below the
 * collective contract is pay not paid in full as agreed (第五十五条 puts the
 * collective contract's standard into every labour contract), as is a
 * deduction beyond the limit; below the minimum wage is item (二); overtime
 * unpaid is item (三).
 */
const ART85_ITEM: Record<Finding['kind'], 1 | 2 | 3> = { payRule: 1, tranche: 1, guarantee: 1, skillFloor: 1, innovation: 1, deduction: 1, late: 1, minimumWage: 2, overtime: 3 };
const ART85_WORDS = {
  1: { zh: '未按照劳动合同的约定或者国家规定及时足额支付劳动报酬', en: 'pay not paid in full and on time as the labour contract (and so the collective contract) or the state requires' },
  2: { zh: '低于当地最低工资标准支付工资', en: 'pay below the local minimum wage' },
  3: { zh: '安排加班不支付加班费', en: 'overtime worked and not paid' },
} as const;
const ITEM_MARK = (i: 1 | 2 | 3, lang: Lang) => (lang === 'zh' ? `第八十五条第(${'一二三'[i - 1]})项` : `art. 85 (${i})`);

/**
 * 提请劳动保障监察的函 and its attachment: the amounts still owed by worker and
 * month, each under the item of 《劳动合同法》第八十五条 it falls under and with
 * the ledger's file and row it was read from, for the labour inspectorate when
 * the enterprise has not put them right. Only what is outstanding is listed;
 * late payments (paid, but after the agreed day) are counted beside them.
 */
export function inspectorateLetter(d: ComplianceDocData, f: DocumentsForm, lang: Lang, date: string): Doc {
  const zh = lang === 'zh';
  const r = d.result;
  const owed = r.findings.filter((x) => x.outstanding > 0);
  const owedWorkers = new Set(owed.map((x) => x.worker)).size;
  const late = r.findings.filter((x) => x.kind === 'late');
  const auth = AUTHORITY.value[lang];
  const law = (c: { zh: string; en: string }) => c[lang];
  const files = new Set(owed.map((x) => x.file));
  const oneFile = files.size === 1 ? [...files][0]! : null;
  const where = (x: Finding) => (oneFile ? (zh ? `第 ${x.row} 行` : `row ${x.row}`) : zh ? `${x.file} 第 ${x.row} 行` : `${x.file}, row ${x.row}`);
  const lastMonth = r.months ? month(r.months.to, lang) : zh ? '(无)' : '(none)';
  const blocks: Block[] = [
    { kind: 'paragraph', text: zh ? `(所在地)${auth}劳动保障监察机构:` : `To the labour security inspectorate of the (local) ${auth}:` },
    {
      kind: 'paragraph',
      indent: true,
      text: zh
        ? `依照${law(LAW.unionSupervision)}和第九条,${f.union}提请对${f.enterprise}${f.enterpriseAddress ? `(地址:${f.enterpriseAddress})` : ''}支付职工工资的情况依法查处。${agreedText(d, lang)}`
        : `Under ${law(LAW.unionSupervision)} and art. 9, ${f.union} asks the inspectorate to look into how ${f.enterprise}${f.enterpriseAddress ? ` (${f.enterpriseAddress})` : ''} pays its workers. ${agreedText(d, lang)}`,
    },
    {
      kind: 'paragraph',
      indent: true,
      text: zh
        ? `工会对照企业的工资支付台账,逐人逐月核对了工资支付情况。${scopeText(d, lang)}工会已于____年__月__日向企业送达整改意见书,要求限期补发;按企业台账(截至${lastMonth}),下列 ${num(owedWorkers, lang)} 名职工共 ${num(owed.length, lang)} 项工资仍尚欠 ${fen(r.totals.outstanding, lang)} 元。`
        : `The union has checked the enterprise's payroll ledger worker by worker and month by month. ${scopeText(d, lang)} On ____ the union delivered a rectification notice asking for the amounts to be paid by a date; by the enterprise's ledger (to ${lastMonth}) the ${num(owedWorkers, lang)} worker(s) below are still owed CNY ${fen(r.totals.outstanding, lang)} in ${num(owed.length, lang)} item(s).`,
    },
    { kind: 'heading', text: zh ? `一、尚欠工资按${law(LAW.enforcement)}分项` : `1. What is outstanding, by the items of ${law(LAW.enforcement)}` },
  ];
  const items = ([1, 2, 3] as const).map((i) => {
    const xs = owed.filter((x) => ART85_ITEM[x.kind] === i);
    return { i, workers: new Set(xs.map((x) => x.worker)).size, count: xs.length, outstanding: xs.reduce((a, x) => a + x.outstanding, 0), kinds: FINDING_KINDS.filter((k) => ART85_ITEM[k] === i && xs.some((x) => x.kind === k)) };
  }).filter((x) => x.count > 0);
  blocks.push({
    kind: 'table',
    table: {
      title: zh ? '分项汇总' : 'By item',
      header: zh ? ['事项', '所含问题', '人数', '项数', '尚欠(元)'] : ['Item', 'Findings', 'Workers', 'Items', 'Outstanding (CNY)'],
      rows: [
        ...items.map((x) => [`${ITEM_MARK(x.i, lang)} ${ART85_WORDS[x.i][lang]}`, x.kinds.map((k) => FINDING_WORDS[k][lang]).join(zh ? '、' : ', '), num(x.workers, lang), num(x.count, lang), fen(x.outstanding, lang)]),
        [zh ? '合计' : 'Total', '', num(owedWorkers, lang), num(owed.length, lang), fen(r.totals.outstanding, lang)],
      ],
      total: [items.length],
      widths: [40, 24, 10, 10, 16],
    },
  });
  if (late.length)
    blocks.push({
      kind: 'paragraph',
      indent: true,
      text: zh
        ? `另有 ${num(late.length, lang)} 次工资晚于合同约定的发放日(${payDayWords(d, lang)})发放,已发放,不计入尚欠(${law(LAW.payDate)})。`
        : `${num(late.length, lang)} more payment(s) were made after the agreed day (${payDayWords(d, lang)}); they were paid and are not counted as outstanding (${law(LAW.payDate)}).`,
    });
  blocks.push(
    { kind: 'heading', text: zh ? '二、请求' : '2. What the union asks' },
    {
      kind: 'paragraph',
      indent: true,
      text: zh
        ? `请依照${law(LAW.enforcement)},责令${f.enterprise}限期向下列职工支付尚欠的劳动报酬、最低工资标准的差额和加班费;逾期不支付的,责令其按应付金额百分之五十以上百分之一百以下的标准向职工加付赔偿金。`
        : `Under ${law(LAW.enforcement)}, please order ${f.enterprise} to pay the workers below what they are owed — their pay, the difference to the minimum wage, their overtime — within a time limit, and, if it does not, to pay them compensation of 50 % to 100 % of the amount owed on top.`,
    },
    { kind: 'heading', text: zh ? '三、附送材料' : '3. Enclosed' },
    {
      kind: 'checklist',
      items: zh
        ? ['工资专项集体合同文本及其生效证明(审查意见书或送达回执)', `企业工资支付台账(${r.months ? `${month(r.months.from, lang)}至${lastMonth}` : ''},工会核对所用文件的指纹见文首)`, '工会整改意见书及送达回证', '本函附件:尚欠工资明细(职工身份证号码不列入,由监察机构向企业调取)', '工会联系人和联系电话']
        : ['The special collective contract on wages and proof it is in force (the review opinion or the receipt)', `The enterprise's payroll ledger (${r.months ? `${month(r.months.from, lang)} to ${lastMonth}` : ''}; the fingerprint of the files checked is under the title)`, "The union's rectification notice and its proof of delivery", "This letter's attachment: the amounts outstanding (the workers' ID numbers are not listed: the inspectorate can ask the enterprise for them)", "The union's contact person and telephone"],
    },
    { kind: 'signatures', signers: [{ role: zh ? '工会' : 'Trade union', name: f.union, rep: zh ? '工会主席' : 'Union chair' }] },
    { kind: 'pageBreak' },
    { kind: 'heading', text: zh ? '附件:尚欠工资明细' : 'Attachment: the amounts outstanding' },
    {
      kind: 'table',
      table: {
        // One ledger file: its name in the title, the rows alone in the table; several: each row names its file.
        title: zh ? `尚欠工资明细(按职工、月份${oneFile ? `;台账文件 ${oneFile}` : ''})` : `Amounts outstanding, by worker and month${oneFile ? ` (ledger file ${oneFile})` : ''}`,
        header: zh ? ['工号', '姓名', '月份', '问题', '第八十五条', '尚欠(元)', '台账出处'] : ['Id', 'Name', 'Month', 'Finding', 'Art. 85', 'Outstanding (CNY)', 'In the ledger'],
        rows: [
          ...owed.map((x) => [x.worker, d.name(x.worker), month(x.month, lang), [FINDING_WORDS[x.kind][lang], detailWords(x, lang)].filter(Boolean).join(zh ? ':' : ': '), zh ? `第(${'一二三'[ART85_ITEM[x.kind] - 1]})项` : `(${ART85_ITEM[x.kind]})`, fen(x.outstanding, lang), where(x)]),
          [zh ? '合计' : 'Total', '', '', '', '', fen(r.totals.outstanding, lang), ''],
        ],
        total: [owed.length],
        widths: oneFile ? [10, 9, 15, 26, 15, 12, 13] : [9, 8, 14, 22, 14, 12, 21],
      },
    },
  );
  return { title: zh ? '关于提请劳动保障监察的函' : 'Letter asking the labour inspectorate to act', subtitle: f.union, docNumber: f.docNumber, fingerprint: r.fingerprint, moreFingerprints: ledgerPrint(d), date, blocks };
}

export function buildComplianceDocument(kind: ComplianceDocumentKind, d: ComplianceDocData, f: DocumentsForm, lang: Lang, date: string): Doc {
  return kind === 'compliance-report' ? complianceReport(d, f, lang, date) : kind === 'rectification' ? rectificationNotice(d, f, lang, date) : inspectorateLetter(d, f, lang, date);
}
