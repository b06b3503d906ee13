/**
 * The innovations file (docs/files.md): achievements with their kind, grade,
 * date, team and yield, from CSV (UTF-8, GBK, UTF-16) or XLSX, Chinese or
 * English headers. Read as strictly as the pay sheet: every problem is
 * collected with the file, the row as the spreadsheet numbers it and the
 * column as the file names it; an achievement with an error is left out and
 * counted, never guessed.
 *
 * A team is written either as a list in one cell ("JX0012:60;JX0031:40",
 * "JX0012(60%)、JX0031(40%)", or ids alone for equal shares), or one row per
 * worker with a 工号 column and a 份额 column (the achievement's id repeated).
 * Shares are percentages when they sum to 100, fractions when they sum to 1.
 */
import { emptyAchievements, INNOVATION_GRADES, INNOVATION_KINDS, YIELD_KINDS, type Achievements, type InnovationGrade, type InnovationKind, type YieldKind } from '../innovation/innovation';
import { fold, parseNumberCell } from './cells';
import { csvEachRow } from './csv';
import { decodeBytes } from './decode';
import { headerUnit, normalizeHeader } from './headers';
import { beyondHeader, clip, type ImportIssue, type TableRow } from './table';
import { looksLikeXlsx, readXlsxTable } from './xlsx';
import type { XlsxBudget } from './zipcheck';

type Col = 'id' | 'title' | 'kind' | 'grade' | 'date' | 'workers' | 'worker' | 'share' | 'yieldKind' | 'yield';

export const ACHIEVEMENT_ALIASES: Record<Col, readonly string[]> = {
  id: ['id', 'achievement_id', 'achievement', '成果编号', '编号', '项目编号', '成果号'],
  title: ['title', 'name', '成果名称', '名称', '项目名称', '成果'],
  kind: ['kind', 'category', 'type', '类别', '成果类别', '类型', '成果类型'],
  grade: ['grade', 'award_grade', '等级', '奖励等级', '评定等级', '获奖等级'],
  date: ['date', 'granted', 'completed', '日期', '完成日期', '授权日期', '认定日期', '评定日期'],
  workers: ['workers', 'members', 'team', '完成人', '参与职工', '完成人员', '成员'],
  worker: ['worker', 'worker_id', 'member', '工号', '职工工号', '完成人工号'],
  share: ['share', 'member_share', '份额', '分配比例', '贡献比例', '比例'],
  yieldKind: ['yield_kind', 'yieldkind', 'benefit_kind', '收益类型', '效益类型'],
  yield: ['annual_yield', 'yield', 'benefit', '年收益', '年效益', '年经济效益', '年节约或新增利润'],
};

export const ACHIEVEMENT_LABELS: Record<Col, { zh: string; en: string }> = {
  id: { zh: '成果编号', en: 'id' },
  title: { zh: '成果名称', en: 'title' },
  kind: { zh: '类别', en: 'kind' },
  grade: { zh: '等级', en: 'grade' },
  date: { zh: '日期', en: 'date' },
  workers: { zh: '完成人', en: 'workers' },
  worker: { zh: '工号', en: 'worker' },
  share: { zh: '份额', en: 'share' },
  yieldKind: { zh: '收益类型', en: 'yield kind' },
  yield: { zh: '年收益(元)', en: 'annual yield (CNY)' },
};

const LOOKUP = new Map<string, Col>();
for (const [c, aliases] of Object.entries(ACHIEVEMENT_ALIASES) as [Col, readonly string[]][]) for (const a of aliases) LOOKUP.set(normalizeHeader(a), c);

/** Units the yield column may carry: 元 or 万元 a year. */
const YIELD_UNITS: Record<string, number> = { 元: 1, '元/年': 1, cny: 1, rmb: 1, yuan: 1, 'cny/year': 1, 'yuan/year': 1, 万元: 10000, '万元/年': 10000 };

