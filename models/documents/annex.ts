/**
 * 附件一《工资计算办法》: the scheme's pay rule as the signed contract carries
 * it — the kind, every rate and coefficient, seniority pay and its cap,
 * allowances, the minimum wage and the guarantee and whom they leave out,
 * the tranches with their dates, and one worker worked through. Enough that
 * anyone can compute any worker's pay from the paper and the worker's own
 * record (grade, rating, position value, innovation points, years of
 * service); a test reads these tables back from the Word file and recomputes
 * workers' pay from them alone.
 *
 * A pool scheme's point values depend on the whole workforce: the contract
 * fixes them as computed at signing (docs/model.md), so pay does not move
 * when people join or leave.
 */
import type { Tranche } from '../bargaining/bargaining';
import type { Block } from '../io/docx';
import { LEVEL_WORDS, RATING_WORDS } from '../pay/paramNames';
import { LEVELS, RATINGS, type Level } from '../types';
import type { DocumentData } from './data';
import type { DocumentsForm } from './form';
import { addMonths } from './rules';
import { chineseNumber, dateText, exact, num, pct, type Lang } from './text';

/** The headers by which the annex's tables are found (the annex test reads them back by these). */
export const ANNEX_HEADERS = {
  params: { zh: ['项目', '标准', '单位'], en: ['Item', 'Standard', 'Unit'] },
  grades: { zh: '技能等级', en: 'Grade' },
  ratings: { zh: ['考核等级', '考核系数'], en: ['Rating', 'Rating coefficient'] },
} as const;

/** The rows of the parameter table, by key: the label each language prints. */
export const PARAM_LABELS = {
  position: { zh: '岗位点值(每一岗位价值系数)', en: 'Position point value (per point of position value)' },
  skill: { zh: '技能点值(每一技能等级系数)', en: 'Skill point value (per point of grade coefficient)' },
  innovation: { zh: '创新点值(每一创新积分)', en: 'Innovation point value (per innovation point)' },
  performance: { zh: '绩效点值(每一考核系数×岗位价值系数)', en: 'Performance point value (per rating coefficient × position value)' },
  positionRate: { zh: '岗位工资标准(每一岗位价值系数)', en: 'Position pay (per point of position value)' },
  innovationRate: { zh: '创新工资(每一创新积分)', en: 'Innovation pay (per innovation point)' },
  raisePercent: { zh: '普调比例', en: 'General raise' },
  raiseMin: { zh: '每月最低增资额', en: 'Smallest raise a month' },
  seniority: { zh: '工龄工资(每满一年工龄)', en: 'Seniority pay (per year of service)' },
  seniorityCap: { zh: '工龄工资最多计算年数', en: 'Years of service counted at most' },
  perApprentice: { zh: '带徒津贴(每带一名学徒)', en: 'Apprentice-teaching allowance (per apprentice)' },
  teamLeader: { zh: '班组长津贴', en: 'Team-leader allowance' },
  minimumWage: { zh: '当地最低工资标准', en: 'Local minimum wage' },
  guarantee: { zh: '保底(不低于调整前月工资)', en: 'No-loss guarantee (not below pay before the change)' },
} as const;
export type ParamKey = keyof typeof PARAM_LABELS;

const levelName = (l: Level, lang: Lang) => LEVEL_WORDS[l][lang];
const ratingName = (r: string, lang: Lang) => (lang === 'zh' ? RATING_WORDS[r]!.zh : r);

/** The date a tranche starts: its month of its contract year, counted from the start of the term. */
export function trancheDate(termStart: string, t: { year: number; month: number }): string {
  return addMonths(termStart, 12 * (t.year - 1) + (t.month - 1));
}

/** The tranches the contract commits, in date order: those dated outside the term are left out, as the costing leaves them. */
export function keptTranches(d: DocumentData): Tranche[] {
  const dropped = d.contractOnScheme.dropped;
  return d.contractSettings.tranches.filter((x) => !dropped.includes(x)).sort((a, b) => a.year - b.year || a.month - b.month);
}

