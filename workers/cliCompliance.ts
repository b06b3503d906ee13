/**
 * `--ledger FILE…` (履约检查): the payroll ledgers read in the engine's host, as
 * the page will read them, joined, and held to the main scheme as signed on the
 * pay sheet of `--workforce`, with the contract's terms from `--form`. The
 * settings (the minimum wage by month, the pay day, …) are the dated defaults
 * (models/compliance/rules.ts) or those of a `{"ask": "compliance"}` question.
 */
import { basename } from 'node:path';
import { DEFAULT_COMPLIANCE, ITEM_CLASSES, joinLedgers, monthIndex, monthText, repeatsAcrossFiles, type ComplianceSettings, type ItemClass, type Ledger } from '../models/compliance';
import { LEVELS } from '../models/types';
import { InputError } from '../models/errors';
import type { DocumentsForm, ContractSettings } from '../models/documents';
import type { Lang } from '../models/io/messages';
import { describeIssues } from '../models/io/table';
import type { Scenario } from '../models/pay/scenario';
import { copyAchievements, type Achievements } from '../models/innovation/innovation';
import { readJsonFile, readLimited } from './inFile';
import type { Question } from './cliAsk';
import type { WorkerClient } from './client/workerClient';
import type { EngineResults } from './protocol';

/** A ledger of 100,000 workers' year is about 20 MB a month as CSV; a file over this is not a ledger. */
const MAX_LEDGER_BYTES = 1024 * 2 ** 20;

/** The answer with its months written YYYY-MM (the engine counts months as integers). */
export function readable(r: EngineResults['compliance']) {
  const t = (k: number) => (k >= 0 ? monthText(k) : null);
  return {
    ...r,
    months: r.months ? { from: monthText(r.months.from), to: monthText(r.months.to) } : null,
    asOf: monthText(r.asOf),
    findings: r.findings.map((f) => ({ ...f, month: monthText(f.month), madeGoodIn: t(f.madeGoodIn), level: f.level >= 0 ? LEVELS[f.level]! : null })),
    byMonth: r.byMonth.map((m) => ({ ...m, month: monthText(m.month) })),
  };
}

export type ComplianceQuestion = Extract<Question, { ask: 'compliance' }>;
export type ComplianceAnswer = ReturnType<typeof readable>;

/** The check's settings as a question gives them, over the dated defaults. */
export function settingsOf(q: ComplianceQuestion | undefined): { settings: ComplianceSettings; asOf?: number } {
  if (!q) return { settings: DEFAULT_COMPLIANCE };
  const settings: ComplianceSettings = {
    ...DEFAULT_COMPLIANCE,
    ...(q.minimumWage ? { minimumWage: q.minimumWage.map((m) => ({ from: m.from, monthly: m.monthly, source: m.source, verified: m.verified })) } : {}),
    ...(q.payDay !== undefined ? { payDay: q.payDay } : {}),
    ...(q.paidDaysPerMonth !== undefined ? { paidDaysPerMonth: q.paidDaysPerMonth } : {}),
    ...(q.hoursPerDay !== undefined ? { hoursPerDay: q.hoursPerDay } : {}),
    ...(q.overtimeRates ? { overtimeRates: q.overtimeRates } : {}),
    ...(q.deductionShare !== undefined ? { deductionShare: q.deductionShare } : {}),
    ...(q.tolerance !== undefined ? { tolerance: q.tolerance } : {}),
  };
  return { settings, ...(q.asOf ? { asOf: monthIndex(q.asOf) } : {}) };
}

export interface ComplianceRun {
  /** The engine's answer (months as integers), for the findings table. */
  raw: EngineResults['compliance'];
  result: ComplianceAnswer & { ledger: { files: string[]; rows: number; personalColumns: number; ignoredColumns: { file: string; column: string }[] }; settings: ComplianceSettings };
  /** The check again with a question's settings (the same ledger). */
  again: (q: ComplianceQuestion) => Promise<ComplianceAnswer>;
}

/**
 * `--ledger-columns MAP.json`: the payroll's own headers, each with the item it is ({"应发加班费": "overtime", …}),
 * over the headers the reader knows (docs/files.md). Refused, naming the header, when an item is not one of ITEM_CLASSES.
 */