const KIND_NAMES: Record<string, InnovationKind> = {
  合理化建议: 'suggestion', 建议: 'suggestion', suggestion: 'suggestion', proposal: 'suggestion',
  技术革新: 'improvement', 技改: 'improvement', 技术改进: 'improvement', 革新: 'improvement', 技术改造: 'improvement', improvement: 'improvement',
  技术攻关: 'breakthrough', 攻关: 'breakthrough', breakthrough: 'breakthrough',
  发明专利: 'invention', 发明: 'invention', invention: 'invention',
  实用新型: 'utility', 实用新型专利: 'utility', utility: 'utility', utilitymodel: 'utility',
  外观设计: 'design', 外观设计专利: 'design', design: 'design',
  软件著作权: 'software', 软著: 'software', 计算机软件著作权: 'software', software: 'software',
  工艺: 'method', 操作法: 'method', 先进操作法: 'method', 工法: 'method', 工艺方法: 'method', method: 'method',
};
const GRADE_NAMES: Record<string, InnovationGrade> = {
  一等: 'first', 一等奖: 'first', 一: 'first', '1': 'first', first: 'first',
  二等: 'second', 二等奖: 'second', 二: 'second', '2': 'second', second: 'second',
  三等: 'third', 三等奖: 'third', 三: 'third', '3': 'third', third: 'third',
  '': 'none', 无: 'none', 未评: 'none', 未评等: 'none', none: 'none', '-': 'none',
};
const YIELD_NAMES: Record<string, YieldKind> = {
  节约: 'saving', 节约额: 'saving', 成本节约: 'saving', 年节约: 'saving', 降本: 'saving', saving: 'saving', savings: 'saving',
  新增利润: 'profit', 利润: 'profit', 新增营业利润: 'profit', 营业利润: 'profit', profit: 'profit',
  许可: 'licence', 转让: 'licence', 许可收入: 'licence', 转让收入: 'licence', 许可转让: 'licence', licence: 'licence', license: 'licence',
  '': 'none', 无: 'none', 无法计量: 'none', 不可计量: 'none', none: 'none',
};
const key = (t: string) => fold(t).toLowerCase().replace(/[\s_-]+/g, '');

/** A calendar date as people write it: 2025-03-01, 2025/3/1, 2025年3月1日, 2025.3.1 (or a year alone: 1 January). */
export function parseDateCell(raw: string): { date: string; year: number } | null {
  const t = fold(raw);
  const m = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?年?$/.exec(t);
  if (!m) return null;
  const y = Number(m[1]),
    mo = m[2] ? Number(m[2]) : 1,
    d = m[3] ? Number(m[3]) : 1;
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > last) return null;
  const date = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // Written as it is stored: the cell's own string is kept (200,000 achievements kept 6 MB of equal copies).
  return { date: date === t ? t : date, year: y };
}

/**
 * One member of a team cell: `JX0012`, `JX0012:60`, `JX0012=60%`, `JX0012(60)`.
 * Read by hand, not by a pattern: the pattern it replaced (a lazy id, then
 * optional spaces and a share) took hours on an id followed by a megabyte of
 * spaces. Null when it is none of these (an empty id, an empty share, two
 * colons, brackets inside brackets).
 */
function teamMember(part: string): { id: string; share: string | null } | null {
  const t = part.trim();
  let id: string;
  let share: string;
  if (t.endsWith(')')) {
    const open = t.lastIndexOf('(');
    if (open < 0) return null;
    id = t.slice(0, open);
    share = t.slice(open + 1, -1);
    if (share.includes('(') || share.includes(')')) return null;
  } else {
    const colon = t.search(/[:=]/);
    if (colon < 0) return t && !t.includes('(') ? { id: t, share: null } : null;
    id = t.slice(0, colon);
    share = t.slice(colon + 1);
    if (/[:=]/.test(share)) return null;
  }
  id = id.trim();
  share = share.trim();
  if (share.endsWith('%')) share = share.slice(0, -1).trim();
  return id && share ? { id, share } : null;
}

