/**
 * Headless CLI (formats.md): the same engine as the app, from a terminal.
 * Exit 0 on success, 2 on bad input (file, row, column and reason on stderr,
 * nothing on stdout), 1 on an internal error.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { summarizePayoffs } from '../models/equityMc';
import { RULE_TEXT, type RuleWarning } from '../models/equityRules';
import { InputError } from '../models/errors';
import { importWorkforce } from '../models/io/import';
import type { Lang } from '../models/io/messages';
import { decodeBytes } from '../models/io/decode';
import { formatMessage } from '../models/io/messages';
import { describeIssues } from '../models/io/table';
import { combineProjection, projectionSettings } from '../models/projection';
import { parseScenarioJson, validateScenario, type Scenario } from '../models/scenario';
import type { CraftsmanOutput, SimulationOutput } from '../models/simulate';
import { writeCsv, writeXlsx } from './cliExport';
import { report } from './cliReport';
import { answerQuestions, parseQuestions, type Question } from './cliAsk';
import { createEngineHost } from './host';

/** A scheme is a few kilobytes; anything this large is not one. */
const MAX_SCENARIO_BYTES = 1_000_000;

const USAGE = `usage: npm run simulate -- --workforce FILE --scenario FILE [--compare FILE …]
                    [--json] [--out FILE.csv|FILE.xlsx] [--lang zh|en] [--sheet NAME]
                    [--years N --paths N --seed N] [--ask QUESTIONS.json]`;