/** The tranches the contract commits, each with its date. */
export function trancheWords(d: DocumentData, termStart: string, lang: Lang): string {
  const kept = keptTranches(d);
  if (!kept.length) return lang === 'zh' ? '合同期内不另行上调' : 'no further raise over the term';
  return kept
    .map((x) => {
      const when = dateText(trancheDate(termStart, x), lang);
      return lang === 'zh' ? `自${when}(合同第${chineseNumber(x.year)}年第${x.month}个月)起上调 ${exact(x.percent * 100, lang)}%` : `${exact(x.percent * 100, lang)} % from ${when} (month ${x.month} of contract year ${x.year})`;
    })
    .join(lang === 'zh' ? ';' : '; ');
}

/** The annex's parameter rows: [key, value as printed, unit]. Values are printed exactly as applied (up to 4 decimals). */
export function annexParams(d: DocumentData, lang: Lang): [ParamKey, string, string][] {
  const s = d.scheme;
  const zh = lang === 'zh';
  const perMonth = zh ? '元/月' : 'CNY a month';
  const rows: [ParamKey, string, string][] = [];
  if (s.mode === 'pool' && d.points) {
    for (const f of ['position', 'skill', 'innovation', 'performance'] as const) rows.push([f, exact(d.points[f] / 12, lang, 6), perMonth]);
  }
  if (s.mode === 'scale') {
    rows.push(['positionRate', exact(s.scale.positionRate, lang), perMonth]);
    rows.push(['innovationRate', exact(s.scale.innovationRate / 12, lang, 6), perMonth]);
  }
  if (s.mode === 'raise') {
    rows.push(['raisePercent', `${exact(s.raise.percent * 100, lang)}%`, zh ? '现月工资的百分比' : 'of pay today']);
    rows.push(['raiseMin', exact(s.raise.minMonthly, lang), perMonth]);
  } else {
    rows.push(['seniority', exact(s.seniorityMonthlyPerYear, lang), perMonth]);
    rows.push(['seniorityCap', exact(s.seniorityCapYears, lang), zh ? '年' : 'years']);
  }
  const a = s.allowances;
  if (a?.perApprentice) rows.push(['perApprentice', exact(a.perApprentice, lang), perMonth]);
  if (a?.teamLeader) rows.push(['teamLeader', exact(a.teamLeader, lang), perMonth]);
  rows.push(['minimumWage', exact(s.minimumMonthlyWage, lang), perMonth]);
  rows.push(['guarantee', s.noLossGuarantee ? (zh ? '实行' : 'yes') : zh ? '不实行' : 'no', '—']);
  return rows;
}

/** The by-grade table's columns: what the scheme sets per grade (and the grade allowance where there is one). */
function gradeColumns(d: DocumentData, lang: Lang): { header: string; value: (l: Level) => string }[] {
  const s = d.scheme;
  const zh = lang === 'zh';
  const cols: { header: string; value: (l: Level) => string }[] = [];
  if (s.mode === 'pool') cols.push({ header: zh ? '技能等级系数' : 'Grade coefficient', value: (l) => exact(s.skillCoefficients[l], lang) });
  if (s.mode === 'scale') cols.push({ header: zh ? '技能工资标准(元/月)' : 'Skill pay (CNY a month)', value: (l) => exact(s.scale.skillRates[l], lang) });
  if (s.mode === 'raise') cols.push({ header: zh ? '分等级加调比例' : 'Extra raise by grade', value: (l) => `${exact(s.raise.gradeExtra[l] * 100, lang)}%` });
  if (s.allowances && LEVELS.some((l) => s.allowances!.byGrade[l])) cols.push({ header: zh ? '能级津贴(元/月)' : 'Grade allowance (CNY a month)', value: (l) => exact(s.allowances!.byGrade[l], lang) });
  return cols;
}

