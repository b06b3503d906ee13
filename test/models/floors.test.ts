import { describe, expect, it } from 'vitest';
import { floorMonthly, skillFloors } from '../../models/pay/floors';
import { computePay } from '../../models/pay/pay';
import { workforceFromRecords } from '../../models/pay/workforce';
import type { WorkerRecord } from '../../models/types';
import { parseWorkforceCsv } from '../../models/io/csv';
import { close, scenario } from '../helpers';

const rec = (id: string, level: WorkerRecord['skillLevel'], pay: number, postCategory?: WorkerRecord['postCategory']): WorkerRecord => ({ id, name: '', department: '', position: 'p', positionValue: 300, skillLevel: level, performance: 'C', innovation: 0, yearsOfService: 0, monthlyPay: pay, postCategory });

describe('skill-talent floors, worked by hand (minimum wage 2,000)', () => {
  const s = scenario({ minimumMonthlyWage: 2000, mode: 'raise', raise: { percent: 0, minMonthly: 0 } });

  it('lowest grade of each category at 105 / 120 / 150 / 200 %, 5 % more a grade above it', () => {
    expect(floorMonthly(s, 'basic', 0)).toBeCloseTo(2100, 9);
    expect(floorMonthly(s, 'important', 1)).toBeCloseTo(2400, 9);
    expect(floorMonthly(s, 'key', 2)).toBeCloseTo(3000, 9);
    expect(floorMonthly(s, 'core', 3)).toBeCloseTo(4000, 9);
    expect(floorMonthly(s, 'basic', 2)).toBeCloseTo(2100 * 1.05 * 1.05, 9);
    // Below the category's lowest grade the floor does not fall further.
    expect(floorMonthly(s, 'core', 0)).toBeCloseTo(4000, 9);
    const byAmount = scenario({ minimumMonthlyWage: 2000, skillFloors: { stepKind: 'amount', step: 150 } });
    expect(floorMonthly(byAmount, 'important', 3)).toBeCloseTo(2400 + 2 * 150, 9);
  });

  it('finds who is below and what lifting them costs', () => {
    const w = workforceFromRecords([rec('a', 'L1', 2000, 'basic'), rec('b', 'L2', 2500, 'important'), rec('c', 'L3', 2900, 'key'), rec('d', 'L4', 5000, 'core'), rec('e', 'L1', 1000)]);
    const r = computePay(w, s);
    const f = skillFloors(w, r.annual, s);
    expect(f.unclassified).toBe(1);
    expect(f.rows.map((x) => [x.category, x.workers, x.below])).toEqual([
      ['basic', 1, 1],
      ['important', 1, 0],
      ['key', 1, 1],
      ['core', 1, 0],
    ]);
    // a: 12 × (2,100 − 2,000); c: 12 × (3,000 − 2,900).
    close(f.liftCost, 1200 + 1200);
    expect(f.belowIndex).toEqual([0, 2]);
  });

  it('a worker below his category\'s lowest grade is held to that grade\'s floor, and counted as such', () => {
    // An L1 and an L2 in a core post (lowest grade L4, floor 2 × 2,000 = 4,000), earning 3,500 and 4,200.
    const w = workforceFromRecords([rec('a', 'L1', 3500, 'core'), rec('b', 'L2', 4200, 'core'), rec('c', 'L5', 4100, 'core')]);
    const r = computePay(w, s);
    const f = skillFloors(w, r.annual, s);
    const core = f.rows.find((x) => x.category === 'core')!;
    expect(core.underGrade).toBe(2);
    // a: 12 × (4,000 − 3,500); b is above 4,000; c (L5: 4,000 × 1.05 = 4,200): 12 × (4,200 − 4,100).
    expect(core.below).toBe(2);
    close(core.liftCost, 12 * 500 + 12 * 100);
  });

  it('reads the post category column, in Chinese or as 1–4, and refuses an unknown one with row and column', () => {
    const text = '工号,岗位,岗位价值点数,技能等级,绩效等级,创新积分,工龄,月工资,岗位类别\nA1,车工,300,L3,B,0,5,6000,关键类\nA2,车工,300,L3,B,0,5,6000,2\nA3,车工,300,L3,B,0,5,6000,\nA4,车工,300,L3,B,0,5,6000,特殊类\n';
    const r = parseWorkforceCsv(new TextEncoder().encode(text), { file: 'c.csv' });
    expect(r.errors).toMatchObject([{ row: 5, column: '岗位类别', code: 'unknown-category' }]);
    expect(Array.from(r.workforce.postCategory)).toEqual([3, 2, 0]);
  });
});

describe('the floors as a union limit in the agreement zone', () => {
  it('a cell is outside the zone when anyone with a post category is below the floor', async () => {
    const { agreementZone } = await import('../../models/bargaining/bargaining');
    const w = workforceFromRecords([rec('a', 'L1', 2000, 'basic'), rec('b', 'L2', 2500, 'important'), rec('c', 'L4', 5000, 'core')]);
    const s = scenario({ minimumMonthlyWage: 2000, mode: 'pool', noLossGuarantee: false, seniorityMonthlyPerYear: 0 });
    const limits = { maxGrowth: 10, minMedianRaise: -1e9, nobodyLoses: false, minLowGradeRaise: -1e9 };
    const loose = agreementZone(w, s, limits, [50_000, 400_000], 5);
    const strict = agreementZone(w, s, { ...limits, floorsMet: true }, [50_000, 400_000], 5);
    expect(loose.cells.every((c) => c.ok)).toBe(true);
    for (const [k, c] of strict.cells.entries()) {
      const r = computePay(w, { ...s, annualPool: c.pool, weights: (await import('../../models/pay/scheme')).setWeight(s.weights, 'skill', c.skill) });
      expect(c.ok).toBe(skillFloors(w, r.annual, s).below === 0);
      expect(loose.cells[k]!.pool).toBe(c.pool);
    }
    expect(strict.cells.some((c) => !c.ok)).toBe(true);
  });
});
