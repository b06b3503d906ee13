/** Category axes fit their labels (was: a fixed 120 px cut "工龄工资(每年工龄每月)" at the tornado's left edge). */
import { describe, expect, it } from 'vitest';
import { categoryAxis, labelWidth } from '../../src/ui/axis';

describe('category axis', () => {
  it('is as wide as the longest label: 10 CJK characters and two ASCII brackets at 12 px', () => {
    // 10 × 12 + 2 × 7.2 = 134.4 → 135, and 10 px between the label and the axis.
    expect(labelWidth('工龄工资(每年工龄每月)')).toBeCloseTo(134.4, 9);
    const a = categoryAxis(['分配总额', '工龄工资(每年工龄每月)', '考核系数级差']);
    expect(a.width).toBe(145);
    expect(a.tickFormatter('工龄工资(每年工龄每月)')).toBe('工龄工资(每年工龄每月)');
  });

  it('stops at the limit and shortens only the labels beyond it, with "…"', () => {
    const long = '机加工车间第一数控加工中心精密零件生产班组';
    const a = categoryAxis(['A', long], 12, 180);
    expect(a.width).toBe(180);
    const shown = a.tickFormatter(long);
    expect(shown.endsWith('…')).toBe(true);
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
    expect(labelWidth(shown) + 10).toBeLessThanOrEqual(180);
    // One character more would not fit.
    expect(labelWidth(`${long.slice(0, [...shown].length)}…`) + 10).toBeGreaterThan(180);
    expect(a.tickFormatter('A')).toBe('A');
  });
});