function formulaWords(d: DocumentData, lang: Lang): string {
  const s = d.scheme;
  const zh = lang === 'zh';
  const allowance = zh ? '津贴' : 'allowances';
  if (s.mode === 'pool')
    return zh
      ? '月工资 = 岗位工资 + 技能工资 + 创新工资 + 绩效工资 + 工龄工资 + 津贴。其中:岗位工资 = 岗位点值 × 本人岗位价值系数;技能工资 = 技能点值 × 本人技能等级对应的技能等级系数;创新工资 = 创新点值 × 本人创新积分;绩效工资 = 绩效点值 × 本人考核等级对应的考核系数 × 本人岗位价值系数;工龄工资 = 工龄工资标准 × 本人工龄(年,超过最多计算年数的按最多计算年数计)。'
      : 'Monthly pay = position pay + skill pay + innovation pay + performance pay + seniority pay + allowances, where position pay = position point value × the worker\'s position value; skill pay = skill point value × his grade\'s coefficient; innovation pay = innovation point value × his innovation points; performance pay = performance point value × his rating\'s coefficient × his position value; seniority pay = the seniority rate × his years of service (capped at the years counted at most).';
  if (s.mode === 'scale')
    return zh
      ? '月工资 =(岗位工资标准 × 本人岗位价值系数 + 本人技能等级的技能工资标准)× 本人考核等级对应的考核系数 + 创新工资 × 本人创新积分 + 工龄工资 + 津贴。工龄工资 = 工龄工资标准 × 本人工龄(年,超过最多计算年数的按最多计算年数计)。'
      : `Monthly pay = (position pay × the worker's position value + his grade's skill pay) × his rating's coefficient + innovation pay × his innovation points + seniority pay + ${allowance}. Seniority pay = the seniority rate × his years of service (capped at the years counted at most).`;
  return zh
    ? '月工资 = 本人调整前月工资 + 增资 + 津贴。增资 = 本人调整前月工资 ×(普调比例 + 本人技能等级的分等级加调比例),低于每月最低增资额的,按每月最低增资额计。'
    : 'Monthly pay = the worker\'s pay before the change + the raise + allowances. The raise = his pay before the change × (the general raise + his grade\'s extra raise), and at least the smallest raise a month.';
}

