/**
 * Every word in its language: the two tables have the same keys, every key
 * the source asks for exists, no English value holds Chinese and no Chinese
 * value holds an English word (beyond names of formats and measures).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// i18n.ts touches the browser's language detector only when initialised; the tables are plain data.
const { resources } = await import('../../src/i18n');

type Tree = { [k: string]: string | Tree };
function flatten(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
const zh = flatten(resources.zh.translation as Tree);
const en = flatten(resources.en.translation as Tree);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}
const root = new URL('../../src/', import.meta.url).pathname;
const code = sources(root).map((p) => ({ p, text: readFileSync(p, 'utf8') }));

const CJK = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;
/** Words allowed in Chinese text: file formats, measures and product names that are written in Latin letters in Chinese documents too. */
const LATIN_OK = new Set(['CSV', 'Excel', 'WPS', 'XLSX', 'PNG', 'SVG', 'Word', 'JSON', 'PDF', 'Web', 'Worker', 'English', 'Gini', 'Nash', 'Black', 'Scholes', 'Monte', 'Carlo', 'IndexedDB', 'URL', 'GBK', 'UTF', 'fingerprint', 'Tab', 'Enter', 'Esc', 'Ctrl', 'Shift', 'Okabe', 'Ito']);

describe('translations', () => {
  it('both languages have the same keys', () => {
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([]);
  });

  it('every key the page asks for by name exists (and every dynamic family has members)', () => {
    const missing: string[] = [];
    for (const { p, text } of code) {
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)) if (!zh.has(m[1]!)) missing.push(`${p.slice(root.length)}: ${m[1]}`);
      for (const m of text.matchAll(/\bt\(\s*`([A-Za-z0-9_]+)\.\$\{/g)) if (![...zh.keys()].some((k) => k.startsWith(`${m[1]}.`))) missing.push(`${p.slice(root.length)}: ${m[1]}.*`);
    }
    expect(missing).toEqual([]);
  });

  it('English values hold no Chinese (except the switch to Chinese itself)', () => {
    // Values users must type in their file are quoted as they are written there.
    const quotesFileValues = new Set(['actions.language', 'bargain.floorsNeedColumn']);
    const bad = [...en].filter(([k, v]) => !quotesFileValues.has(k) && CJK.test(v));
    expect(bad).toEqual([]);
  });

  it('Chinese values hold no English words beyond formats and measures', () => {
    const bad: string[] = [];
    // The formula help quotes the names a formula is written with: code, not words.
    const quotesCode = new Set(['actions.language', 'scheme.formulaHelp']);
    for (const [k, v] of zh) {
      if (quotesCode.has(k)) continue;
      const words = v.replace(/\{\{[^}]+\}\}/g, '').match(/[A-Za-z]{3,}/g) ?? [];
      const odd = words.filter((w) => !LATIN_OK.has(w));
      if (odd.length) bad.push(`${k}: ${odd.join(' ')}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('words looked up once', () => {
  it('a plain lookup gives what i18next gives, in both languages, the first time and from the table; options and a changed word are i18next\'s own', async () => {
    const i18n = (await import('../../src/i18n')).default;
    if (!i18n.isInitialized) await new Promise((r) => i18n.on('initialized', r));
    const before = i18n.language;
    try {
      for (const [lng, table] of [['zh', zh], ['en', en]] as const) {
        const t = i18n.getFixedT(lng);
        for (let pass = 0; pass < 2; pass++) for (const key of table.keys()) expect(t(key as never), `${lng} ${key} pass ${pass}`).toBe(i18n.t(key as never, { lng }));
        // A key that is not there is said as the key, as i18next says it.
        expect(t('no.such.key' as never)).toBe('no.such.key');
      }
      // Without a language of its own, a t follows the page's language.
      const follows = i18n.getFixedT(null, 'translation');
      await i18n.changeLanguage('zh');
      expect(follows('levels.L1' as never)).toBe(zh.get('levels.L1'));
      await i18n.changeLanguage('en');
      expect(follows('levels.L1' as never)).toBe(en.get('levels.L1'));
      // A call with options is i18next's: the count is put in.
      expect(i18n.getFixedT('zh')('notices.more' as never, { n: 7 } as never)).toBe(zh.get('notices.more')!.replace('{{n}}', '7'));
      // A word changed in the store is read again.
      const zhT = i18n.getFixedT('zh');
      expect(zhT('app.title' as never)).toBe(zh.get('app.title'));
      i18n.addResource('zh', 'translation', 'app.title', '改过的标题');
      expect(zhT('app.title' as never)).toBe('改过的标题');
      i18n.addResource('zh', 'translation', 'app.title', zh.get('app.title')!);
      expect(zhT('app.title' as never)).toBe(zh.get('app.title'));
    } finally {
      await i18n.changeLanguage(before);
    }
  });
});
