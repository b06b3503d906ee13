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
};

export const REQUIRED_FIELDS: readonly Field[] = ['id', 'position', 'positionValue', 'skillLevel', 'performance', 'innovation', 'yearsOfService', 'monthlyPay'];

export function normalizeHeader(header: string): string {
  let h = header.normalize('NFKC').toLowerCase().trim();
  // A trailing unit in brackets: 月工资(元), Monthly pay (CNY), 工龄[年].
  h = h.replace(/\s*[([][^()[\]]*[)\]]\s*$/, '');
  return h.replace(/[\s_-]+/g, '');
}

const LOOKUP = new Map<string, Field>();
for (const [field, aliases] of Object.entries(FIELD_ALIASES) as [Field, readonly string[]][]) {
  for (const a of aliases) LOOKUP.set(normalizeHeader(a), field);
}

export function fieldOfHeader(header: string): Field | undefined {
  return LOOKUP.get(normalizeHeader(header));
}
