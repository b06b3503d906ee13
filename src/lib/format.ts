/** Numbers for people: Chinese grouping, 元 and 万元, percentages. Display only; the engine keeps full precision. */
export type Lang = 'zh' | 'en';

const yuanFmt = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const wanFmt = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const millionFmt = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function yuan(x: number, lang: Lang = 'zh'): string {
  if (!Number.isFinite(x)) return '—';
  return lang === 'zh' ? `${yuanFmt.format(x)} 元` : `CNY ${yuanFmt.format(x)}`;
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
