/**
 * How the documents write: one number format (thousands separators, the
 * minus sign −, the same decimals everywhere), dates as 2027年3月1日 (or
 * 1 March 2027 in English), full-width punctuation in Chinese text, and
 * nothing an XML parser refuses. Every string that reaches a Word file goes
 * through `typeset`.
 */
export type Lang = 'zh' | 'en';

/** Characters XML 1.0 does not allow (C0 controls but tab, LF and CR; lone surrogates; U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character XML 1.0 does not allow replaced by U+FFFD, and how many were replaced. */
export function xmlSafe(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const out = text.replace(NOT_XML, () => {
    replaced++;
    return '\uFFFD';
  });
  return { text: out, replaced };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date (YYYY-MM-DD) as the language writes it: 2027年3月1日, or 1 March 2027. */
export function dateText(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === 'zh' ? `${y}年${mo}月${da}日` : `${da} ${MONTHS[mo - 1] ?? mo} ${y}`;
}

/** Half-width punctuation that Chinese text writes full-width. A comma or colon between digits (3,500 or 10:30) stays. */
function fullWidth(text: string): string {
  return text
    .replace(/(?<!\d),|,(?!\d)/g, '\uff0c')
    .replace(/(?<!\d):|:(?!\d)/g, '\uff1a')
    .replace(/;/g, '\uff1b')
    .replace(/\(/g, '\uff08')
    .replace(/\)/g, '\uff09')
    .replace(/\?/g, '\uff1f')
    .replace(/!/g, '\uff01')
    // No space beside full-width punctuation.
    // From the first space of a run only (the lookbehind): tried from every space, a long run takes the square of its length.
    .replace(/(?<! ) +(?=[\uff0c\uff1a\uff1b\uff08\uff09\uff1f\uff01\u3001\u3002])/g, '')
    .replace(/([\uff0c\uff1a\uff1b\uff08\uff09\uff1f\uff01\u3001\u3002]) +/g, '$1');
}

/** A string as it goes into a document: XML-safe, ISO dates written out, and in Chinese with full-width punctuation. */
export function typeset(text: string, lang: Lang): string {
  const safe = xmlSafe(text).text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (d) => dateText(d, lang));
  return lang === 'zh' ? fullWidth(safe) : safe;
}

// ---------------------------------------------------------------- numbers

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-US');
const MINUS = '−';
/** Grouped by thousands with between `least` and `most` decimals, and the minus sign (never on a value that rounds to 0). */
function grouped(x: number, lang: Lang, least: number, most: number): string {
  const s = Math.abs(x).toLocaleString(locale(lang), { minimumFractionDigits: least, maximumFractionDigits: most });
  return x < 0 && Number(s.replace(/,/g, '')) !== 0 ? `${MINUS}${s}` : s;
}
/** A number grouped by thousands with `digits` decimals, and the minus sign. */
export function num(x: number, lang: Lang, digits = 0): string {
  return grouped(x, lang, digits, digits);
}
/** With its sign: +439, −439. */
export function signedNum(x: number, lang: Lang, digits = 0): string {
  const s = num(x, lang, digits);
  return s.startsWith(MINUS) || Number(s.replace(/,/g, '')) === 0 ? s : `+${s}`;
}
/** 元 a year or a month as money: 42,562.8 万元 (CNY 425.63 m in English). */
export function wan(x: number, lang: Lang): string {
  return lang === 'zh' ? `${num(x / 1e4, lang, 1)} 万元` : `CNY ${num(x / 1e6, lang, 2)} m`;
}
/** Whole yuan: 4,730 元 (CNY 4,730). */
export function yuan(x: number, lang: Lang): string {
  return lang === 'zh' ? `${num(Math.round(x), lang)} 元` : `CNY ${num(Math.round(x), lang)}`;
}
/** A share in percent, two decimals: 5.16%. */
export function pct(x: number, digits = 2): string {
  return `${num(x * 100, 'en', digits)}%`;
}
/** A change in percent with its sign: +5.16%, −3.92%. */
export function signedPct(x: number, digits = 2): string {
  return `${signedNum(x * 100, 'en', digits)}%`;
}

const zhNumerals = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
export const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** 1 → 一, 12 → 十二, 20 → 二十, 21 → 二十一. */
export function chineseNumber(n: number): string {
  if (n <= 10) return zhNumerals[n]!;
  if (n < 20) return `十${zhNumerals[n - 10]}`;
  const tens = Math.floor(n / 10);
  return `${zhNumerals[tens]}十${zhNumerals[n % 10]}`;
}

/** A number with as many decimals as it needs, at most `digits` (a rule's rate or point value, exactly as applied). */
export function exact(x: number, lang: Lang, digits = 4): string {
  return grouped(x, lang, 0, digits);
}
