import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePay } from '../../models/pay/pay';
import { defaultScenario } from '../../models/pay/scenario';
import { LEVELS, RATINGS, type WorkerRecord } from '../../models/types';
import { workforceFromRecords } from '../../models/pay/workforce';

const worker = (i: number) =>
  fc.record({
    positionValue: fc.integer({ min: 100, max: 1000 }),
    skillLevel: fc.constantFrom(...LEVELS),
    performance: fc.constantFrom(...RATINGS),
    innovation: fc.integer({ min: 0, max: 50 }),
    yearsOfService: fc.integer({ min: 0, max: 40 }),
    monthlyPay: fc.integer({ min: 0, max: 30000 }),
  }).map((r): WorkerRecord => ({ ...r, id: `w${i}`, name: '', department: '', position: 'p' }));

const workforce = fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => worker(i))));

const weights = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }))
  .map(([a, b, c, d]) => {
    const s = a + b + c + d;
    const position = a / s,
      skill = b / s,
      innovation = c / s;
    return { position, skill, innovation, performance: 1 - position - skill - innovation };
  });

const scenarioArb = fc.record({
  mode: fc.constantFrom('pool' as const, 'scale' as const, 'raise' as const),
  annualPool: fc.integer({ min: 0, max: 5_000_000 }),
  weights,
  minimumMonthlyWage: fc.integer({ min: 0, max: 5000 }),
  noLossGuarantee: fc.boolean(),
  seniorityMonthlyPerYear: fc.integer({ min: 0, max: 100 }),
  raise: fc.record({ percent: fc.double({ min: -0.1, max: 0.2, noNaN: true }), minMonthly: fc.integer({ min: 0, max: 800 }) }),
});

describe('engine properties', () => {
  it('pool mode hands out the whole pool when every factor has a positive total', () => {
    fc.assert(
      fc.property(workforce, scenarioArb, (records, sc) => {
        const withInno = records.map((r, i) => (i === 0 ? { ...r, innovation: r.innovation + 1 } : r));
        const r = computePay(workforceFromRecords(withInno), defaultScenario({ ...sc, mode: 'pool' }), { components: true });
        const f = r.summary.byFactor!;
        const handed = f.position + f.skill + f.innovation + f.performance;
        expect(Math.abs(handed - sc.annualPool)).toBeLessThanOrEqual(1e-9 * Math.max(1, sc.annualPool));
        expect(r.summary.unallocated).toBe(0);
        let gross = 0;
        for (let i = 0; i < withInno.length; i++) gross += r.components!.gross[i]! - r.components!.seniority[i]!;
        expect(Math.abs(gross - sc.annualPool)).toBeLessThanOrEqual(1e-9 * Math.max(1, sc.annualPool));
      }),
    );
  });

  it('the minimum-wage floor and the no-loss guarantee always hold', () => {
    fc.assert(
      fc.property(workforce, scenarioArb, (records, sc) => {
        const r = computePay(workforceFromRecords(records), defaultScenario(sc), { components: true });
        records.forEach((rec, i) => {
          const a = r.annual[i]!;
          expect(a).toBeGreaterThanOrEqual(12 * sc.minimumMonthlyWage - 1e-6);
          if (sc.noLossGuarantee) expect(a).toBeGreaterThanOrEqual(12 * rec.monthlyPay - 1e-6);
          expect(r.components!.floorTopUp[i]).toBeGreaterThanOrEqual(0);
          expect(r.components!.guaranteeTopUp[i]).toBeGreaterThanOrEqual(0);
        });
        if (sc.noLossGuarantee) expect(r.summary.losers).toBe(0);
      }),
    );
  });

  it('does not depend on row order', () => {
    fc.assert(
      fc.property(workforce, scenarioArb, fc.integer(), (records, sc, seed) => {
        const s = defaultScenario(sc);
        const shuffled = [...records];
        let x = seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
          const j = x % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const a = computePay(workforceFromRecords(records), s, { components: true }).summary;
        const b = computePay(workforceFromRecords(shuffled), s, { components: true }).summary;
        for (const k of ['wageBill', 'median', 'p10', 'p90', 'gini', 'mean', 'floorTopUp', 'guaranteeTopUp'] as const) {
          expect(Math.abs(a[k] - b[k])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a[k])));
        }
        expect(b.winners).toBe(a.winners);
        expect(b.losers).toBe(a.losers);
        expect(b.byLevel.map((l) => [l.level, l.count])).toEqual(a.byLevel.map((l) => [l.level, l.count]));
      }),
    );
  });

  it('Gini stays in [0, 1) and percentiles are ordered', () => {
    fc.assert(
      fc.property(workforce, scenarioArb, (records, sc) => {
        const s = computePay(workforceFromRecords(records), defaultScenario(sc)).summary;
        expect(s.gini).toBeGreaterThanOrEqual(-1e-12);
        expect(s.gini).toBeLessThan(1);
        expect(s.p10).toBeLessThanOrEqual(s.median + 1e-9);
        expect(s.median).toBeLessThanOrEqual(s.p90 + 1e-9);
        expect(s.byLevel.reduce((n, l) => n + l.count, 0)).toBe(records.length);
      }),
    );
  });
});
