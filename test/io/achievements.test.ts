/** The innovations file: both ways of writing a team, GBK and XLSX, and every mistake named with its row and column. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importAchievements, parseDateCell, parseTeamCell } from '../../models/io/achievements';
import { describeIssues } from '../../models/io/table';

const bytes = (s: string) => new TextEncoder().encode(s);
const team = (a: { teamStart: Uint32Array; memberId: string[]; memberShare: Float64Array }, k: number) => a.memberId.slice(a.teamStart[k], a.teamStart[k + 1]).map((id, j) => [id, Math.round(a.memberShare[a.teamStart[k]! + j]! * 1e9) / 1e9]);

describe('the innovations file', () => {
  it('reads the sample: 29 achievements of the sample plant, teams with shares, two said to share equally', async () => {
    const r = await importAchievements(new Uint8Array(readFileSync('seeds/jiangsu-machinery-innovations.csv')), { file: 'jiangsu-machinery-innovations.csv' });
    expect(r.errors).toEqual([]);
    expect([r.total, r.valid]).toEqual([29, 29]);
    expect(r.warnings.map((w) => w.code)).toEqual(['equal-shares', 'equal-shares']);
    expect(team(r.achievements, 0)).toEqual([['JX0871', 0.6], ['JX1148', 0.4]]);
    for (let k = 0; k < r.achievements.size; k++) expect(team(r.achievements, k).reduce((s, [, v]) => s + (v as number), 0)).toBeCloseTo(1, 12);
  });

  it('GBK with one row per worker, English kind names, 万元 in the header and a 3,500.00-style number', async () => {
    const text = ['编号,名称,类别,等级,完成日期,工号,份额,收益类型,年收益(万元)', 'A1,刀座,实用新型,,2025/3/1,JX0001,70%,新增利润,"1,250.50"', 'A1,,,,,JX0002,30%,,', 'A2,建议,suggestion,一等奖,2025年7月9日,JX0003,,节约,2'].join('\r\n');
    const r = await importAchievements(new Uint8Array(iconv.encode(text, 'gbk')), { file: 'gbk.csv' });
    expect(r.errors).toEqual([]);
    expect(r.encoding).toBe('gb18030');
    expect(r.unit).toMatchObject({ unit: '万元', factor: 10000 });
    const a = r.achievements;
    expect(a.size).toBe(2);
    expect(a.yieldPerYear[0]).toBeCloseTo(12_505_000, 6);
    expect(a.date).toEqual(['2025-03-01', '2025-07-09']);
    expect(team(a, 0)).toEqual([['JX0001', 0.7], ['JX0002', 0.3]]);
    expect(team(a, 1)).toEqual([['JX0003', 1]]);
  });

  it('an XLSX with the team as a list reads as the CSV does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('成果');
    ws.addRow(['id', 'title', 'kind', 'grade', 'date', 'workers', 'yield_kind', 'annual_yield']);
    ws.addRow(['B1', 'Fixture', 'improvement', 'second', new Date(Date.UTC(2026, 1, 3)), 'JX0001(50%)、JX0002(50%)', 'saving', 80000]);
    const r = await importAchievements(new Uint8Array(await wb.xlsx.writeBuffer()), { file: 'b.xlsx' });
    expect(r.errors).toEqual([]);
    expect(r.sheet).toBe('成果');
    expect(r.achievements.date).toEqual(['2026-02-03']);
    expect(team(r.achievements, 0)).toEqual([['JX0001', 0.5], ['JX0002', 0.5]]);
  });

  it('every mistake is named with the file, the row and the column; the achievement is left out and counted', async () => {
    const text = [
      '成果编号,成果名称,类别,等级,日期,完成人,收益类型,年收益(元)',
      'E1,t,发明创造,,2025-01-01,JX1,,', // unknown kind
      'E2,t,技术革新,特等,2025-01-01,JX1,,', // unknown grade
      'E3,t,技术革新,,2025-02-30,JX1,,', // not a date
      'E4,t,技术革新,,2025-01-01,JX1:60;JX2:30,,', // shares sum to 90
      'E5,t,技术革新,,2025-01-01,JX1:60;JX2,,', // one share missing
      'E6,t,技术革新,,2025-01-01,JX1;JX1,,', // twice
      'E7,t,技术革新,,2025-01-01,JX1,,5000', // a yield with no kind
      'E8,t,技术革新,,2025-01-01,JX1,节约,-5', // negative
      'E9,t,技术革新,,2025-01-01,JX1,节约,1e11', // too large
      'E1,t,技术革新,,2025-01-01,JX1,,', // E1 again
      'OK,t,技术革新,,2025-01-01,JX1,,',
    ].join('\n');
    const r = await importAchievements(bytes(text), { file: 'bad.csv' });
    const where = r.errors.map((e) => [e.row, e.column, e.code]);
    expect(where).toEqual([
      [2, '类别', 'unknown-kind'],
      [3, '等级', 'unknown-award-grade'],
      [4, '日期', 'bad-date'],
      [5, '完成人', 'shares-sum'],
      [6, '完成人', 'shares-partial'],
      [7, '完成人', 'team-twice'],
      [8, '收益类型', 'yield-without-kind'],
      [9, '年收益(元)', 'negative'],
      [10, '年收益(元)', 'too-large'],
      [11, '成果编号', 'duplicate-achievement'],
    ]);
    expect([r.total, r.valid]).toEqual([10, 1]);
    expect(r.achievements.id).toEqual(['OK']);
    const zh = describeIssues(r.errors, 'zh');
    expect(zh[0]).toBe('bad.csv 第 2 行,"类别"列: 无法识别的成果类别"发明创造",请填 合理化建议/技术革新/技术攻关/发明专利/实用新型/外观设计/软件著作权/先进操作法');
    expect(zh[3]).toContain('份额合计 90');
    expect(describeIssues(r.errors, 'en')[2]).toBe('bad.csv, row 4, column "日期": "2025-02-30" is not a real date: write 2025-03-01, 2025/3/1 or 2025年3月1日 (years 1990–2100)');
  });

  it('a missing column and an unknown unit refuse the file with the accepted headers', async () => {
    const r = await importAchievements(bytes('成果编号,类别,完成人\nA,技术革新,JX1\n'), { file: 'x.csv' });
    expect(r.errors.map((e) => e.code)).toEqual(['missing-column']);
    expect(describeIssues(r.errors, 'zh')[0]).toContain('缺少必填列"日期"');
    const u = await importAchievements(bytes('成果编号,类别,日期,完成人,收益类型,年收益(美元)\nA,技术革新,2025-01-01,JX1,节约,5\n'), { file: 'u.csv' });
    expect(u.errors.map((e) => [e.code, e.column])).toEqual([['unknown-unit', '年收益(美元)']]);
    expect(u.valid).toBe(0);
  });

  it('dates and teams as people write them', () => {
    expect(parseDateCell('2024')).toEqual({ date: '2024-01-01', year: 2024 });
    expect(parseDateCell('２０２５年３月１日')).toEqual({ date: '2025-03-01', year: 2025 });
    expect(parseDateCell('2024-02-29')?.date).toBe('2024-02-29');
    expect(parseDateCell('2025-02-29')).toBeNull();
    expect(parseDateCell('2025-13-01')).toBeNull();
    expect(parseTeamCell('JX1：60；JX2：40')).toEqual([{ id: 'JX1', share: 60 }, { id: 'JX2', share: 40 }]);
    expect(parseTeamCell('JX1, JX2')).toEqual([{ id: 'JX1', share: null }, { id: 'JX2', share: null }]);
    expect(parseTeamCell('JX1:abc')).toEqual({ error: 'JX1:abc' });
    // Every way of writing a share, read by hand (no backtracking pattern).
    expect(parseTeamCell('JX1 = 60 %; JX2(40%)|JX3 ( 10 )')).toEqual([{ id: 'JX1', share: 60 }, { id: 'JX2', share: 40 }, { id: 'JX3', share: 10 }]);
    // No id, no share, two shares: refused, never a worker named ":100" (was: a worker ":100" whose reward counted).
    for (const bad of [':100', '=5', '(40)', 'JX1:', 'JX1()', 'JX1:60:40', 'JX1((40))', 'JX1(40', 'JX1:0', 'JX1:-5']) expect(parseTeamCell(bad), bad).toEqual({ error: bad });
  });
});
