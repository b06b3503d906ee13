/**
 * Import problems are data (code + parameters), turned into words here, in
 * Chinese or English, so the CLI and the UI say the same thing.
 */
export type Lang = 'zh' | 'en';

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

const MESSAGES: Record<string, { zh: Template; en: Template }> = {
  'empty-file': { zh: () => '文件是空的,没有表头行', en: () => 'the file is empty: no header row' },
  'unreadable': { zh: (p) => `无法读取文件:${p.reason}`, en: (p) => `cannot read the file: ${p.reason}` },
  'sheet-not-found': { zh: (p) => `找不到工作表"${p.sheet}"(有:${p.sheets})`, en: (p) => `no sheet "${p.sheet}" (the workbook has: ${p.sheets})` },
  'bad-quotes': { zh: (p) => `引号不成对:${p.reason}`, en: (p) => `unbalanced quotes: ${p.reason}` },
  'missing-column': {
    zh: (p) => `缺少必填列"${p.label}"(可用表头:${p.aliases})`,
    en: (p) => `missing required column "${p.label}" (accepted headers: ${p.aliases})`,
  },
  'duplicate-column': {
    zh: (p) => `"${p.column}"与第 ${p.other} 列"${p.otherName}"都表示${p.label},请删去一列`,
    en: (p) => `"${p.column}" and column ${p.other} "${p.otherName}" both mean ${p.label}; remove one`,
  },
  'duplicate-id': { zh: (p) => `工号 ${p.value} 重复(第 ${p.first} 行已出现)`, en: (p) => `id ${p.value} appears twice (first in row ${p.first})` },
  'empty-required': { zh: (p) => `"${p.label}"不能为空`, en: (p) => `"${p.label}" must not be empty` },
  'unknown-grade': {
    zh: (p) => `无法识别的技能等级"${p.value}",请填 L1–L8、1–8 或 学徒工/初级工/中级工/高级工/技师/高级技师/特级技师/首席技师`,
    en: (p) => `unknown skill grade "${p.value}": use L1–L8, 1–8 or the Chinese grade names`,
  },
  'unknown-rating': {
    zh: (p) => `无法识别的绩效等级"${p.value}",请填 A–E 或 优秀/良好/合格/基本合格/不合格`,
    en: (p) => `unknown rating "${p.value}": use A–E or 优秀/良好/合格/基本合格/不合格`,
  },
  'unknown-category': { zh: (p) => `无法识别的岗位类别"${p.value}",请填 基础类/重要类/关键类/核心类 或 1–4`, en: (p) => `unknown post category "${p.value}": use basic/important/key/core or 1–4` },
  'not-a-number': { zh: (p) => `"${p.value}"不是数字`, en: (p) => `"${p.value}" is not a number` },
  'negative': { zh: (p) => `不能为负数:${p.value}`, en: (p) => `must not be negative: ${p.value}` },
  'not-positive': { zh: (p) => `必须大于 0:${p.value}`, en: (p) => `must be greater than 0: ${p.value}` },
  'too-many-cells': {
    zh: (p) => `这一行有 ${p.count} 个单元格,表头只有 ${p.header} 列(可能是数字里的逗号没有加引号)`,
    en: (p) => `this row has ${p.count} cells but the header has ${p.header} columns (an unquoted comma in a number?)`,
  },
  'looks-annual': {
    zh: (p) => `月工资 ${p.value} 是全表中位数的 ${p.ratio} 倍,像是年薪,请核对`,
    en: (p) => `monthly pay ${p.value} is ${p.ratio}× the file's median: is it an annual amount?`,
  },
  'below-minimum': {
    zh: (p) => `月工资 ${p.value} 低于最低工资标准 ${p.minimum}`,
    en: (p) => `monthly pay ${p.value} is below the minimum wage ${p.minimum}`,
  },
  'zero-pay': { zh: () => '月工资为 0', en: () => 'monthly pay is 0' },
  'years-high': { zh: (p) => `工龄 ${p.value} 年,超过 50 年,请核对`, en: (p) => `${p.value} years of service is over 50: please check` },
  'formula-result': {
    zh: (p) => `单元格是公式,已使用其计算结果 ${p.value}`,
    en: (p) => `the cell holds a formula; its computed value ${p.value} was used`,
  },
  'formula-no-result': { zh: () => '单元格是公式但没有保存计算结果,请在 Excel 中重新保存', en: () => 'the cell holds a formula with no saved result: re-save the file in Excel' },
};

export function formatMessage(code: string, params: Params, lang: Lang): string {
  const m = MESSAGES[code];
  if (!m) return `${code} ${JSON.stringify(params)}`;
  return m[lang](params);
}
