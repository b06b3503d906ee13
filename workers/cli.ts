/**
 * Headless CLI (formats.md): the same engine as the app, from a terminal.
 * Exit 0 on success, 2 on bad input (file, row, column and reason on stderr,
 * nothing on stdout), 1 on an internal error.
 */
import { statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { RULE_TEXT, type RuleWarning } from '../models/craftsmen/equityRules';
import { formulaValueShown, InputError, readFormulaValue, type FormulaValueProblem } from '../models/errors';
import type { Lang } from '../models/io/messages';
import { escapeControls } from '../models/io/messages';
import { describeIssues } from '../models/io/table';
import { projectionSettings } from '../models/pay/projection';
import { parseScenarioJson, validateScenario, type Projection, type Scenario } from '../models/pay/scenario';
import { currentWageBill, onWorkforce } from '../models/pay/scheme';
import { fingerprint, workforceFingerprint } from '../models/fingerprint';
import type { CraftsmanOutput, SimulationOutput } from '../models/pay/simulate';
import { writeCsv, writeXlsx } from './cliExport';
import { openOut, type OutFile } from './outFile';
import { readJsonFile, readLimited, readTextFile } from './inFile';
import { readLedgerColumns } from './cliCompliance';
import { buildComplianceDocument, COMPLIANCE_DOCUMENT_KINDS, type ComplianceDocumentKind, buildDocument, buildInnovationDocument, paperCharts, CONTRACT_ARTICLES, defaultForm, DOCUMENT_KINDS, INNOVATION_DOCUMENT_KINDS, type InnovationDocumentKind, formFileSchema, isPaperDate, onCostsOf, xmlSafe, type ContractSettings, type DocumentKind, type DocumentsForm } from '../models/documents';
import { buildDocx, docReplaced } from '../models/io/docx';
import { defaultTypicalWorkers } from '../models/pay/typical';
import { report } from './cliReport';
import { answerQuestions, parseQuestions, type Question } from './cliAsk';
import { inProcessSpawner } from './client/inProcess';
import { WorkerClient } from './client/workerClient';
import { achievementLines, copyAchievements, type Achievements, type InnovationResult } from '../models/innovation/innovation';
import { runBatch, type JobRun } from './cliBatch';
import { checkCompliance } from './cliCompliance';
import { FINDING_COLUMNS, findingRows } from '../models/compliance/words';
import { csvChunks } from '../models/io/export';
import { writeXlsxStream } from '../models/io/xlsxStream';
import { nativeEntry } from './nativeZip';

/** A scheme is a few kilobytes; anything this large is not one. */
const MAX_SCENARIO_BYTES = 2 ** 20;

const USAGE = `usage: npx skillpay --workforce FILE --scenario FILE [--compare FILE …]
                    [--json] [--out FILE.csv|FILE.xlsx] [--lang zh|en] [--sheet NAME]
                    [--years N --paths N --seed N] [--ask QUESTIONS.json] [--innovations FILE.csv|FILE.xlsx]
                    [--doc offer|costing|contract|congress|filing|brief|innovation-contract|innovation-costing --form FORM.json --out FILE.docx] [--date YYYY-MM-DD]
                    [--ledger FILE.csv|FILE.xlsx … --form FORM.json [--ledger-columns MAP.json] [--out FINDINGS.csv|FINDINGS.xlsx]
                     [--doc compliance-report|rectification|inspectorate --out FILE.docx]]   (履约检查)
       npx skillpay --batch JOBS.json [--lang zh|en] [--json]   (many runs in one; see docs/files.md)`;

/**
 * A pay sheet or an innovations file: the readers work through a million rows;
 * more than this is not a pay sheet (and more than Node can hold in one piece).
 */
const MAX_TABLE_BYTES = 1024 * 2 ** 20;

const readBytes = (path: string) => readLimited(path, MAX_TABLE_BYTES, 'a pay sheet or innovations file');

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

/** A formula's value the engine refused, said as the page says it (src/i18n.ts errors.formulaValue). */
function formulaValueSentence(p: FormulaValueProblem, lang: Lang): string {
  const n = (x: number) => Math.round(x).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
  const value = formulaValueShown(p.value, (x) => x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 }));
  if (lang === 'zh') {
    const why = { 'not-finite': '不是一个有限的数', 'too-high': `超过上限 ${n(p.bound ?? 0)} 元/月(本人现月工资或最低工资中较高者的 10 倍)`, 'too-low': `低于下限 ${n(p.bound ?? 0)} 元/月(公式扣减的不能多于此人的其他津贴)` }[p.kind];
    return `allowances.formula: 按公式的津贴无法使用:职工 ${p.id} 得到 ${value} 元/月,${why}。没有据此计算任何数字。`;
  }
  const why = { 'not-finite': 'which is not a finite number', 'too-high': `above the bound of CNY ${n(p.bound ?? 0)} (10 × the higher of his pay today and the minimum wage)`, 'too-low': `below the bound of CNY ${n(p.bound ?? 0)} (a formula may not take away more than his other allowances)` }[p.kind];
  return `allowances.formula: the allowance formula cannot be used: worker ${p.id} gets CNY ${value} a month, ${why}. No figure is computed from it.`;
}

