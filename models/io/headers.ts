/** Header names accepted for each field (formats.md), matched loosely: case, spaces, width and a trailing unit do not matter. */
import type { WorkerRecord } from '../types';

export type Field = keyof WorkerRecord;

export const FIELD_ALIASES: Record<Field, readonly string[]> = {
  id: ['id', 'employee_id', 'employee id', '工号', '员工编号'],
  name: ['name', '姓名'],
  department: ['department', 'dept', '部门'],
  position: ['position', 'post', 'job', '岗位', '岗位名称'],
  positionValue: ['position_value', 'position value', 'job points', '岗位价值', '岗位价值点数', '岗位点数'],
  skillLevel: ['skill_level', 'skill level', 'grade', '技能等级', '技能等级(级别)', '等级'],
  performance: ['performance', 'rating', '绩效', '绩效等级', '考核等级'],
  innovation: ['innovation', 'innovation_points', '创新积分', '创新成果积分'],
  yearsOfService: ['years_of_service', 'years of service', 'tenure', '工龄'],
  monthlyPay: ['monthly_pay', 'monthly pay', 'current monthly pay', '月工资', '现月工资', '应发工资'],
  postCategory: ['post_category', 'post category', 'category', '岗位类别', '岗位类型'],
  apprentices: ['apprentices', 'apprentice_count', 'apprentices taught', '师带徒', '带徒人数', '徒弟人数', '师带徒人数'],
  teamLeader: ['team_leader', 'team leader', '班组长', '是否班组长'],
};

/** Labels used in messages: the Chinese header HR files use, and the English one. */
export const FIELD_LABELS: Record<Field, { zh: string; en: string }> = {
  id: { zh: '工号', en: 'id' },
  name: { zh: '姓名', en: 'name' },
  department: { zh: '部门', en: 'department' },
  position: { zh: '岗位', en: 'position' },
  positionValue: { zh: '岗位价值点数', en: 'position value' },
  skillLevel: { zh: '技能等级', en: 'skill level' },
  performance: { zh: '绩效等级', en: 'performance' },
  innovation: { zh: '创新积分', en: 'innovation points' },
  yearsOfService: { zh: '工龄', en: 'years of service' },
  monthlyPay: { zh: '月工资', en: 'monthly pay' },
  postCategory: { zh: '岗位类别', en: 'post category' },
  apprentices: { zh: '师带徒人数', en: 'apprentices' },
  teamLeader: { zh: '班组长', en: 'team leader' },
};

export const REQUIRED_FIELDS: readonly Field[] = ['id', 'position', 'positionValue', 'skillLevel', 'performance', 'innovation', 'yearsOfService', 'monthlyPay'];

/** The unit a header carries in trailing brackets, normalised (月工资(万元) → 万元), or null. */
export function headerUnit(header: string): string | null {
  const m = /[([]([^()[\]]*)[)\]]\s*$/.exec(header.normalize('NFKC').trim());
  if (!m) return null;
  return m[1]!.toLowerCase().replace(/\s+/g, '') || null;
}

/**
 * Units a numeric column may declare, and the factor to the model's unit
 * (元 a month, years, points). A unit not listed here is refused: reading
 * 0.5 万元 as 0.5 元 would be a silent error of ten thousand times.
 */
export const UNIT_FACTORS: Partial<Record<Field, Record<string, number>>> = {
  monthlyPay: { 元: 1, '元/月': 1, 人民币: 1, rmb: 1, cny: 1, yuan: 1, 'cny/month': 1, 'rmb/month': 1, 'yuan/month': 1, 百元: 100, 千元: 1000, '千元/月': 1000, 万元: 10000, '万元/月': 10000, '元/年': 1 / 12, 'cny/year': 1 / 12, 'rmb/year': 1 / 12, 'yuan/year': 1 / 12, '万元/年': 10000 / 12 },
  yearsOfService: { 年: 1, years: 1, year: 1, yrs: 1, y: 1, 月: 1 / 12, 个月: 1 / 12, months: 1 / 12, month: 1 / 12 },
  positionValue: { 点: 1, 分: 1, points: 1, point: 1, pts: 1 },
  innovation: { 分: 1, 点: 1, points: 1, point: 1, pts: 1 },
};

export function normalizeHeader(header: string): string {
  let h = header.normalize('NFKC').toLowerCase().trim();
  // A trailing unit in brackets: 月工资(元), Monthly pay (CNY), 工龄[年].
  // (Spaces before it go with trimEnd: a leading \s* here, tried from every space of a long run, takes the square of its length.)
  h = h.replace(/[([][^()[\]]*[)\]]\s*$/, '').trimEnd();
  return h.replace(/[\s_-]+/g, '');
}

const LOOKUP = new Map<string, Field>();
for (const [field, aliases] of Object.entries(FIELD_ALIASES) as [Field, readonly string[]][]) {
  for (const a of aliases) LOOKUP.set(normalizeHeader(a), field);
}

export function fieldOfHeader(header: string): Field | undefined {
  return LOOKUP.get(normalizeHeader(header));
}