/** The annex: the rule in words, its tables, whom it leaves out, the tranches, and a worker worked through. */
export function payRuleAnnex(d: DocumentData, f: DocumentsForm, lang: Lang): Block[] {
  const s = d.scheme;
  const zh = lang === 'zh';
  const blocks: Block[] = [];
  const p = (text: string, keepNext = false): Block => ({ kind: 'paragraph', text, indent: true, keepNext });
  const craftsmen = d.packages.map((x) => x.id);
  blocks.push(
    p(
      zh
        ? `一、适用范围。本办法适用于甲方全体职工${craftsmen.length ? `;工号为 ${craftsmen.join('、')} 的 ${craftsmen.length} 名高技能人才按本合同所列薪酬包执行,不适用本办法,也不适用本办法的保底` : ''}。职工本人的岗位价值系数、技能等级、考核等级、创新积分和工龄,以甲方人力资源部门的记录为准,并向本人公开;有异议的,按本合同履行监督条款处理。`
        : `1. Scope. This rule applies to every worker of the enterprise${craftsmen.length ? `; the ${craftsmen.length} master craftsmen with ids ${craftsmen.join(', ')} are paid by their packages in this contract, not by this rule nor its guarantee` : ''}. Each worker's position value, grade, rating, innovation points and years of service are those of the enterprise's personnel records, shown to the worker; a worker who disputes them proceeds as the supervision article says.`,
    ),
    p(zh ? `二、月工资的计算(${s.mode === 'pool' ? '工资总额按点值分配' : s.mode === 'scale' ? '按工资标准表' : '普调'})。${formulaWords(d, lang)}` : `2. Monthly pay (${s.mode === 'pool' ? 'the pool shared by point values' : s.mode === 'scale' ? 'by the pay table' : 'a general raise'}). ${formulaWords(d, lang)}`, true),
  );
  if (s.mode === 'pool' && d.points && d.answer.pool !== null)
    blocks.push(
      p(
        zh
          ? `各项点值由甲方用于分配的年工资总额 ${num(d.answer.pool / 1e4, lang, 1)} 万元按权重(岗位 ${pct(s.weights.position, 0)}、技能 ${pct(s.weights.skill, 0)}、创新 ${pct(s.weights.innovation, 0)}、绩效 ${pct(s.weights.performance, 0)})除以签订时全体适用职工的相应系数之和得出,按下表执行;合同期内不因职工增减而重新计算,只按第七项的批次上调。`
          : `Each point value is the pool of CNY ${num(d.answer.pool / 1e6, lang, 2)} m a year, by its weight (position ${pct(s.weights.position, 0)}, skill ${pct(s.weights.skill, 0)}, innovation ${pct(s.weights.innovation, 0)}, performance ${pct(s.weights.performance, 0)}), over the points of all workers this rule applies to at signing; they are fixed as below for the term, not worked out again as people join or leave, and move only by the tranches of item 7.`,
        true,
      ),
    );
  blocks.push({ kind: 'table', table: { title: zh ? '表1 工资计算参数' : 'Table 1. Parameters', header: [...ANNEX_HEADERS.params[lang]], rows: annexParams(d, lang).map(([k, v, u]) => [PARAM_LABELS[k][lang], v, u]), widths: [52, 26, 22] } });
  const cols = gradeColumns(d, lang);
  if (cols.length) blocks.push({ kind: 'table', table: { title: zh ? '表2 按技能等级' : 'Table 2. By grade', header: [ANNEX_HEADERS.grades[lang], ...cols.map((c) => c.header)], rows: LEVELS.map((l) => [levelName(l, lang), ...cols.map((c) => c.value(l))]), widths: [34, ...cols.map(() => 66 / cols.length)] } });
  if (s.mode !== 'raise') blocks.push({ kind: 'table', table: { title: zh ? '表3 按考核等级' : 'Table 3. By rating', header: [...ANNEX_HEADERS.ratings[lang]], rows: RATINGS.map((r) => [ratingName(r, lang), exact(s.performanceCoefficients[r], lang)]), widths: [50, 50] } });
  const a = s.allowances;
  const allowanceParts: string[] = [];
  if (a && LEVELS.some((l) => a.byGrade[l])) allowanceParts.push(zh ? '能级津贴按表2本人技能等级的标准' : 'the grade allowance of Table 2 for his grade');
  if (a?.perApprentice) allowanceParts.push(zh ? '带徒津贴按本人所带学徒人数乘以表1标准' : 'the apprentice-teaching allowance of Table 1 times the apprentices he teaches');
  if (a?.teamLeader) allowanceParts.push(zh ? '班组长津贴按表1标准(班组长)' : 'the team-leader allowance of Table 1 (team leaders)');
  if (a?.formula) allowanceParts.push(zh ? `另按公式“${a.formula}”计算的每月金额` : `and a monthly amount by the formula "${a.formula}"`);
  blocks.push(
    p(zh ? `三、津贴。${allowanceParts.length ? `${allowanceParts.join(';')}。津贴计入月工资,计入工资总额。` : '本办法不另设津贴。'}` : `3. Allowances. ${allowanceParts.length ? `${allowanceParts.join('; ')}; allowances are part of monthly pay and of the wage bill.` : 'This rule sets no allowances.'}`),
    p(
      zh
        ? `四、最低工资。按以上计算的月工资低于当地最低工资标准(表1)的,补足到该标准。最低工资不包括加班加点工资,中班、夜班、高温、低温、井下、有毒有害等特殊工作环境条件下的津贴,以及法律、法规和国家规定的劳动者福利待遇;当地标准调整的,自调整之日起执行新标准。`
        : '4. Minimum wage. Pay below the local minimum wage (Table 1) is topped up to it. The minimum wage excludes overtime pay; allowances for middle and night shifts, high or low temperature, underground, toxic or hazardous work; and the benefits the law provides. When the local standard changes, the new one applies from its date.',
    ),
    p(
      s.noLossGuarantee
        ? zh
          ? `五、保底。职工按以上计算(含最低工资补足)的月工资低于本人调整前月工资的,补足到调整前月工资。${craftsmen.length ? '保底不适用于按薪酬包执行的高技能人才(其收入按薪酬包确定,可能低于调整前)。' : ''}`
          : `5. No-loss guarantee. Pay so computed (minimum-wage top-up included) below the worker's pay before the change is topped up to it.${craftsmen.length ? ' It does not apply to the master craftsmen paid by packages (their pay is what the package sets, and may be below today\'s).' : ''}`
        : zh
          ? '五、保底。本办法不实行保底;按本办法计算的月工资低于本人劳动合同约定工资的,以劳动合同约定为准,降低须依照《劳动合同法》第三十五条与本人协商一致并采用书面形式变更劳动合同。'
          : '5. No-loss guarantee: none. Where pay under this rule is below the wage agreed in a worker\'s labour contract, the labour contract applies; lowering it needs the worker\'s agreement in writing (Labour Contract Law, art. 35).',
    ),
    p(zh ? '六、晋升和考核变化。职工技能等级晋升的,自晋升次月起按新等级计算;考核等级按甲方公开的考核结果,自结果公布次月起执行。' : '6. Promotions and ratings. A promoted worker is paid at the new grade from the month after; a rating applies from the month after it is published.'),
    p(zh ? `七、批次上调。每名职工按本办法计算的月工资${craftsmen.length ? '(含高技能人才薪酬包的现金部分)' : ''},${trancheWords(d, f.termStart, lang)}(逐批复合计算)。` : `7. Tranches. Each worker's monthly pay under this rule${craftsmen.length ? ' (and the cash of the craftsmen\'s packages)' : ''}: ${trancheWords(d, f.termStart, lang)} (each on the pay after the tranches before it).`),
  );
  const e = d.example;
  if (e) {
    const yuan2 = (x: number) => num(x, lang, 2);
    const head = zh
      ? `八、计算示例(第七项批次上调前)。以工号 ${e.id} 的职工为例:${levelName(e.level, lang)},考核${ratingName(e.rating, lang)},岗位价值系数 ${exact(e.positionValue, lang)},创新积分 ${exact(e.innovation, lang)},工龄 ${exact(e.years, lang)} 年${e.apprentices ? `,带徒 ${exact(e.apprentices, lang)} 名` : ''}${e.teamLeader ? ',班组长' : ''},调整前月工资 ${yuan2(e.currentMonthly)} 元。`
      : `8. Worked example (before the tranches of item 7). The worker with id ${e.id}: ${levelName(e.level, lang)}, rated ${e.rating}, position value ${exact(e.positionValue, lang)}, ${exact(e.innovation, lang)} innovation points, ${exact(e.years, lang)} years of service${e.apprentices ? `, teaching ${exact(e.apprentices, lang)} apprentices` : ''}${e.teamLeader ? ', a team leader' : ''}; CNY ${yuan2(e.currentMonthly)} a month before the change.`;
    const x = e.parts;
    const parts: [string, number][] =
      s.mode === 'raise'
        ? [[zh ? '调整前月工资' : 'Pay before', e.currentMonthly], [zh ? '增资' : 'Raise', x.raise]]
        : s.mode === 'scale'
          ? [[zh ? '岗位工资与技能工资(乘考核系数后)' : 'Position and skill pay (times the rating coefficient)', x.position + x.skill + x.performance], [zh ? '创新工资' : 'Innovation pay', x.innovation], [zh ? '工龄工资' : 'Seniority pay', x.seniority]]
          : [[zh ? '岗位工资' : 'Position pay', x.position], [zh ? '技能工资' : 'Skill pay', x.skill], [zh ? '创新工资' : 'Innovation pay', x.innovation], [zh ? '绩效工资' : 'Performance pay', x.performance], [zh ? '工龄工资' : 'Seniority pay', x.seniority]];
    if (x.allowance) parts.push([zh ? '津贴' : 'Allowances', x.allowance]);
    parts.push([zh ? '最低工资补足' : 'Minimum-wage top-up', x.floorTopUp]);
    if (s.noLossGuarantee) parts.push([zh ? '保底补足' : 'Guarantee top-up', x.guaranteeTopUp]);
    blocks.push(p(head, true), {
      kind: 'table',
      table: { title: zh ? '表4 计算示例(元/月)' : 'Table 4. Worked example (CNY a month)', header: zh ? ['项目', '金额'] : ['Item', 'Amount'], rows: [...parts.map(([k, v]) => [k, yuan2(v)]), [zh ? '月工资' : 'Monthly pay', yuan2(e.monthly)]], widths: [60, 40], total: [parts.length] },
    });
  }
  return blocks;
}
