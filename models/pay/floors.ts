/**
 * Skill-talent minimum pay by post category (人社厅发〔2025〕52号): the lowest
 * grade of each category at least a share of the local minimum wage, each
 * higher grade stepping up by a ratio or an amount. Who falls below, and what
 * lifting them costs, under a scheme's new pay.
 */
import type { Scenario } from './scenario';
import { LEVELS, POST_CATEGORIES, type PostCategory, type Workforce } from '../types';

export interface FloorRow {
  category: PostCategory;
  workers: number;
  below: number;
  /** CNY a year to lift everyone below to the floor. */
  liftCost: number;
  /** Monthly floor of the category's lowest grade. */
  lowestFloor: number;
  /** Workers whose grade is below the category's lowest grade: held to the lowest grade's floor (see floorMonthly). */
  underGrade: number;
}

export interface FloorResult {
  rows: FloorRow[];
  below: number;
  liftCost: number;
  /** Workers with no post category in the file: not judged. */
  unclassified: number;
  /** Row indices of the workers below their floor. */
  belowIndex: number[];
}

/**
 * Monthly floor for a worker of `level` (0…7) in `category`. The rule for a
 * worker below the category's lowest grade (an L1 in a core post whose lowest
 * grade is L4): the floor of the lowest grade. The guide sets a floor for the
 * post, reached at the category's lowest grade; holding the post is what
 * counts, so a worker in it is never held to less than that floor, however
 * low his grade. Written in docs/model.md and shown in the page.
 */
export function floorMonthly(s: Scenario, category: PostCategory, level: number): number {
  const f = s.skillFloors;
  const base = s.minimumMonthlyWage * f.shares[category];
  const steps = Math.max(0, level - LEVELS.indexOf(f.lowestLevel[category]));
  return f.stepKind === 'ratio' ? base * Math.pow(1 + f.step, steps) : base + f.step * steps;
}

export function skillFloors(w: Workforce, annual: Float64Array, s: Scenario, craftsman?: Uint8Array): FloorResult {
  const rows: FloorRow[] = POST_CATEGORIES.map((category) => ({ category, workers: 0, below: 0, liftCost: 0, lowestFloor: floorMonthly(s, category, LEVELS.indexOf(s.skillFloors.lowestLevel[category])), underGrade: 0 }));
  const belowIndex: number[] = [];
  let unclassified = 0;
  for (let i = 0; i < w.size; i++) {
    const c = w.postCategory[i]!;
    if (!c) {
      unclassified++;
      continue;
    }
    if (craftsman?.[i]) continue;
    const row = rows[c - 1]!;
    row.workers++;
    if (w.level[i]! < LEVELS.indexOf(s.skillFloors.lowestLevel[row.category])) row.underGrade++;
    const gap = 12 * floorMonthly(s, row.category, w.level[i]!) - annual[i]!;
    if (gap > 0.005) {
      row.below++;
      row.liftCost += gap;
      belowIndex.push(i);
    }
  }
  return { rows, below: belowIndex.length, liftCost: rows.reduce((a, r) => a + r.liftCost, 0), unclassified, belowIndex };
}
