/**
 * Import problems are data (code + parameters), turned into words here, in
 * Chinese or English, so the CLI and the UI say the same thing.
 */
export type Lang = 'zh' | 'en';

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

const MESSAGES: Record<string, { zh: Template; en: Template }> = {
  'mixed-encoding': {
    zh: (p) => `第 ${p.line} 行第 ${p.char} 个字符处的字节(${p.bytes})不是有效的 UTF-8:文件可能被截断,或混入了其他编码(如 GBK)的文字。为免把中文读成乱码,没有导入。请在 Excel/WPS 中把文件另存为"CSV UTF-8"后再导入`,
    en: (p) => `the bytes at line ${p.line}, character ${p.char} (${p.bytes}) are not valid UTF-8: the file is cut off, or text in another encoding (such as GBK) was pasted into it. Nothing was imported, so that no Chinese text is misread; save the file again as "CSV UTF-8" in Excel or WPS`,
  },
  'bad-gb18030': {
    zh: (p) => `文件不是 UTF-8,按 GBK/GB18030 读取时第 ${p.line} 行第 ${p.char} 个字符处的字节(${p.bytes})无效:文件的编码已损坏或混杂,没有导入。请在 Excel/WPS 中把文件另存为"CSV UTF-8"后再导入`,
    en: (p) => `the file is not UTF-8, and read as GBK/GB18030 the bytes at line ${p.line}, character ${p.char} (${p.bytes}) are invalid: its encoding is damaged or mixed. Nothing was imported; save the file again as "CSV UTF-8" in Excel or WPS`,
  },
  'bad-utf16': {
    zh: (p) => `文件是 UTF-16 编码,但第 ${p.line} 行第 ${p.char} 个字符处的字节(${p.bytes})无效:文件已损坏,没有导入`,
    en: (p) => `the file is UTF-16, but the bytes at line ${p.line}, character ${p.char} (${p.bytes}) are invalid: the file is damaged. Nothing was imported`,
  },
  'xlsx-too-large': {
    zh: (p) => `这个 Excel 文件解压后有 ${p.size} MB,超过 ${p.limit} MB 的上限,为免浏览器卡死没有打开。请只保留要导入的那一个工作表,或另存为 CSV`,
    en: (p) => `this Excel file expands to ${p.size} MB, over the ${p.limit} MB limit; it was not opened, so the page does not freeze. Keep only the sheet to import, or save it as CSV`,
  },
  'xlsx-too-many-cells': {
    zh: (p) => `这个 Excel 文件的工作表共有 ${p.cells} 个单元格(含只设了格式的空单元格),超过 ${p.limit} 个的上限,没有打开。请删去多余的行、列或工作表,或另存为 CSV`,
    en: (p) => `the sheets of this Excel file hold ${p.cells} cells (formatted empty ones included), over the limit of ${p.limit}; it was not opened. Remove the extra rows, columns or sheets, or save it as CSV`,
  },
  'xlsx-far-column': {
    zh: (p) => `第 ${p.row} 行在第 ${p.column} 列有内容,远在表格之外(最多读到第 ${p.limit} 列),没有导入。请删去该单元格,或只把表格另存为 CSV`,
    en: (p) => `row ${p.row} has something in column ${p.column}, far outside the table (columns are read up to ${p.limit}); nothing was imported. Delete that cell, or save the table alone as CSV`,
  },
  'xlsx-too-many-rows': {
    zh: (p) => `这个 Excel 文件的工作表共有 ${p.rows} 行,超过 ${p.limit} 行的上限,没有打开。请删去多余的行,或另存为 CSV`,
    en: (p) => `the sheets of this Excel file hold ${p.rows} rows, over the ${p.limit}-row limit; it was not opened. Remove the extra rows, or save it as CSV`,
  },
  'xlsx-damaged': { zh: (p) => `这个 Excel 文件已损坏,无法解压:${p.reason}`, en: (p) => `this Excel file is damaged and cannot be unzipped: ${p.reason}` },
  'damaged-workbook': {
    zh: () => '这个 Excel 文件的内部结构已损坏(某处引用了不存在的文字或格式),无法读取。请在 Excel/WPS 中打开后重新保存,或另存为 CSV',
    en: () => 'the inside of this Excel file is damaged (a part refers to text or formatting that is not there) and cannot be read; open it in Excel or WPS and save it again, or save it as CSV',
  },
  'damaged-sheet': { zh: (p) => `工作表在第 ${p.row} 行附近已损坏,无法读取(${p.reason})。请在 Excel/WPS 中打开后重新保存`, en: (p) => `the sheet is damaged near row ${p.row} and cannot be read (${p.reason}); open it in Excel or WPS and save it again` },
  'unknown-unit': {
    zh: (p) => `列"${p.column}"的单位"${p.unit}"无法识别,为免按错误单位读取,没有导入。可用的单位:${p.accepted}(或去掉括号中的单位)`,
    en: (p) => `the unit "${p.unit}" of column "${p.column}" is not one this program knows, so nothing was imported rather than read in the wrong unit. Known units: ${p.accepted} (or remove the unit from the header)`,
  },
  'all-zero-pay': { zh: () => '所有职工的月工资都是 0:没有现工资总额,无法计算增长', en: () => 'every worker\'s monthly pay is 0: there is no current wage bill to grow' },
  'no-rows': { zh: () => '文件只有表头,没有职工数据', en: () => 'the file has a header row but no workers' },
  'too-large': {
    zh: (p) => `${p.label} ${p.value} 大得不合常理(上限 ${Number(p.limit).toLocaleString('zh-CN')}):请核对是否填错列或多了位数`,
    en: (p) => `${p.labelEn} ${p.value} is implausibly large (limit ${Number(p.limit).toLocaleString('en-US')}): check the column and the number of digits`,
  },
  'id-trimmed': { zh: (p) => `工号"${p.value}"两端有空格,已按"${p.id}"读取`, en: (p) => `the id "${p.value}" has spaces around it; read as "${p.id}"` },
  'empty-file': { zh: () => '文件是空的,没有表头行', en: () => 'the file is empty: no header row' },
  'unreadable': { zh: (p) => `无法读取文件:${p.reason}`, en: (p) => `cannot read the file: ${p.reason}` },
  'sheet-not-found': { zh: (p) => `找不到工作表"${p.sheet}"(有:${p.sheets})`, en: (p) => `no sheet "${p.sheet}" (the workbook has: ${p.sheets})` },
  'bad-quotes': { zh: (p) => `引号不成对:${p.reason}`, en: (p) => `unbalanced quotes: ${p.reason}` },
  'missing-column': {
    zh: (p) => `缺少必填列"${p.label}"(可用表头:${p.aliases})`,
    en: (p) => `missing required column "${p.label}" (accepted headers: ${p.aliases})`,
  },
  'duplicate-column': {
    zh: (p) => `第 ${p.index} 列"${p.column}"与第 ${p.other} 列"${p.otherName}"都表示${p.label},请删去一列`,
    en: (p) => `column ${p.index} "${p.column}" and column ${p.other} "${p.otherName}" both mean ${p.label}; remove one`,
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
  'unknown-yes-no': { zh: (p) => `无法识别"${p.value}",请填 是/否 或 1/0`, en: (p) => `"${p.value}" is neither yes nor no: use 是/否, yes/no or 1/0` },
  'unknown-category': { zh: (p) => `无法识别的岗位类别"${p.value}",请填 基础类/重要类/关键类/核心类 或 1–4`, en: (p) => `unknown post category "${p.value}": use basic/important/key/core or 1–4` },
  'not-a-number': { zh: (p) => `"${p.value}"不是数字`, en: (p) => `"${p.value}" is not a number` },
  'negative': { zh: (p) => `不能为负数:${p.value}`, en: (p) => `must not be negative: ${p.value}` },
  'not-positive': { zh: (p) => `必须大于 0:${p.value}`, en: (p) => `must be greater than 0: ${p.value}` },
  'cell-beyond-header': {
    zh: (p) => `第 ${p.column} 列有内容"${p.value}",但表头只有 ${p.header} 列:请给这一列加上表头,或删去它`,
    en: (p) => `column ${p.column} holds "${p.value}" but the header has ${p.header} columns: give the column a header, or delete it`,
  },
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
  // The innovations file (models/io/achievements.ts).
  'duplicate-achievement': { zh: (p) => `成果编号 ${p.value} 重复(第 ${p.first} 行已出现);一项成果有多名完成人时,请用"完成人"列列出,或用"工号"列每人一行`, en: (p) => `achievement ${p.value} appears twice (first in row ${p.first}); list a team in the workers column, or use a worker column with one row per worker` },
  'achievement-differs': { zh: (p) => `与成果 ${p.id} 第 ${p.first} 行所填不同:同一成果的各行只能填相同的值,或留空`, en: (p) => `differs from what row ${p.first} says of achievement ${p.id}: the rows of one achievement must agree, or leave the cell blank` },
  'unknown-kind': { zh: (p) => `无法识别的成果类别"${p.value}",请填 合理化建议/技术革新/技术攻关/发明专利/实用新型/外观设计/软件著作权/先进操作法`, en: (p) => `unknown kind "${p.value}": use suggestion, improvement, breakthrough, invention, utility, design, software or method (or the Chinese names)` },
  'unknown-award-grade': { zh: (p) => `无法识别的等级"${p.value}",请填 一等/二等/三等,或留空(未评等)`, en: (p) => `unknown grade "${p.value}": use first, second, third, or leave it blank (not graded)` },
  'bad-month': { zh: (p) => `"${p.value}"不是有效月份,请填如 2027-03、2027/3、2027年3月 或 202703`, en: (p) => `"${p.value}" is not a month: write 2027-03, 2027/3, 2027年3月 or 202703` },
  'ledger-twice': { zh: (p) => `这名职工这个月已在第 ${p.first} 行出现:同一职工同一月份只能有一行(补发请填在"补发工资"列)`, en: (p) => `this worker's month is already in row ${p.first}: one row per worker and month (back pay goes in the back-pay column)` },
  'ledger-no-month': { zh: () => '台账没有"月份"列,文件名中也看不出月份(如 2027-03):请加上月份列,或把文件名改为含月份', en: () => 'the ledger has no month column and its file name gives no month (such as 2027-03): add a month column, or put the month in the file name' },
  'ledger-no-pay': { zh: (p) => `台账中没有可识别的合同工资项目列(如 ${p.aliases}):无法核对`, en: (p) => `the ledger has no column of pay under the contract that can be recognised (such as ${p.aliases}): nothing can be checked` },
  'ledger-gross-differs': { zh: (p) => `应发工资 ${p.value} 与各工资项目之和 ${p.sum} 不符:可能有工资项目列未被识别(见"未识别的列"),核对时按各项目计`, en: (p) => `gross pay ${p.value} differs from the sum of the items, ${p.sum}: a pay column may not have been recognised (see the columns ignored); the check uses the items` },
  'bad-date': { zh: (p) => `"${p.value}"不是有效日期,请填如 2025-03-01、2025/3/1 或 2025年3月1日(1990–2100 年)`, en: (p) => `"${p.value}" is not a real date: write 2025-03-01, 2025/3/1 or 2025年3月1日 (years 1990–2100)` },
  'ids-fold-together': { zh: (p) => `成果编号 ${p.value} 与第 ${p.first} 行的 ${p.other} 只有全角/半角或圈号数字之别,无法确定是否同一成果:请统一写法`, en: (p) => `achievement id ${p.value} differs from ${p.other} (row ${p.first}) only in full-width or circled characters; whether they are one achievement cannot be known: write them the same way` },
  'achievement-future': { zh: (p) => `成果日期 ${p.value} 晚于今天(${p.today}):尚未取得的成果不计入,这项成果已搁置。日期填错的,请改正后重新导入`, en: (p) => `dated ${p.value}, after today (${p.today}): an achievement not yet made is not counted, so it was set aside; correct the date and import again if it is a typing error` },
  'unknown-yield-kind': { zh: (p) => `无法识别的收益类型"${p.value}",请填 节约/新增利润/许可,或留空(无法计量)`, en: (p) => `unknown yield kind "${p.value}": use saving, profit, licence, or leave it blank (not measurable)` },
  'yield-missing': { zh: () => '填了收益类型但年收益为空或 0:这项成果按没有收益计算', en: () => 'a yield kind is given but the annual yield is blank or 0: no yield is counted for it' },
  'yield-without-kind': { zh: (p) => `填了年收益 ${p.amount} 元,但收益类型为空(无法计量):请填 节约/新增利润/许可,没有导入这项成果`, en: (p) => `an annual yield of ${p.amount} CNY is given with no yield kind: write saving, profit or licence; the achievement was not imported` },
  'bad-team': { zh: (p) => `完成人"${p.part}"写法无法识别:请写成 JX0012:60;JX0031:40(份额可省略,则平均分配)`, en: (p) => `cannot read the team member "${p.part}": write JX0012:60;JX0031:40 (leave the shares out for equal shares)` },
  'team-twice': { zh: (p) => `工号 ${p.worker} 在成果 ${p.id} 中出现两次`, en: (p) => `worker ${p.worker} appears twice in achievement ${p.id}` },
  'equal-shares': { zh: (p) => `成果 ${p.id} 的 ${p.n} 名完成人没有填份额,已按平均分配`, en: (p) => `no shares are given for the ${p.n} workers of achievement ${p.id}: they share equally` },
  'shares-partial': { zh: (p) => `成果 ${p.id} 的 ${p.n} 名完成人中只有 ${p.given} 人填了份额:请全部填写,或全部留空(平均分配)`, en: (p) => `only ${p.given} of the ${p.n} workers of achievement ${p.id} have a share: give every share, or none (equal shares)` },
  'shares-sum': { zh: (p) => `成果 ${p.id} 的份额合计 ${p.sum},既不是 100(%)也不是 1:请核对`, en: (p) => `the shares of achievement ${p.id} sum to ${p.sum}, neither 100 (%) nor 1: check them` },
  'shares-rescaled': { zh: (p) => `成果 ${p.id} 的份额合计 ${p.sum},已按比例调整为正好 100%`, en: (p) => `the shares of achievement ${p.id} sum to ${p.sum}; they were scaled in proportion to exactly 100 %` },
  'team-two-ways': { zh: () => '文件同时有"完成人"列和"工号"列:请只用一种写法', en: () => 'the file has both a workers column and a worker column: use one way only' },
  'formula-no-result': { zh: () => '单元格是公式但没有保存计算结果,请在 Excel 中重新保存', en: () => 'the cell holds a formula with no saved result: re-save the file in Excel' },
};

// eslint-disable-next-line no-control-regex -- these are the characters it finds
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- these are the characters it finds
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Control characters (C0, DEL, C1) and the bidirectional marks and overrides
 * written out as \x1b or \u202e: a message shows what a file holds and never
 * acts on the terminal (an escape sequence in a cell could erase the error
 * lines above it and print "OK"). `keepLines` keeps tab and line feed, for
 * text that is several lines on purpose.
 */
export function escapeControls(text: string, keepLines = false): string {
  return text.replace(keepLines ? CONTROLS_BUT_LINES : CONTROLS, (c) => {
    const n = c.charCodeAt(0);
    return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

export function formatMessage(code: string, params: Params, lang: Lang): string {
  const m = MESSAGES[code];
  if (!m) return `${code} ${JSON.stringify(params)}`;
  return m[lang](params);
}
