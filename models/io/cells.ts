/** Reading one cell as people type it in Excel/WPS. Returns null when the text is not a valid value. */
import type { Level, Rating } from '../types';

const ASCII = /^[\x20-\x7e]*$/;
// Each digit can belong to one quantifier only (no `\d+\.?\d*`, which tries every split of a long run of digits).
export const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** NFKC folds full-width digits, letters, ￥ and brackets to their ASCII forms; skipped for plain ASCII (the common, hot case). */
export function fold(text: string): string {
  const t = text.trim();
  return ASCII.test(t) ? t : t.normalize('NFKC').trim();
}

export function parseNumberCell(raw: string): number | null {
  let t = fold(raw);
  let sign = '';
  if (t[0] === '-' || t[0] === '+') {
    sign = t[0];
    t = t.slice(1).trim();
  }
  t = t.replace(/^[¥$]\s*/, '');
  // Not /\s*元$/: searched from every space of a long run of spaces, that takes the square of its length.
  if (t.endsWith('元')) t = t.slice(0, -1).trimEnd();
  t = sign + t;
  if (t.includes(',')) {
    if (!GROUPED.test(t)) return null;
    t = t.replace(/,/g, '');
  }
  if (!NUMBER.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

const GRADE_NAMES: Record<string, Level> = {
  学徒工: 'L1',
  初级工: 'L2',
  五级: 'L2',
  中级工: 'L3',
  四级: 'L3',
  高级工: 'L4',
  三级: 'L4',
  技师: 'L5',
  二级: 'L5',
  高级技师: 'L6',
  一级: 'L6',
  特级技师: 'L7',
  首席技师: 'L8',
};

export function parseLevelCell(raw: string): Level | null {
  const t = fold(raw).toUpperCase();
  const m = /^L?([1-8])(\.0+)?$/.exec(t);
  if (m) return `L${m[1]}` as Level;
  return GRADE_NAMES[t] ?? null;
}

const RATING_NAMES: Record<string, Rating> = {
  优秀: 'A',
  良好: 'B',
  合格: 'C',
  称职: 'C',
  基本合格: 'D',
  基本称职: 'D',
  不合格: 'E',
  不称职: 'E',
};

const CATEGORY_NAMES: Record<string, number> = { 基础类: 1, 基础: 1, BASIC: 1, 重要类: 2, 重要: 2, IMPORTANT: 2, 关键类: 3, 关键: 3, KEY: 3, 核心类: 4, 核心: 4, CORE: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Post category of the 2025 skill-talent guide: 1 basic … 4 core; null when unrecognised. */
export function parseCategoryCell(raw: string): number | null {
  return CATEGORY_NAMES[fold(raw).toUpperCase()] ?? null;
}

const YES = new Set(['是', 'Y', 'YES', '1', 'TRUE', '√', '✓', '班组长']);
const NO = new Set(['否', 'N', 'NO', '0', 'FALSE', '', '-', '—', '×']);

/** 是/否, yes/no, 1/0 (an empty cell is no); null when it is neither. */
export function parseYesNoCell(raw: string): 0 | 1 | null {
  const t = fold(raw).toUpperCase();
  return YES.has(t) ? 1 : NO.has(t) ? 0 : null;
}

export function parseRatingCell(raw: string): Rating | null {
  const t = fold(raw).toUpperCase();
  if (/^[A-E]$/.test(t)) return t as Rating;
  return RATING_NAMES[t] ?? null;
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(k: number): string {
  let s = '';
  for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