function loadScenario(path: string): Scenario {
  const r = parseScenarioJson(readTextFile(path, MAX_SCENARIO_BYTES, 'a scheme file'));
  if (!r.ok) throw new InputError(`${path}: invalid scenario`, r.issues.map((i) => `${path}: ${i.path || '(file)'}: ${i.message}`));
  return r.scenario;
}

/** The documents' form of `--form` (every field optional), and the contract's terms it gives; without a file, the defaults. */
function loadForm(path: string | undefined, lang: Lang, today: string): { form: DocumentsForm; contract: ContractSettings; replaced: number; termStartGiven: boolean } {
  const raw: unknown = path ? readJsonFile(path, MAX_SCENARIO_BYTES, 'a documents form') : {};
  const r = formFileSchema.safeParse(raw);
  if (!r.success) throw new InputError(`${path}: the documents form cannot be used`, r.error.issues.slice(0, 10).map((i) => `${path}: field "${i.path.join('.') || '(form)'}": ${i.message}`));
  const { contract, ...given } = r.data;
  // An article id the contract does not have would drop the user's wording without a word ("partys" for "parties").
  const unknown = Object.keys(given.articles ?? {}).find((id) => !CONTRACT_ARTICLES.some((a) => a.id === id));
  if (unknown !== undefined) throw new InputError(`${path}: field "articles.${unknown}": the contract has no article "${unknown}"; its articles are ${CONTRACT_ARTICLES.map((a) => a.id).join(', ')}`);
  const onCosts = onCostsOf(contract.onCosts);
  if ('error' in onCosts) throw new InputError(`${path}: field "contract.onCosts": ${onCosts.error}`);
  // Text a Word file cannot hold (U+FFFE, control characters) is replaced, and said.
  let replaced = 0;
  const clean = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const x = xmlSafe(v);
      replaced += x.replaced;
      return x.text;
    }
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x)]));
    return v;
  };
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined).map(([k, v]) => [k, clean(v)]));
  return { form: { ...defaultForm(lang, today), ...defined }, contract: { years: contract.years, tranches: contract.tranches, onCosts }, replaced, termStartGiven: given.termStart !== undefined };
}

/** One run of the CLI, as a batch's job (`main` is also a local name below: the scheme being computed). */
const runJob = (argv: string[]): Promise<JobRun> => main(argv);

