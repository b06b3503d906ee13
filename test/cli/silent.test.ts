/**
 * Nothing silently altered: each case below was accepted without a word
 * (the "was:" of its name) and is now refused or said, naming the field.
 * Through main() in this process, and the first ones also as a child process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { cli } from '../cliRun';
import { ROOT, testDir } from '../paths';
import { main } from '../../workers/cli';
import { duplicateKey } from '../../models/jsonKeys';
import { importAchievements } from '../../models/io/achievements';
import { readSchemeFile } from '../../src/workspace/share';

const seed = (p: string) => join(ROOT, 'seeds', p);
const dir = testDir('skillpay-silent-');
const put = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const BASE = ['--workforce', seed('small-plant-en.csv'), '--scenario', seed('scenarios/small-plant-raise.json')];

describe.concurrent('refused, naming the field', () => {
  it('FORM.json with an unknown article id (was: the wording dropped)', async ({ expect }) => {
    const form = put('typo.json', JSON.stringify({ articles: { partys: '甲方:……' } }));
    for (const r of [await main([...BASE, '--doc', 'contract', '--form', form, '--out', join(dir, 'typo.docx')]), await cli(...BASE, '--doc', 'contract', '--form', form, '--out', join(dir, 'typo.docx'))]) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${form}: field "articles.partys": the contract has no article "partys"; its articles are parties, term,`);
    }
  });

  it('a key written twice in FORM.json, a scheme, a question file or a scheme opened in the page (was: the last one won)', async ({ expect }) => {
    const form = put('twice-form.json', '{\n  "members": 60,\n  "members": 0\n}');
    const r = await main([...BASE, '--doc', 'congress', '--form', form, '--out', join(dir, 'twice.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${form}: "members" is written twice (the second at line 3)`);
    const scheme = JSON.parse(readFileSync(seed('scenarios/small-plant-raise.json'), 'utf8'));
    const text = JSON.stringify(scheme, null, 2).replace('"percent":', '"percent": 0.5,\n    "percent":');
    const twice = put('twice-scheme.json', text);
    const s = await cli('--workforce', seed('small-plant-en.csv'), '--scenario', twice);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('raise.percent: "raise.percent" is written twice');
    const q = put('twice-q.json', '[{"ask": "pool-for-growth", "growth": 0.05, "growth": 0.5}]');
    const a = await main([...BASE, '--ask', q]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('"[0].growth" is written twice');
    expect(readSchemeFile(new TextEncoder().encode(text)).problems).toEqual([{ index: 0, code: 'duplicate-key', detail: 'raise.percent', line: text.split('\n').findIndex((l, k, all) => l.includes('"percent"') && all.slice(0, k).some((x) => x.includes('"percent"'))) + 1 }]);
  });

  it('duplicateKey finds the place in nested objects and arrays, and none where keys repeat only in different objects', ({ expect }) => {
    expect(duplicateKey('{"a": {"b": 1, "c": [1, {"d": 1, "d": 2}]}}')).toEqual({ path: 'a.c[1]', key: 'd', line: 1 });
    expect(duplicateKey('{"a": {"x": 1}, "b": {"x": 1}, "s": "\\"a\\": {"}')).toBeNull();
    expect(duplicateKey('[{"k": 1}, {"k": 2, "j": "}", "k": 3}]')).toEqual({ path: '[1]', key: 'k', line: 1 });
    expect(duplicateKey('{"\\u0061": 1, "a": 2}')).toEqual({ path: '', key: 'a', line: 1 });
  });

  it('members 0 in the form (was: the paper said the draft passes with 0 votes)', async ({ expect }) => {
    const form = put('zero.json', JSON.stringify({ members: 0 }));
    const r = await main([...BASE, '--doc', 'congress', '--form', form, '--out', join(dir, 'zero.docx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('field "members": the congress has at least one representative');
  });

  it('--date 2199-06-01 (was: deadlines left blank)', async ({ expect }) => {
    const r = await main([...BASE, '--doc', 'filing', '--out', join(dir, 'far.docx'), '--date', '2199-06-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date must be a real date from 2000 to 2100 written YYYY-MM-DD (got "2199-06-01")');
    const ok = await main([...BASE, '--doc', 'filing', '--out', join(dir, 'near.docx'), '--date', '2100-06-01']);
    expect(ok.code).toBe(0);
  });

  it('an achievement dated in the future is set aside and said; the plan year stays (was: 2031 moved the plan year, −72 %)', async ({ expect }) => {
    const csv = readFileSync(seed('jiangsu-machinery-innovations.csv'), 'utf8').trimEnd() + '\nCX2031-001,未来的成果,合理化建议,,2031-06-01,JX0003,,\n';
    const file = put('future.csv', csv);
    const args = ['--workforce', seed('jiangsu-machinery.csv'), '--scenario', seed('scenarios/union.json'), '--json', '--date', '2026-12-04'];
    const before = JSON.parse((await main([...args, '--innovations', seed('jiangsu-machinery-innovations.csv')])).stdout);
    const r = await main([...args, '--innovations', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('成果日期 2031-06-01 晚于今天(2026-12-04)');
    const after = JSON.parse(r.stdout);
    expect(after.innovation.planYear).toBe(before.innovation.planYear);
    expect(after.innovation.byYear).toEqual(before.innovation.byYear);
  });
});

describe('shown, never acted on', () => {
  it('escape sequences in a pay sheet or an innovations file are shown escaped, never sent to the terminal (was: a crafted cell erased the error lines and printed "OK")', async ({ expect }) => {
    const attack = '\u001b[2K\u001b[1A\u001b[2KOK\r\u202e';
    const lines = readFileSync(seed('small-plant-en.csv'), 'utf8').trimEnd().split('\n');
    lines[2] = lines[2]!.replace(/^([^,]*),([^,]*),([^,]*),/, (_m, a, b, c) => `${a},${b},"${c}${attack}",`);
    const cells = lines[3]!.split(',');
    cells[9] = `"x${attack}"`;
    lines[3] = cells.join(',');
    const pay = put('attack.csv', lines.join('\n') + '\n');
    for (const r of [await main(['--workforce', pay, '--scenario', seed('scenarios/small-plant-raise.json')]), await cli('--workforce', pay, '--scenario', seed('scenarios/small-plant-raise.json'))]) {
      expect(r.code).toBe(2);
      // eslint-disable-next-line no-control-regex -- the characters that must not reach the terminal
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
      expect(r.stderr).toContain('\\x1b[2K\\x1b[1A\\x1b[2KOK\\x0d\\u202e');
    }
    const inno = put('attack-inno.csv', `成果编号,成果名称,类别,等级,日期,完成人\nA1,t,合理化建议${attack},,2025-01-01,JX0001\n`);
    const a = await main(['--workforce', seed('jiangsu-machinery.csv'), '--scenario', seed('scenarios/union.json'), '--innovations', inno]);
    expect(a.code).toBe(2);
    // eslint-disable-next-line no-control-regex -- the characters that must not reach the terminal
    expect(a.stderr).not.toMatch(/[\u001b\r\u202e]/);
    expect(a.stderr).toContain('合理化建议\\x1b[2K');
  });
});

describe('kept as written', () => {
  it('titles and ids keep their full-width and circled characters; two ids that fold to one are refused (was: folded, CX-1 and ＣＸ－① one achievement)', async ({ expect }) => {
    const head = '成果编号,成果名称,类别,等级,日期,完成人';
    const enc = (s: string) => new TextEncoder().encode(s);
    const a = await importAchievements(enc(`${head}\nＣＸ－①,Ｍ８螺栓①号工装（２０㎡）™,合理化建议,,2025-01-01,JX0001\n`), { file: 'a.csv', today: '2026-12-04' });
    expect(a.errors).toEqual([]);
    expect(a.achievements.id).toEqual(['ＣＸ－①']);
    expect(a.achievements.title).toEqual(['Ｍ８螺栓①号工装（２０㎡）™']);
    const b = await importAchievements(enc(`${head}\nCX-1,a,合理化建议,,2025-01-01,JX0001\nＣＸ－①,b,合理化建议,,2025-01-01,JX0002\n`), { file: 'b.csv', today: '2026-12-04' });
    expect(b.errors.map((e) => [e.code, e.row, e.params.other])).toEqual([['ids-fold-together', 3, 'CX-1']]);
    expect(b.valid).toBe(0);
  });
});
