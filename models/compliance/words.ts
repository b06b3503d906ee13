/** The check's words, in Chinese and English, shared by the CLI, the page and the papers; and the table of findings. */
import type { Column, Cell } from '../io/export';
import type { Lang } from '../io/messages';
import { LEVELS, type Workforce } from '../types';
import { FINDING_CITES, type ComplianceResult, type Finding, type FindingKind } from './check';
import { monthText } from './rules';

export const FINDING_WORDS: Record<FindingKind, { zh: string; en: string }> = {
  payRule: { zh: '低于合同约定工资', en: 'below the pay the contract sets' },
  tranche: { zh: '未按期执行增资批次', en: 'a tranche not applied from its date' },
  guarantee: { zh: '低于保底工资', en: 'below the no-loss guarantee' },
  minimumWage: { zh: '低于当地最低工资标准', en: 'below the minimum wage' },
  skillFloor: { zh: '低于技能人才薪酬最低标准', en: 'below the skill-talent floor' },
  innovation: { zh: '创新奖励到期未足额发放', en: 'innovation rewards due and not paid in full' },
  overtime: { zh: '加班工资不足', en: 'overtime underpaid' },
  deduction: { zh: '赔偿扣款超过法定限额', en: 'deduction beyond the legal limit' },
  late: { zh: '工资支付逾期', en: 'paid late' },
};

/** What a finding's detail says, in words. */
export function detailWords(f: Finding, lang: Lang): string {
  const zh = lang === 'zh';
  switch (f.kind) {
    case 'tranche':
      return zh ? `自 ${f.detail} 起的增资未执行` : `the raise from ${f.detail} not applied`;
    case 'late':
      return zh ? `晚于约定发薪日 ${f.detail} 天` : `${f.detail} days after the agreed pay day`;
    case 'overtime': {
      const [a, b, c] = f.detail.split('/');
      return zh ? `延时 ${a} 小时、休息日 ${b} 小时、法定节假日 ${c} 小时` : `${a} h beyond the day, ${b} h on rest days, ${c} h on holidays`;
    }
    case 'deduction':
      return zh ? `依法最多可扣 ${f.agreed.toFixed(2)} 元,实扣 ${f.paid.toFixed(2)} 元` : `at most CNY ${f.agreed.toFixed(2)} may be deducted; CNY ${f.paid.toFixed(2)} was`;
    case 'innovation': {
      const [by, ids] = f.detail.split(';');
      return zh ? `应随 ${by} 工资发放;成果 ${ids!.split(',').join('、')}` : `due with the pay of ${by}; achievements ${ids!.split(',').join(', ')}`;
    }
    case 'minimumWage':
      return zh ? `当月最低工资标准 ${f.detail} 元` : `minimum wage that month: CNY ${f.detail}`;
    default:
      return '';
  }
}

export const FINDING_COLUMNS: Column[] = [
  { key: 'id', zh: '工号', en: 'id' },
  { key: 'name', zh: '姓名', en: 'name' },
  { key: 'department', zh: '部门', en: 'department', shared: true },
  { key: 'level', zh: '技能等级', en: 'grade', shared: true },
  { key: 'month', zh: '工资月份', en: 'month', shared: true },
  { key: 'kind', zh: '问题', en: 'finding', shared: true },
  { key: 'also', zh: '同时低于', en: 'also below' },
  { key: 'clause', zh: '依据', en: 'clause and law', shared: true },
  { key: 'agreed', zh: '应得(元)', en: 'due (CNY)', numFmt: '#,##0.00' },
  { key: 'paid', zh: '实得(元)', en: 'paid (CNY)', numFmt: '#,##0.00' },
  { key: 'short', zh: '差额(元)', en: 'short (CNY)', numFmt: '#,##0.00' },
  { key: 'madeGood', zh: '已补发(元)', en: 'made good (CNY)', numFmt: '#,##0.00' },
  { key: 'madeGoodIn', zh: '补发月份', en: 'made good in' },
  { key: 'outstanding', zh: '尚欠(元)', en: 'outstanding (CNY)', numFmt: '#,##0.00' },
  { key: 'age', zh: '欠付月数', en: 'months outstanding' },
  { key: 'detail', zh: '说明', en: 'detail' },
  { key: 'source', zh: '台账位置', en: 'ledger row' },
  { key: 'schemeFingerprint', zh: '方案指纹(SHA-256)', en: 'scheme fingerprint (SHA-256)', shared: true },
  { key: 'ledgerFingerprint', zh: '台账指纹(SHA-256)', en: 'ledger fingerprint (SHA-256)', shared: true },
];

/** A row of the findings table: the worker's name and department from the pay sheet (the ledger's are not kept). */
export function findingRows(r: ComplianceResult & { ledgerFingerprint: string }, w: Workforce, lang: Lang): (i: number) => Cell[] {
  const index = new Map<string, number>();
  for (let i = 0; i < w.size; i++) index.set(w.id[i]!, i);
  return (k) => {
    const f = r.findings[k]!;
    const i = index.get(f.worker);
    const cites = FINDING_CITES[f.kind].map((c) => c[lang]).join(lang === 'zh' ? ';' : '; ');
    return [
      f.worker,
      i === undefined ? '' : w.name[i]!,
      f.department,
      f.level >= 0 ? LEVELS[f.level]! : '',
      monthText(f.month),
      FINDING_WORDS[f.kind][lang],
      f.also.map((a) => FINDING_WORDS[a][lang]).join(lang === 'zh' ? '、' : ', '),
      cites,
      f.agreed,
      f.paid,
      f.short,
      f.madeGood,
      f.madeGoodIn >= 0 ? monthText(f.madeGoodIn) : '',
      f.outstanding,
      f.ageMonths,
      detailWords(f, lang),
      lang === 'zh' ? `${f.file} 第 ${f.row} 行` : `${f.file}, row ${f.row}`,
      r.fingerprint,
      r.ledgerFingerprint,
    ];
  };
}
