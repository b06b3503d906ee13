/** Numbers for people: Chinese grouping, 元 and 万元, percentages. Display only; the engine keeps full precision. */
import { NUMBER } from '../../models/io/cells';
import { chineseNumber } from '../../models/documents/text';

export type Lang = 'zh' | 'en';

const yuanFmt = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const wanFmt = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const millionFmt = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function yuan(x: number, lang: Lang = 'zh'): string {
  if (!Number.isFinite(x)) return '—';
  return lang === 'zh' ? `${yuanFmt.format(x)} 元` : `CNY ${yuanFmt.format(x)}`;
}

const centsFmt = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An amount to the fen: 1,234.50. */
export function cents(x: number): string {
  return Number.isFinite(x) ? centsFmt.format(x) : '—';
}

export function num(x: number): string {
  return Number.isFinite(x) ? yuanFmt.format(x) : '—';
}

/** 万元 (10,000 CNY), the unit of wage bills in Chinese documents; millions of CNY in English. */
export function wan(x: number, lang: Lang = 'zh'): string {
  if (!Number.isFinite(x)) return '—';
  return lang === 'zh' ? `${wanFmt.format(x / 1e4)} 万元` : `CNY ${millionFmt.format(x / 1e6)} m`;
}

export function pct(x: number, digits = 1): string {
  if (!Number.isFinite(x)) return '—';
  return `${(x * 100).toFixed(digits)}%`;
}

export function signed(x: number, f: (v: number) => string): string {
  return x > 0 ? `+${f(x)}` : x < 0 ? `−${f(-x)}` : f(0);
}

/**
 * A number as a person types it: full-width digits, thousands separators,
 * spaces and a trailing % or unit are tolerated; anything else is not a number
 * (null). An empty field is null too.
 */
export function parseTyped(text: string): number | null {
  let t = text.normalize('NFKC').replace(/[\s\u00a0]/g, '');
  t = t.replace(/[%％]$/, '').replace(/^[¥￥]/, '').replace(/(万元|元|人|年|股)$/, '');
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) t = t.replace(/,/g, '');
  if (!NUMBER.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/** A number for an input field: no grouping (so it can be edited), at most `decimals` places, no trailing zeros. */
export function editable(x: number | null | undefined, decimals = 6): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '';
  const f = Math.pow(10, decimals);
  const r = Math.round(x * f) / f;
  return String(Object.is(r, -0) ? 0 : r);
}

/** Items of a list in a sentence: 甲、乙、丙 in Chinese, "a, b, c" in English. */
export function list(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

const EN_YEAR_WORDS = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/**
 * How many years, as a title says it: 五 / Five. Chinese counts with the documents' numerals (两 for two, as before a
 * measure word); English spells out one to ten (a projection runs 1 to 10 years), and gives the digits beyond.
 */
export function yearsWord(n: number, lang: Lang): string {
  if (lang === 'zh') return n === 2 ? '两' : chineseNumber(n);
  return EN_YEAR_WORDS[n] ?? String(n);
}