function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new InputError(`${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function intOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  // Decimal digits only: "0x10", "1e3" and " 5" are not what a person means by a number of paths.
  const n = /^\d{1,12}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new InputError(`--${name} must be a whole number from ${min} to ${max}, written in digits (got "${value}")`);
  return n;
}

function loadScenario(path: string): Scenario {
  const bytes = readBytes(path);
  if (bytes.length > MAX_SCENARIO_BYTES) throw new InputError(`${path}: a scheme file of ${bytes.length} bytes is too large (at most ${MAX_SCENARIO_BYTES}); is it the right file?`);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new InputError(`${path}: ${formatMessage(decoded.problem, { line: decoded.line, char: decoded.column, bytes: decoded.bytes }, 'en')}`);
  const text = decoded.text;
  const r = parseScenarioJson(text);
  if (!r.ok) throw new InputError(`${path}: invalid scenario`, r.issues.map((i) => `${path}: ${i.path || '(file)'}: ${i.message}`));
  return r.scenario;
}

export async function main(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout: string;
  const err: string[] = [];
  try {
    let args;
    try {
      args = parseArgs({
        args: argv,
        options: {
          workforce: { type: 'string' },
          scenario: { type: 'string' },
          compare: { type: 'string', multiple: true },
          json: { type: 'boolean' },
          out: { type: 'string' },
          lang: { type: 'string' },
          sheet: { type: 'string' },
          years: { type: 'string' },
          paths: { type: 'string' },
          seed: { type: 'string' },
          ask: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
        strict: true,
        allowPositionals: false,
      }).values;
    } catch (e) {
      throw new InputError(`${(e as Error).message}\n${USAGE}`);
    }
    if (args.help) return { code: 0, stdout: USAGE + '\n', stderr: '' };
    if (!args.workforce || !args.scenario) throw new InputError(`--workforce and --scenario are required\n${USAGE}`);
    const lang: Lang = args.lang === undefined || args.lang === 'zh' ? 'zh' : args.lang === 'en' ? 'en' : (() => {
      throw new InputError(`--lang must be zh or en (got "${args.lang}")`);
    })();
    const paths = intOption('paths', args.paths, 1, 10_000_000);
    const seed = intOption('seed', args.seed, 0, 2 ** 32 - 1);
    const years = intOption('years', args.years, 1, 10);
    if (years !== undefined && paths === undefined) throw new InputError('--years needs --paths (the number of Monte Carlo paths)');
    if (seed !== undefined && paths === undefined) throw new InputError('--seed needs --paths: the seed only sets the Monte Carlo paths, and without --paths none are drawn');
    if (args.out && !['.csv', '.xlsx'].includes(extname(args.out).toLowerCase())) throw new InputError(`--out must end in .csv or .xlsx (got "${args.out}")`);
    if (args.out && !isFolder(dirname(resolve(args.out)))) throw new InputError(`--out ${args.out}: the folder ${dirname(resolve(args.out))} does not exist`);

    // The questions are read before any work, so a mistake in them costs nothing.
    let questions: Question[] = [];
    if (args.ask) {
      const bytes = readBytes(args.ask);
      if (bytes.length > MAX_SCENARIO_BYTES) throw new InputError(`${args.ask}: ${bytes.length} bytes is too large for a list of questions (at most ${MAX_SCENARIO_BYTES})`);
      const decoded = decodeBytes(bytes);
      if (!decoded.ok) throw new InputError(`${args.ask}: ${formatMessage(decoded.problem, { line: decoded.line, char: decoded.column, bytes: decoded.bytes }, 'en')}`);
      questions = parseQuestions(args.ask, decoded.text);
    }
    const main = loadScenario(args.scenario);
    const compare = (args.compare ?? []).map(loadScenario);
    const imported = await importWorkforce(readBytes(args.workforce), { file: basename(args.workforce), minimumMonthlyWage: main.minimumMonthlyWage, sheet: args.sheet });
    if (imported.errors.length) {
      throw new InputError(
        `${args.workforce}: ${imported.errors.length} problem(s); nothing was computed`,
        describeIssues(imported.errors, lang),
      );
    }
    for (const line of describeIssues(imported.warnings, lang)) err.push(`${lang === 'zh' ? '提示' : 'warning'}: ${line}`);
    for (const u of imported.units ?? []) err.push(`${lang === 'zh' ? '提示' : 'note'}: ${lang === 'zh' ? `"${u.column}"按 ${u.unit} 读取(× ${u.factor < 1 ? `1/${Math.round(1 / u.factor)}` : u.factor})` : `"${u.column}" read in ${u.unit} (× ${u.factor < 1 ? `1/${Math.round(1 / u.factor)}` : u.factor})`}`);

    // The same host the browser's worker runs, here in-process.
    const host = createEngineHost();
    const DS = 'cli';
    await host.handle({ kind: 'load', datasetId: DS, workforce: imported.workforce });
    const schemes = [main, ...compare];
    let results;
    try {
      results = await host.handle({ kind: 'compute', datasetId: DS, scenarios: schemes, omitAnnual: true });
    } catch (e) {
      if (e instanceof InputError) throw new InputError(`${args.scenario}: ${e.message}`);
      throw e;
    }
    for (const [k, r] of results.entries()) {
      if (r.unallocatedFactors.length) {
        err.push(`${lang === 'zh' ? '提示' : 'warning'}: ${schemes[k]!.name}: ${r.unallocatedFactors.join(', ')} — ${lang === 'zh' ? '该要素全员得分为 0,其份额未分配' : 'no worker has points for this factor, its share of the pool is not handed out'}`);
      }
    }
    const rules = await host.handle({ kind: 'craftsmen', datasetId: DS, scenario: main });
    const ruleText = (w: RuleWarning) => ({ rule: w.rule, value: w.value, limit: w.limit, text: RULE_TEXT[w.rule][lang] });
    const craftsmen: CraftsmanOutput[] = [];
    for (const [k, c] of results[0]!.craftsmen.entries()) {
      const detail = rules.packages.find((d) => d.id === c.id);
      const extra = { ruleWarnings: (detail?.warnings ?? []).map(ruleText), belowManagerBenchmark: detail?.belowManager ?? false };
      const grant = main.craftsmen[k]!.equity;
      if (!c.equity || !grant || !paths) {
        craftsmen.push({ ...c, ...extra });
        continue;
      }
      const block = await host.handle({ kind: 'equityBlock', grant, seed: seed ?? 1, from: 0, to: paths });
      craftsmen.push({ ...c, equity: { ...c.equity, monteCarlo: summarizePayoffs(grant, seed ?? 1, block.payoffs, block.atDates) }, ...extra });
    }
    const output: SimulationOutput = { summary: results[0]!.summary, craftsmen };
    if (rules.planWarnings.length) output.equityPlanWarnings = rules.planWarnings.map(ruleText);
    if (compare.length) output.compare = compare.map((s, k) => ({ name: s.name, summary: results[k + 1]!.summary }));
    if (years !== undefined) {
      const settings = validateScenario({ ...main, projection: projectionSettings(main, { years, paths, seed }) });
      if (!settings.ok) throw new InputError(`--years/--paths/--seed: ${settings.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
      const p = settings.scenario.projection!;
      output.projection = combineProjection(main, p, [await host.handle({ kind: 'projectBlock', datasetId: DS, scenario: main, projection: p, from: 0, to: p.paths })]);
    }
    if (args.ask) output.answers = await answerQuestions(host, DS, main, questions, args.ask, lang);
    const profile = await host.handle({ kind: 'profile', datasetId: DS });
    stdout = args.json ? JSON.stringify(output, null, 2) + '\n' : report(output, { name: main.name, baseline: profile.baseline, guideline: main.guideline }, lang);

    if (args.out) {
      const full = await host.handle({ kind: 'compute', datasetId: DS, scenarios: extname(args.out).toLowerCase() === '.csv' ? [main] : schemes, components: true });
      if (extname(args.out).toLowerCase() === '.csv') await writeCsv(args.out, imported.workforce, full[0]!, lang);
      else await writeXlsx(args.out, imported.workforce, full.map((result, k) => ({ name: schemes[k]!.name, result })), lang);
    }
    return { code: 0, stdout, stderr: err.length ? err.join('\n') + '\n' : '' };
  } catch (e) {
    if (e instanceof InputError) {
      return { code: 2, stdout: '', stderr: [...err, e.message, ...e.details].join('\n') + '\n' };
    }
    return { code: 1, stdout: '', stderr: `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n` };
  }
}

const isEntry = process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]).replace(/\.ts$/, '') + '.ts');
if (isEntry) {
  const r = await main(process.argv.slice(2));
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.exitCode = r.code;
}