export function readLedgerColumns(path: string): Record<string, ItemClass> {
  // Decoded as the user saved it: a map of Chinese headers saved by WPS in GBK is read as GBK, never guessed at.
  const raw = readJsonFile(path, 1024 * 1024, 'a column map');
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new InputError(`${path}: give an object, each payroll header with its item: {"应发加班费": "overtime"}`);
  const out: Record<string, ItemClass> = {};
  for (const [header, item] of Object.entries(raw)) {
    if (!header.trim() || header.length > 100) throw new InputError(`${path}: "${header.slice(0, 100)}": a header of 1 to 100 characters`);
    if (typeof item !== 'string' || !(ITEM_CLASSES as readonly string[]).includes(item)) throw new InputError(`${path}: "${header}": the item must be one of ${ITEM_CLASSES.join(', ')} (got ${JSON.stringify(item)})`);
    out[header] = item as ItemClass;
  }
  return out;
}

export async function checkCompliance(client: WorkerClient, datasetId: string, scheme: Scenario, files: string[], form: { form: DocumentsForm; contract: ContractSettings }, questions: Question[], lang: Lang, notes: string[], columns?: Record<string, ItemClass>, innovations?: { achievements: Achievements; id: string }): Promise<ComplianceRun> {
  const parts: Ledger[] = [];
  const problems: string[] = [];
  let personal = 0;
  const ignored: { file: string; column: string }[] = [];
  for (const path of files) {
    const r = await client.ask({ kind: 'importLedger', bytes: readLimited(path, MAX_LEDGER_BYTES, 'a payroll ledger'), file: basename(path), ...(columns ? { columns } : {}) });
    if (r.errors.length) problems.push(...describeIssues(r.errors, lang));
    for (const line of describeIssues(r.warnings, lang)) notes.push(`${lang === 'zh' ? '提示' : 'warning'}: ${line}`);
    personal += r.personalColumns;
    for (const c of r.ignoredColumns) ignored.push({ file: basename(path), column: c });
    parts.push(r.ledger);
  }
  if (problems.length) throw new InputError(`${files.join(', ')}: ${problems.length} problem(s); nothing was checked`, problems);
  if (personal) notes.push(lang === 'zh' ? `提示: 台账中 ${personal} 列身份证号、电话、银行账号或签字未读取,也不保存` : `note: ${personal} column(s) of ID numbers, phone numbers, bank details or signatures were not read, nor kept`);
  for (const x of ignored) notes.push(lang === 'zh' ? `提示: ${x.file}: 未识别的列"${x.column}"未计入任何项目(见 docs/files.md 台账的列)` : `warning: ${x.file}: the column "${x.column}" is not recognised and is counted in no item (docs/files.md, the ledger's columns)`);
  const ledger = joinLedgers(parts);
  // Two files with the same worker's same month: said, not added together.
  for (const x of repeatsAcrossFiles(ledger)) {
    const where = (r: number) => (lang === 'zh' ? `${ledger.files[ledger.fileOf[r]!]} 第 ${ledger.rowOf[r]} 行` : `${ledger.files[ledger.fileOf[r]!]}, row ${ledger.rowOf[r]}`);
    problems.push(lang === 'zh' ? `${where(x.row)}: 工号 ${ledger.id[x.row]} 这个月已在 ${where(x.first)} 出现` : `${where(x.row)}: worker ${ledger.id[x.row]}'s month is already in ${where(x.first)}`);
  }
  if (problems.length) throw new InputError(`${files.join(', ')}: ${problems.length} problem(s); nothing was checked`, problems);
  const ask = (q: ComplianceQuestion | undefined) => {
    const { settings, asOf } = settingsOf(q);
    return client.ask({ kind: 'compliance', datasetId, scenario: scheme, ledger, termStart: form.form.termStart, termYears: form.contract.years, tranches: form.contract.tranches, settings, asOf, ...(innovations ? { innovation: { achievements: copyAchievements(innovations.achievements), achievementsId: innovations.id } } : {}) });
  };

  const first = questions.find((q): q is ComplianceQuestion => q.ask === 'compliance');
  const raw = await ask(first);
  const result = readable(raw);
  return { raw, again: async (q) => readable(await ask(q)), result: { ...result, ledger: { files: ledger.files, rows: ledger.size, personalColumns: personal, ignoredColumns: ignored }, settings: settingsOf(first).settings } };
}