/** A team in one cell: ids with optional shares. null share: none written. */
export function parseTeamCell(raw: string): { id: string; share: number | null }[] | { error: string } {
  const parts = fold(raw)
    .split(/[;、,|]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: { id: string; share: number | null }[] = [];
  for (const p of parts) {
    const m = teamMember(p);
    if (!m) return { error: p };
    if (m.share === null) {
      out.push({ id: m.id, share: null });
      continue;
    }
    const v = parseNumberCell(m.share);
    if (v === null || v <= 0) return { error: p };
    out.push({ id: m.id, share: v });
  }
  return out;
}

export interface AchievementsImport {
  file: string;
  encoding?: string;
  sheet?: string;
  achievements: Achievements;
  /** Achievements read (an achievement over several rows counts once), and those kept. */
  total: number;
  valid: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  ignoredColumns: string[];
  /** The yield column's unit, when one was read from its header. */
  unit?: { column: string; unit: string; factor: number };
}

/** Reads an innovations file of either kind; the content decides, not the name. */
export async function importAchievements(bytes: Uint8Array, opts: { file: string; sheet?: string; budget?: XlsxBudget; /** YYYY-MM-DD; an achievement dated after it is set aside (default: today). */ today?: string }): Promise<AchievementsImport> {
  const { file } = opts;
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const fail = (code: string, params: Record<string, string | number>, row = 1): AchievementsImport => ({ file, achievements: emptyAchievements(), total: 0, valid: 0, errors: [{ file, row, column: '', columnIndex: 0, value: '', code, params }], warnings: [], ignoredColumns: [] });
  if (looksLikeXlsx(bytes)) {
    const t = await readXlsxTable(bytes, opts);
    if (!t.ok) return fail(t.code, t.params, t.row);
    const r = tableToAchievements(t.rows, file, today);
    for (const m of t.missing) r.errors.push({ file, row: m.row, column: t.rows[0]?.cells[m.col - 1] ?? '', columnIndex: m.col, value: '', code: 'formula-no-result', params: {} });
    return { ...r, sheet: t.sheet };
  }
  // Each row goes from the parser to the reader as it is read; the decoded text is held only while it is parsed.
  const reader = feedAchievements(file, today);
  const parsed = parseCsvInto(bytes, reader.push);
  if (!parsed.ok) return fail(parsed.problem, { line: parsed.line, char: parsed.column, bytes: parsed.bytes }, parsed.line);
  const r = reader.end();
  for (const p of parsed.problems) r.errors.push({ file, row: p.row, column: '', columnIndex: 0, value: '', code: 'bad-quotes', params: { reason: p.reason } });
  r.errors.sort((a, b) => a.row - b.row || a.columnIndex - b.columnIndex);
  return { ...r, encoding: parsed.encoding };
}

/** Decode and parse, handing each row on; the text is this function's alone, and goes when it returns. */
function parseCsvInto(bytes: Uint8Array, onRow: (row: TableRow) => unknown) {
  const d = decodeBytes(bytes);
  if (!d.ok) return d;
  return { ok: true as const, encoding: d.encoding, problems: csvEachRow(d.text, (row) => void onRow(row)) };
}

/** Largest yield a year one achievement may declare: 10 billion 元 (a typo, or a number in the wrong column). */
export const MAX_YIELD = 1e10;

interface Draft {
  row: number;
  id: string;
  title: string;
  kind: InnovationKind;
  grade: InnovationGrade;
  date: string;
  year: number;
  yieldKind: YieldKind;
  yield: number;
  /** Its members; `row` where a member has a row of his own (a team over several rows), else the achievement's. */
  team: { id: string; share: number | null; row?: number }[];
  bad: boolean;
  /**
   * The cells of its first row, for messages about a team written over several rows (checked once all are read); a
   * team in one cell is checked at its row, and nothing of the row is kept.
   */
  cells?: readonly string[];
}

/**
 * `today` (YYYY-MM-DD): an achievement dated after it is said and set aside.
 * The plan year (the scheme's, or the newest achievement's) must never be
 * moved by a date typed wrong: one achievement dated 2031 moved it there, and
 * the plan year's rewards fell from 656,140 to 100,500 元 without a word.
 */
export function tableToAchievements(rows: Iterable<TableRow>, file: string, today = '9999-12-31'): AchievementsImport {
  const reader = feedAchievements(file, today);
  for (const r of rows) if (!reader.push(r)) break;
  return reader.end();
}

/** The reader driven row by row: `push` says whether it wants more rows (a header it refuses ends the reading). */
function feedAchievements(file: string, today: string): { push: (row: TableRow) => boolean; end: () => AchievementsImport } {
  const reader = achievementsReader(file, today);
  reader.next();
  let result: AchievementsImport | null = null;
  return {
    push: (row) => {
      if (result) return false;
      const n = reader.next(row);
      if (n.done) result = n.value;
      return !n.done;
    },
    end: () => result ?? (reader.next(undefined).value as AchievementsImport),
  };
}

/**
 * The reader behind tableToAchievements, as a coroutine: it is handed the rows one at a time (`next(row)`, then
 * `next(undefined)` at the end, which returns the result), so that a CSV's rows go from the parser to the reader and
 * are let go — the whole file's cells held at once were most of the import's memory. Blank rows are passed over.
 */
function* achievementsReader(file: string, today: string): Generator<undefined, AchievementsImport, TableRow | undefined> {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  function* nextRow(): Generator<undefined, TableRow | undefined, TableRow | undefined> {
    for (;;) {
      const r = yield;
      if (r === undefined) return undefined;
      if (r.cells.some((c) => c.trim() !== '')) return r;
    }
  }
  const done = (drafts: Draft[], extra: Partial<AchievementsImport> = {}): AchievementsImport => ({ file, achievements: build(drafts.filter((x) => !x.bad)), total: drafts.length, valid: drafts.filter((x) => !x.bad).length, errors, warnings, ignoredColumns: [], ...extra });
  const header = yield* nextRow();
  if (!header) {
    errors.push({ file, row: 1, column: '', columnIndex: 0, value: '', code: 'empty-file', params: {} });
    return done([]);
  }
  const at: Partial<Record<Col, number>> = {};
  const ignored: string[] = [];
  header.cells.forEach((h, i) => {
    const c = LOOKUP.get(normalizeHeader(h));
    if (!c) {
      if (h.trim()) ignored.push(h);
      return;
    }
    if (at[c] !== undefined) {
      errors.push({ file, row: header.row, column: h, columnIndex: i + 1, value: h, code: 'duplicate-column', params: { index: i + 1, column: h, other: at[c]! + 1, otherName: header.cells[at[c]!]!, label: ACHIEVEMENT_LABELS[c].zh } });
      return;
    }
    at[c] = i;
  });
  const need = (c: Col, alt?: Col) => {
    if (at[c] !== undefined || (alt && at[alt] !== undefined)) return;
    errors.push({ file, row: header.row, column: ACHIEVEMENT_LABELS[c].zh, columnIndex: 0, value: '', code: 'missing-column', params: { label: alt ? `${ACHIEVEMENT_LABELS[c].zh}/${ACHIEVEMENT_LABELS[alt].zh}` : ACHIEVEMENT_LABELS[c].zh, aliases: [...ACHIEVEMENT_ALIASES[c], ...(alt ? ACHIEVEMENT_ALIASES[alt] : [])].join(', ') } });
  };
  need('id');
  need('kind');
  need('date');
  need('workers', 'worker');
  if (at.workers !== undefined && at.worker !== undefined) {
    errors.push({ file, row: header.row, column: header.cells[at.worker]!, columnIndex: at.worker + 1, value: '', code: 'team-two-ways', params: {} });
  }
  let unit: AchievementsImport['unit'];
  if (at.yield !== undefined) {
    const h = header.cells[at.yield]!;
    const u = headerUnit(h);
    if (u !== null) {
      const f = YIELD_UNITS[u];
      if (f === undefined) errors.push({ file, row: header.row, column: h, columnIndex: at.yield + 1, value: u, code: 'unknown-unit', params: { column: h, unit: u, accepted: Object.keys(YIELD_UNITS).join(', ') } });
      else unit = { column: h, unit: u, factor: f };
    }
  }
  if (errors.length) return done([], { ignoredColumns: ignored });
  const factor = unit?.factor ?? 1;

  const byId = new Map<string, Draft>();
  const drafts: Draft[] = [];
  const cell = (r: TableRow, c: Col) => (at[c] === undefined ? '' : (r.cells[at[c]!] ?? ''));
  const issue = (list: ImportIssue[], r: TableRow, c: Col, code: string, params: Record<string, string | number> = {}) => {
    const i = at[c];
    const value = cell(r, c);
    list.push({ file, row: r.row, column: i === undefined ? ACHIEVEMENT_LABELS[c].zh : header.cells[i]!, columnIndex: i === undefined ? 0 : i + 1, value, code, params: { value: clip(value), ...params } });
  };
  // Teams: no one twice, shares all written or none, summing to 100 (%) or 1 — checked with the cells of the
  // achievement's first row (its messages quote them).
  const col: Col = at.workers !== undefined ? 'workers' : 'worker';
  function checkTeam(d: Draft, cells: readonly string[]): void {
    if (d.bad || !d.team.length) return;
    const row = { row: d.row, cells };
    const seen = new Set<string>();
    for (const m of d.team) {
      if (seen.has(m.id)) {
        issue(errors, { row: m.row ?? d.row, cells: row.cells }, col, 'team-twice', { worker: m.id, id: d.id });
        d.bad = true;
      }
      seen.add(m.id);
    }
    if (d.bad) return;
    const given = d.team.filter((m) => m.share !== null).length;
    if (given === 0) {
      for (const m of d.team) m.share = 1 / d.team.length;
      if (d.team.length > 1) issue(warnings, row, col, 'equal-shares', { id: d.id, n: d.team.length });
      return;
    }
    if (given < d.team.length) {
      issue(errors, row, at.share !== undefined ? 'share' : col, 'shares-partial', { id: d.id, given, n: d.team.length });
      d.bad = true;
      return;
    }
    const sum = d.team.reduce((s, m) => s + m.share!, 0);
    const scale = Math.abs(sum - 100) <= 0.5 ? 100 : Math.abs(sum - 1) <= 0.005 ? 1 : null;
    if (scale === null) {
      issue(errors, row, at.share !== undefined ? 'share' : col, 'shares-sum', { id: d.id, sum: Math.round(sum * 1e6) / 1e6 });
      d.bad = true;
      return;
    }
    // Within the tolerance the shares are made to sum to exactly 1, in proportion; said when they did not already.
    if (sum !== scale) issue(warnings, row, at.share !== undefined ? 'share' : col, 'shares-rescaled', { id: d.id, sum: Math.round(sum * 1e6) / 1e6 });
    for (const m of d.team) m.share = m.share! / sum;
  }
  // What a draft keeps of its first row: the cells its team's messages quote (the others let go with the row).
  const kept = (cells: readonly string[]) => cells.map((c, i) => (i === at.workers || i === at.worker || i === at.share ? c : ''));
  for (let r = yield* nextRow(); r !== undefined; r = yield* nextRow()) {
    const beyond = at.id !== undefined ? beyondHeader(r, header.cells.length) : null;
    if (beyond) {
      errors.push({ file, row: r.row, column: '', columnIndex: beyond.columnIndex, value: '', code: beyond.code, params: beyond.params });
      continue;
    }
    // Kept as written (ＣＸ－① stays ＣＸ－①); folded (full-width to half-width, ① to 1) only to find the same achievement.
    const id = cell(r, 'id').trim();
    const match = fold(id);
    if (!id) {
      issue(errors, r, 'id', 'empty-required', { label: ACHIEVEMENT_LABELS.id.zh });
      continue;
    }
    let bad = false;
    const err = (c: Col, code: string, params: Record<string, string | number> = {}) => {
      issue(errors, r, c, code, params);
      bad = true;
    };
    const kindText = cell(r, 'kind');
    const kind = KIND_NAMES[key(kindText)];
    const grade = GRADE_NAMES[key(cell(r, 'grade'))];
    const date = parseDateCell(cell(r, 'date'));
    const yieldKind = YIELD_NAMES[key(cell(r, 'yieldKind'))];
    const yText = cell(r, 'yield').trim();
    const yRaw = yText === '' ? 0 : parseNumberCell(yText);
    const prior = byId.get(match);
    if (prior && prior.id !== id) {
      // Two ids that differ as written but fold to one: which is meant cannot be known.
      issue(errors, r, 'id', 'ids-fold-together', { value: id, other: prior.id, first: prior.row });
      prior.bad = true;
      continue;
    }
    // A later row of the same achievement (one row per worker) may leave its other cells blank; written, they must agree.
    if (prior) {
      if (at.worker === undefined) {
        issue(errors, r, 'id', 'duplicate-achievement', { value: id, first: prior.row });
        prior.bad = true;
        continue;
      }
      const differs = (c: Col, same: boolean) => cell(r, c).trim() !== '' && !same && (issue(errors, r, c, 'achievement-differs', { id, first: prior.row }), (prior.bad = true));
      differs('kind', kind === prior.kind);
      differs('grade', grade === prior.grade);
      differs('date', date?.date === prior.date);
      differs('yieldKind', yieldKind === prior.yieldKind);
      differs('yield', yRaw !== null && yRaw * factor === prior.yield);
      addWorker(prior, r);
      continue;
    }
    if (!kindText.trim()) err('kind', 'empty-required', { label: ACHIEVEMENT_LABELS.kind.zh });
    else if (!kind) err('kind', 'unknown-kind');
    if (!grade) err('grade', 'unknown-award-grade');
    if (!cell(r, 'date').trim()) err('date', 'empty-required', { label: ACHIEVEMENT_LABELS.date.zh });
    else if (!date) err('date', 'bad-date');
    else if (date.date > today) {
      issue(warnings, r, 'date', 'achievement-future', { today });
      bad = true;
    }
    if (yieldKind === undefined) err('yieldKind', 'unknown-yield-kind');
    if (yRaw === null) err('yield', 'not-a-number');
    else if (yRaw < 0) err('yield', 'negative');
    else if (yRaw * factor > MAX_YIELD) err('yield', 'too-large', { label: ACHIEVEMENT_LABELS.yield.zh, labelEn: ACHIEVEMENT_LABELS.yield.en, limit: MAX_YIELD });
    const y = (yRaw ?? 0) * factor;
    if (yieldKind !== undefined && yieldKind !== 'none' && y === 0 && !bad) issue(warnings, r, 'yield', 'yield-missing', { kind: yieldKind });
    if (yieldKind === 'none' && y > 0) err('yieldKind', 'yield-without-kind', { amount: y });
    const d: Draft = { row: r.row, id, title: cell(r, 'title').trim() || id, kind: kind ?? 'suggestion', grade: grade ?? 'none', date: date?.date ?? '', year: date?.year ?? 0, yieldKind: yieldKind ?? 'none', yield: y, team: [], bad, ...(at.workers === undefined ? { cells: kept(r.cells) } : {}) };
    byId.set(match, d);
    drafts.push(d);
    if (at.workers !== undefined) {
      const team = parseTeamCell(cell(r, 'workers'));
      if ('error' in team) {
        issue(errors, r, 'workers', 'bad-team', { part: clip(team.error) });
        d.bad = true;
      } else if (!team.length) {
        issue(errors, r, 'workers', 'empty-required', { label: ACHIEVEMENT_LABELS.workers.zh });
        d.bad = true;
      } else {
        d.team = team.map((m) => ({ id: m.id, share: m.share }));
        checkTeam(d, r.cells);
      }
    } else addWorker(d, r);
  }

  function addWorker(d: Draft, r: TableRow) {
    const id = fold(cell(r, 'worker'));
    if (!id) {
      issue(errors, r, 'worker', 'empty-required', { label: ACHIEVEMENT_LABELS.worker.zh });
      d.bad = true;
      return;
    }
    const sText = cell(r, 'share').replace(/%\s*$/, '').trim();
    const s = sText === '' ? null : parseNumberCell(sText);
    if (s !== null && s <= 0) {
      issue(errors, r, 'share', 'not-positive');
      d.bad = true;
      return;
    }
    if (sText !== '' && s === null) {
      issue(errors, r, 'share', 'not-a-number');
      d.bad = true;
      return;
    }
    d.team.push({ id, share: s, row: r.row });
  }

  // Teams written over several rows, checked now that all are read.
  for (const d of drafts) if (d.cells) checkTeam(d, d.cells);
  return done(drafts, { ignoredColumns: ignored, unit });
}

function build(list: Draft[]): Achievements {
  const n = list.length;
  const members = list.reduce((s, d) => s + d.team.length, 0);
  const a: Achievements = { size: n, id: [], title: [], kind: new Uint8Array(n), grade: new Uint8Array(n), date: [], year: new Uint16Array(n), yieldKind: new Uint8Array(n), yieldPerYear: new Float64Array(n), teamStart: new Uint32Array(n + 1), memberId: [], memberShare: new Float64Array(members) };
  let m = 0;
  list.forEach((d, k) => {
    a.id.push(d.id);
    a.title.push(d.title);
    a.kind[k] = INNOVATION_KINDS.indexOf(d.kind);
    a.grade[k] = INNOVATION_GRADES.indexOf(d.grade);
    a.date.push(d.date);
    a.year[k] = d.year;
    a.yieldKind[k] = YIELD_KINDS.indexOf(d.yieldKind);
    a.yieldPerYear[k] = d.yield;
    a.teamStart[k] = m;
    for (const t of d.team) {
      a.memberId.push(t.id);
      a.memberShare[m++] = t.share!;
    }
  });
  a.teamStart[n] = m;
  return a;
}