export async function main(argv: string[]): Promise<JobRun> {
  let stdout: string;
  let client: WorkerClient | null = null;
  let outFile: OutFile | null = null;
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
          doc: { type: 'string' },
          form: { type: 'string' },
          date: { type: 'string' },
          innovations: { type: 'string' },
          ledger: { type: 'string', multiple: true },
          'ledger-columns': { type: 'string' },
          batch: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
        strict: true,
        allowPositionals: false,
      }).values;
    } catch (e) {
      throw new InputError(`${(e as Error).message}\n${USAGE}`);
    }
    if (args.help) return { code: 0, stdout: USAGE + '\n', stderr: '' };
    const lang: Lang = args.lang === undefined || args.lang === 'zh' ? 'zh' : args.lang === 'en' ? 'en' : (() => {
      throw new InputError(`--lang must be zh or en (got "${args.lang}")`);
    })();
    if (args.batch !== undefined) {
      const others = Object.keys(args).filter((k) => !['batch', 'lang', 'json'].includes(k));
      if (others.length) throw new InputError(`--batch goes alone (with --lang and --json): the jobs' own options are in the file (got ${others.map((k) => `--${k}`).join(', ')})`);
      return await runBatch(args.batch, lang, Boolean(args.json), runJob);
    }
    if (!args.workforce || !args.scenario) throw new InputError(`--workforce and --scenario are required\n${USAGE}`);
    const paths = intOption('paths', args.paths, 1, 10_000_000);
    const seed = intOption('seed', args.seed, 0, 2 ** 32 - 1);
    const years = intOption('years', args.years, 1, 10);
    if (years !== undefined && paths === undefined) throw new InputError('--years needs --paths (the number of Monte Carlo paths)');
    if (seed !== undefined && paths === undefined) throw new InputError('--seed needs --paths: the seed only sets the Monte Carlo paths, and without --paths none are drawn');
    const ALL_DOCS = [...DOCUMENT_KINDS, ...INNOVATION_DOCUMENT_KINDS, ...COMPLIANCE_DOCUMENT_KINDS] as readonly string[];
    const doc = args.doc === undefined ? null : ALL_DOCS.includes(args.doc) ? (args.doc as DocumentKind | InnovationDocumentKind | ComplianceDocumentKind) : (() => {
      throw new InputError(`--doc must be one of ${ALL_DOCS.join(', ')} (got "${args.doc}")`);
    })();
    const innovationDoc = doc !== null && (INNOVATION_DOCUMENT_KINDS as readonly string[]).includes(doc);
    if (innovationDoc && !args.innovations) throw new InputError(`--doc ${doc} needs the achievements: add --innovations FILE`);
    if (doc && !args.out) throw new InputError('--doc needs --out FILE.docx: the Word file to write');
    const ledgers = args.ledger ?? [];
    const complianceDoc = doc !== null && (COMPLIANCE_DOCUMENT_KINDS as readonly string[]).includes(doc);
    if (complianceDoc && !ledgers.length) throw new InputError(`--doc ${doc} needs the payroll: add --ledger FILE (and --form with the contract's terms)`);
    if (ledgers.length && doc && !complianceDoc) throw new InputError('--ledger and --doc each write their own --out: run them one at a time');
    if (args['ledger-columns'] && !ledgers.length) throw new InputError('--ledger-columns goes with --ledger: it says how that payroll\'s columns are read');
    if (ledgers.length && !args.form) throw new InputError('--ledger needs --form FORM.json: the signed contract\'s first day (termStart), its years and its tranches, which the payroll is held to');
    if (args.form && !doc && !ledgers.length) throw new InputError('--form goes with --doc (it says what the document is for) or --ledger (the signed contract\'s terms)');
    if (args.date && !doc && !args.innovations) throw new InputError('--date goes with --doc (the day the papers are dated) or --innovations (the day an achievement must not be later than)');
    const outKinds = doc ? ['.docx'] : ['.csv', '.xlsx'];
    if (args.out && (/[\\/]$/.test(args.out) || isFolder(args.out))) throw new InputError(`--out ${args.out}: this is a folder; give a file name ending in ${outKinds.join(' or ')}`);
    if (args.out && !outKinds.includes(extname(args.out).toLowerCase())) throw new InputError(`--out must end in ${outKinds.join(' or ')} (got "${args.out}")`);
    if (args.out && !isFolder(dirname(resolve(args.out)))) throw new InputError(`--out ${args.out}: the folder ${dirname(resolve(args.out))} does not exist`);
    if (args.date !== undefined && !isPaperDate(args.date)) throw new InputError(`--date must be a real date from 2000 to 2100 written YYYY-MM-DD (got "${args.date}")`);
    const today = args.date ?? new Date().toISOString().slice(0, 10);
    // Checked against the inputs, and whether a file can be made beside it tried, before any work: a folder that cannot be written costs nothing.
    if (args.out) outFile = openOut(args.out, [args.workforce, args.scenario, ...(args.compare ?? []), ...ledgers, ...[args.ask, args.form, args.innovations, args['ledger-columns']].filter((x): x is string => x !== undefined)]);
    const form = doc || ledgers.length ? loadForm(args.form, lang, today) : null;
    if (ledgers.length && !form!.termStartGiven) throw new InputError(`${args.form}: field "termStart": the check needs the day the signed contract's term began (YYYY-MM-DD)`);
    if (form?.replaced) err.push(lang === 'zh' ? `提示: ${args.form}: ${form.replaced} 个不能写入 Word 文件的字符已换成 �` : `note: ${args.form}: ${form.replaced} character(s) a Word file cannot hold were replaced by �`);

    // The questions are read before any work, so a mistake in them costs nothing.
    let questions: Question[] = [];
    if (args.ask) {
      questions = parseQuestions(args.ask, readTextFile(args.ask, MAX_SCENARIO_BYTES, 'a list of questions'));
    }
    const written = [loadScenario(args.scenario), ...(args.compare ?? []).map(loadScenario)];
    if (args.innovations && !written[0]!.innovation) {
      // Achievements without reward rules: the default rules (docs/model.md §12), said.
      const r = validateScenario({ ...written[0]!, innovation: {} });
      if (r.ok) written[0] = r.scenario;
      err.push(lang === 'zh' ? `提示: ${args.scenario}: 方案中没有技术创新奖励规则,按默认规则计算(见 docs/model.md 第 12 节)` : `note: ${args.scenario}: the scheme has no innovation reward rules; the default rules are used (docs/model.md §12)`);
    }
    // The engine is asked through the same client as the page's (its host here in this process): one way in.
    client = new WorkerClient(inProcessSpawner, 1);
    const imported = await client.importFile({ bytes: readBytes(args.workforce), file: basename(args.workforce), minimumMonthlyWage: written[0]!.minimumMonthlyWage, sheet: args.sheet });
    if (imported.errors.length) {
      throw new InputError(
        `${args.workforce}: ${imported.errors.length} problem(s); nothing was computed`,
        describeIssues(imported.errors, lang),
      );
    }
    for (const line of describeIssues(imported.warnings, lang)) err.push(`${lang === 'zh' ? '提示' : 'warning'}: ${line}`);
    for (const u of imported.units ?? []) err.push(`${lang === 'zh' ? '提示' : 'note'}: ${lang === 'zh' ? `"${u.column}"按 ${u.unit} 读取(× ${u.factor < 1 ? `1/${Math.round(1 / u.factor)}` : u.factor})` : `"${u.column}" read in ${u.unit} (× ${u.factor < 1 ? `1/${Math.round(1 / u.factor)}` : u.factor})`}`);

    // A pool set on another workforce keeps its ratio to today's wage bill (the page's one rule, models/pay/scheme.ts).
    const bill = currentWageBill(imported.workforce);
    const [main, ...compare] = written.map((s) => onWorkforce(s, bill, workforceFingerprint(imported.workforce))) as [Scenario, ...Scenario[]];
    [main, ...compare].forEach((s, k) => {
      const from = written[k]!;
      if (from.annualPool !== null && s.annualPool !== from.annualPool) {
        const wan = (x: number) => (x / 1e4).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
        err.push(lang === 'zh' ? `提示: ${s.name}: 分配总额是在工资总额 ${wan(from.basis!.wageBill)} 万元上设定的 ${wan(from.annualPool)} 万元,按与现工资总额的比例换算为 ${wan(s.annualPool!)} 万元` : `note: ${s.name}: the pool of ${wan(from.annualPool)} (10k CNY) was set on a wage bill of ${wan(from.basis!.wageBill)}; carried to this workforce at the same ratio: ${wan(s.annualPool!)}`);
      }
    });
    // The projection asked for is checked before any work: a refused --paths must not first draw that many equity paths (5,000,000 took 4 s and 700 MB before the refusal).
    let projection: Projection | undefined;
    if (years !== undefined) {
      const settings = validateScenario({ ...main, projection: projectionSettings(main, { years, paths, seed }) });
      if (!settings.ok) throw new InputError(`--years/--paths/--seed: ${settings.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
      projection = settings.scenario.projection!;
    }
    const DS = client.dataset(imported.workforce);
    let innovations: { achievements: Achievements; id: string } | undefined;
    if (args.innovations) {
      const bytes = readBytes(args.innovations);
      // Today is the run's --date when given: an achievement dated after it is set aside, and said.
      const a = await client.ask({ kind: 'importAchievements', bytes, file: basename(args.innovations), today });
      if (a.errors.length) throw new InputError(`${args.innovations}: ${a.errors.length} problem(s); nothing was computed`, describeIssues(a.errors, lang));
      for (const line of describeIssues(a.warnings, lang)) err.push(`${lang === 'zh' ? '提示' : 'warning'}: ${line}`);
      if (a.valid === 0) throw new InputError(`${args.innovations}: ${lang === 'zh' ? '文件中没有成果' : 'the file holds no achievements'}`);
      innovations = { achievements: a.achievements, id: basename(args.innovations) };
    }
    const schemes = [main, ...compare];
    let results;
    try {
      results = await client.ask({ kind: 'compute', datasetId: DS, scenarios: schemes, omitAnnual: true });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      // Name the file of the scheme that fails (it may be a --compare), in the user's language.
      const files = [args.scenario, ...(args.compare ?? [])];
      let k = 0;
      for (; k < schemes.length - 1; k++) {
        const alone = await client.ask({ kind: 'compute', datasetId: DS, scenarios: [schemes[k]!], omitAnnual: true }).then(() => null, (x: unknown) => x);
        if (alone instanceof InputError) break;
      }
      const problem = readFormulaValue(e.message);
      throw new InputError(`${files[k]}: ${problem ? formulaValueSentence(problem, lang) : e.message}`);
    }
    for (const [k, r] of results.entries()) {
      if (r.unallocatedFactors.length) {
        err.push(`${lang === 'zh' ? '提示' : 'warning'}: ${schemes[k]!.name}: ${r.unallocatedFactors.join(', ')} — ${lang === 'zh' ? '该要素全员得分为 0,其份额未分配' : 'no worker has points for this factor, its share of the pool is not handed out'}`);
      }
    }
    const rules = await client.ask({ kind: 'craftsmen', datasetId: DS, scenario: main });
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
      craftsmen.push({ ...c, equity: { ...c.equity, monteCarlo: await client.equityMonteCarlo(grant, paths, seed ?? 1) }, ...extra });
    }
    // The whole fingerprints: the scheme's model (as it applies on this pay sheet) and the pay sheet's, as every export carries them.
    const output: SimulationOutput = { fingerprint: { scheme: results[0]!.fingerprint, workforce: workforceFingerprint(imported.workforce) }, summary: results[0]!.summary, craftsmen };
    if (rules.planWarnings.length) output.equityPlanWarnings = rules.planWarnings.map(ruleText);
    if (compare.length) output.compare = compare.map((s, k) => ({ name: s.name, fingerprint: results[k + 1]!.fingerprint, summary: results[k + 1]!.summary }));
    if (projection) output.projection = await client.project(DS, main, projection);
    let innovationAnswer: InnovationResult | null = null;
    if (innovations) {
      const r = await client.ask({ kind: 'innovation', datasetId: DS, scenario: main, achievements: copyAchievements(innovations.achievements), achievementsId: innovations.id });
      if (r.result) {
        // The JSON gives each achievement as a line (the engine's answer carries its figures as columns).
        innovationAnswer = r.result;
        output.innovation = { ...r.result, achievements: achievementLines(innovations.achievements, r.result.achievements) };
        if (r.result.absent.members) err.push(lang === 'zh' ? `提示: ${args.innovations}: ${r.result.absent.members} 名完成人不在工资表中(${r.result.absent.ids.slice(0, 5).join('、')}…):其奖励仍计入成本` : `note: ${args.innovations}: ${r.result.absent.members} team member(s) are not in the pay sheet (${r.result.absent.ids.slice(0, 5).join(', ')}…): their rewards still count in the cost`);
      }
    }
    let compliance: Awaited<ReturnType<typeof checkCompliance>> | null = null;
    if (ledgers.length) {
      // 履约检查: the ledgers read in the host, joined, and held to the scheme as signed on this pay sheet (docs/model.md §13).
      compliance = await checkCompliance(client, DS, main, ledgers, form!, questions, lang, err, args['ledger-columns'] ? readLedgerColumns(args['ledger-columns']) : undefined, innovations);
      output.compliance = compliance.result;
    }
    if (args.ask) output.answers = await answerQuestions(client, DS, main, questions, args.ask, lang, innovations, compliance ?? undefined);
    const profile = await client.ask({ kind: 'profile', datasetId: DS });
    stdout = args.json ? JSON.stringify(output, null, 2) + '\n' : report(output, { name: main.name, baseline: profile.baseline, guideline: main.guideline }, lang);

    if (complianceDoc && args.out && form && compliance) {
      // The papers of 履约检查, from the check's answer (the same as the page's), with the workers' names from the pay sheet.
      const w = imported.workforce;
      const names = new Map<string, string>();
      for (let i = 0; i < w.size; i++) names.set(w.id[i]!, w.name[i]!);
      const c = form.contract;
      if (doc === 'inspectorate' && compliance.raw.totals.outstanding === 0) throw new InputError(lang === 'zh' ? '--doc inspectorate:按台账核对没有尚欠的工资,没有需要提请劳动保障监察的事项' : '--doc inspectorate: nothing is outstanding by the ledger, so there is nothing to take to the labour inspectorate');
      const paper = buildComplianceDocument(doc as ComplianceDocumentKind, { scheme: main.name, result: compliance.raw, termStart: form.form.termStart, termYears: c.years, tranches: c.tranches, name: (id) => names.get(id) ?? '' }, form.form, lang, today);
      await outFile!.write(await buildDocx(paper, lang));
    } else if (innovationDoc && args.out && form) {
      // The papers of technical-innovation bargaining, from the engine's innovation answer (as the page makes them).
      if (!innovationAnswer || !main.innovation) throw new InputError(`${args.innovations}: ${lang === 'zh' ? '没有可用于文书的创新奖励测算' : 'no innovation costing to write'}`);
      const paper = buildInnovationDocument(doc as InnovationDocumentKind, { scheme: main.name, fingerprint: fingerprint(main), rules: main.innovation, result: innovationAnswer, termYears: form.contract.years }, form.form, lang, today);
      await outFile!.write(await buildDocx(paper, lang));
    } else if (doc && args.out && form) {
      // The same builders as the page's, from the same host answers.
      // With --innovations the papers give the scheme's one wage bill: with the rewards where its rules count them in it.
      const data = await client.ask({ kind: 'documentData', datasetId: DS, scenario: main, schemes, typical: defaultTypicalWorkers(lang), contract: form.contract, ...(innovations ? { innovation: { achievements: copyAchievements(innovations.achievements), achievementsId: innovations.id } } : {}) });
      // The page's charts of this paper, drawn from the same figures and rasterised here (resvg, loaded only now).
      const charts = paperCharts(doc as DocumentKind, data, lang, today);
      const images = charts.length ? await (await import('./chartRaster')).chartImages(charts, main.name) : [];
      const paper = buildDocument(doc as DocumentKind, data, form.form, lang, today, images);
      const replaced = docReplaced(paper);
      if (replaced > 0) err.push(lang === 'zh' ? `提示: ${replaced} 个不能写入 Word 文件的字符(在方案名称等处)已换成 �` : `note: ${replaced} character(s) a Word file cannot hold (in a scheme name or the like) were replaced by �`);
      await outFile!.write(await buildDocx(paper, lang));
    } else if (args.out && compliance) {
      // Every finding, one row each, with its clause, the worker's name from the pay sheet and both fingerprints.
      const r = compliance.raw;
      const rowAt = findingRows(r, imported.workforce, lang);
      if (extname(args.out).toLowerCase() === '.csv') await outFile!.stream(async (write) => {
        for (const chunk of csvChunks(FINDING_COLUMNS, r.findings.length, rowAt, lang)) await write(chunk);
      });
      else await outFile!.stream((write) => writeXlsxStream(write, [{ name: lang === 'zh' ? '履约检查' : 'Findings', columns: FINDING_COLUMNS, rows: r.findings.length, rowAt }], lang, { entry: nativeEntry }));
    } else if (args.out) {
      const full = await client.ask({ kind: 'compute', datasetId: DS, scenarios: extname(args.out).toLowerCase() === '.csv' ? [main] : schemes, components: true });
      const workforceFp = workforceFingerprint(imported.workforce);
      if (extname(args.out).toLowerCase() === '.csv') await writeCsv(outFile!, imported.workforce, full[0]!, lang, workforceFp);
      else await writeXlsx(outFile!, imported.workforce, full.map((result, k) => ({ name: schemes[k]!.name, result })), lang, workforceFp);
    }
    outFile?.commit();
    return { code: 0, stdout: args.json ? stdout : escapeControls(stdout, true), stderr: err.length ? escapeControls(err.join('\n'), true) + '\n' : '', result: output };
  } catch (e) {
    if (e instanceof InputError) {
      return { code: 2, stdout: '', stderr: escapeControls([...err, e.message, ...e.details].join('\n'), true) + '\n', error: escapeControls([e.message, ...e.details].join('\n'), true) };
    }
    return { code: 1, stdout: '', stderr: escapeControls(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`, true) + '\n', error: escapeControls(`internal error: ${e instanceof Error ? e.message : String(e)}`, true) };
  } finally {
    outFile?.discard();
    client?.dispose();
  }
}

// Run as a program (tsx workers/cli.ts, or the bundled cli.mjs the tests run), not when imported.
const stem = (p: string) => basename(p).replace(/\.(ts|mjs|js)$/, '');
const isEntry = Boolean(process.argv[1]) && stem(process.argv[1]!) === stem(fileURLToPath(import.meta.url));
if (isEntry) {
  const r = await main(process.argv.slice(2));
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.exitCode = r.code;
}
