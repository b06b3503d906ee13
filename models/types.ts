/** Plain data shared by every layer. No behaviour lives here. */

export const LEVELS = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8'] as const;
export type Level = (typeof LEVELS)[number];

export const RATINGS = ['A', 'B', 'C', 'D', 'E'] as const;
export type Rating = (typeof RATINGS)[number];

export const FACTORS = ['position', 'skill', 'innovation', 'performance'] as const;
export type Factor = (typeof FACTORS)[number];

export type PerLevel<T> = Record<Level, T>;
export type PerRating<T> = Record<Rating, T>;
export type PerFactor<T> = Record<Factor, T>;

/** Post categories of the 2025 skill-talent minimum-pay guide (人社厅发〔2025〕52号), by complexity and scarcity. */
export const POST_CATEGORIES = ['basic', 'important', 'key', 'core'] as const;
export type PostCategory = (typeof POST_CATEGORIES)[number];

/** One worker as a person reads it (pay-model.md §1). */
export interface WorkerRecord {
  id: string;
  name: string;
  department: string;
  position: string;
  positionValue: number;
  skillLevel: Level;
  performance: Rating;
  innovation: number;
  yearsOfService: number;
  monthlyPay: number;
  /** Optional: 基础类 / 重要类 / 关键类 / 核心类. */
  postCategory?: PostCategory;
  /** Optional: apprentices taught (师带徒). */
  apprentices?: number;
  /** Optional: a team leader (班组长). */
  teamLeader?: boolean;
}

/**
 * The workforce as struct-of-arrays: numeric columns are typed arrays so that
 * 100k workers compute in milliseconds and cross to a worker as transferred
 * buffers. `level` holds 0…7 for L1…L8, `rating` 0…4 for A…E.
 */
export interface Workforce {
  size: number;
  id: string[];
  name: string[];
  department: string[];
  position: string[];
  positionValue: Float64Array;
  level: Uint8Array;
  rating: Uint8Array;
  innovation: Float64Array;
  yearsOfService: Float64Array;
  monthlyPay: Float64Array;
  /** 0 = not given, 1…4 = basic, important, key, core. */
  postCategory: Uint8Array;
  /** Optional: apprentices taught (师带徒); absent = none. */
  apprentices?: Float64Array;
  /** Optional: 1 for a team leader (班组长); absent = none. */
  teamLeader?: Uint8Array;
}

export type GuidelineStatus = 'below-lower' | 'within' | 'above-upper';

export interface LevelRow {
  level: Level;
  count: number;
  meanAnnual: number;
  minAnnual: number;
  maxAnnual: number;
}

/** pay-model.md §4, key for key. */
export interface Summary {
  workers: number;
  wageBill: number;
  currentWageBill: number;
  wageBillGrowth: number;
  guidelineStatus: GuidelineStatus;
  mean: number;
  median: number;
  p10: number;
  p90: number;
  p90p10: number | null;
  gini: number;
  byFactor: PerFactor<number> | null;
  seniority: number;
  floorTopUp: number;
  guaranteeTopUp: number;
  unallocated: number;
  /** Allowances (津贴) paid, a year: part of the wage bill. */
  allowances: number;
  winners: number;
  losers: number;
  byLevel: LevelRow[];
  /** With take-home pay computed (models/takehome/takehome.ts): today and under the scheme, a year. */
  netPay?: number;
  netPayCurrent?: number;
  /** Median change in monthly take-home pay. */
  medianNetRaise?: number;
  /** Gross pay plus employer contributions, a year. */
  employerCost?: number;
  employerCostCurrent?: number;
}
