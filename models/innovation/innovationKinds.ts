/** The kinds of achievement, their grades and yields, and their names (models/innovation/innovation.ts). Plain data, no imports. */

export const INNOVATION_KINDS = ['suggestion', 'improvement', 'breakthrough', 'invention', 'utility', 'design', 'software', 'method'] as const;
export type InnovationKind = (typeof INNOVATION_KINDS)[number];

/** The kinds that are patents: the statutory reward and remuneration of a service invention apply to them. */
export const PATENT_KINDS: readonly InnovationKind[] = ['invention', 'utility', 'design'];

export const KIND_WORDS: Record<InnovationKind, { zh: string; en: string }> = {
  suggestion: { zh: '合理化建议', en: 'rationalisation proposal' },
  improvement: { zh: '技术革新', en: 'technical improvement' },
  breakthrough: { zh: '技术攻关', en: 'technical breakthrough' },
  invention: { zh: '发明专利', en: 'invention patent' },
  utility: { zh: '实用新型专利', en: 'utility-model patent' },
  design: { zh: '外观设计专利', en: 'design patent' },
  software: { zh: '软件著作权', en: 'software copyright' },
  method: { zh: '先进操作法', en: 'work method' },
};

export const INNOVATION_GRADES = ['first', 'second', 'third', 'none'] as const;
export type InnovationGrade = (typeof INNOVATION_GRADES)[number];
export const GRADE_WORDS: Record<InnovationGrade, { zh: string; en: string }> = {
  first: { zh: '一等', en: 'first grade' },
  second: { zh: '二等', en: 'second grade' },
  third: { zh: '三等', en: 'third grade' },
  none: { zh: '未评等', en: 'not graded' },
};

export const YIELD_KINDS = ['saving', 'profit', 'licence', 'none'] as const;
export type YieldKind = (typeof YIELD_KINDS)[number];
export const YIELD_WORDS: Record<YieldKind, { zh: string; en: string }> = {
  saving: { zh: '年节约额', en: 'annual saving' },
  profit: { zh: '年新增营业利润', en: 'added operating profit a year' },
  licence: { zh: '年许可(转让)净收入', en: 'net licence income a year' },
  none: { zh: '无法计量', en: 'not measurable' },
};
/** The yields that are shared by a schedule. */
export const SHARED_YIELDS = ['saving', 'profit', 'licence'] as const;
export type SharedYield = (typeof SHARED_YIELDS)[number];

