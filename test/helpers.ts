import { defaultScenario, type ScenarioInput } from '../models/pay/scenario';
import type { WorkerRecord } from '../models/types';
import { workforceFromRecords } from '../models/pay/workforce';

type Row = [id: string, pv: number, level: WorkerRecord['skillLevel'], rating: WorkerRecord['performance'], innovation: number, years: number, monthlyPay: number];

export function workers(rows: Row[]) {
  return workforceFromRecords(
    rows.map(([id, positionValue, skillLevel, performance, innovation, yearsOfService, monthlyPay]) => ({
      id,
      name: `name ${id}`,
      department: 'D',
      position: 'P',
      positionValue,
      skillLevel,
      performance,
      innovation,
      yearsOfService,
      monthlyPay,
    })),
  );
}

/** The five workers of the hand-worked examples. */
export const FIVE: Row[] = [
  ['W1', 200, 'L1', 'C', 0, 2, 3000],
  ['W2', 300, 'L2', 'B', 0, 5, 4000],
  ['W3', 400, 'L3', 'A', 10, 10, 6000],
  ['W4', 500, 'L5', 'C', 30, 25, 8000],
  ['W5', 600, 'L8', 'B', 60, 30, 12000],
];

export const BASE: ScenarioInput = {
  weights: { position: 0.4, skill: 0.3, innovation: 0.1, performance: 0.2 },
  skillCoefficients: { L1: 1, L2: 1.25, L3: 1.5, L4: 1.75, L5: 2.25, L6: 2.5, L7: 2.75, L8: 3 },
  performanceCoefficients: { A: 1.2, B: 1.1, C: 1.0, D: 0.8, E: 0.6 },
  seniorityMonthlyPerYear: 50,
  seniorityCapYears: 20,
  minimumMonthlyWage: 2500,
  noLossGuarantee: false,
};

export const scenario = (over: ScenarioInput) => defaultScenario({ ...BASE, ...over });

/** Relative closeness, the tolerance the spec uses. */
export function close(actual: number, expected: number, rel = 1e-9) {
  const scale = Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= rel * scale)) throw new Error(`expected ${expected}, got ${actual}`);
}
