/**
 * Scans of the rendered page for words in the wrong language: in English no
 * Chinese, in Chinese no English words, data (names, departments, posts,
 * scheme names from the sample) excepted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { root } from './harness';

/** Every cell of the sample pay sheet and every sample scheme name: data, not labels. */
export function sampleData(): string[] {
  const text = new TextDecoder('gbk').decode(readFileSync(join(root, 'seeds/jiangsu-machinery.csv')));
  const cells = new Set<string>();
  for (const line of text.split(/\r?\n/).slice(1)) for (const c of line.split(',')) if (c.trim()) cells.add(c.trim());
  for (const f of readdirSync(join(root, 'seeds/scenarios'))) cells.add(JSON.parse(readFileSync(join(root, 'seeds/scenarios', f), 'utf8')).name);
  // Only Chinese data needs taking out (a grade letter such as "E" must not be cut out of "Excel").
  // The file's name is data too.
  return [...[...cells].filter((c) => /[\u3400-\u9fff]/.test(c)), 'jiangsu-machinery.csv'].sort((a, b) => b.length - a.length);
}

/** Latin words allowed in the Chinese page: file formats and names of measures written in Latin letters in Chinese documents too. */
export const LATIN_OK = ['CSV', 'Excel', 'WPS', 'XLSX', 'xlsx', 'csv', 'PNG', 'SVG', 'Word', 'JSON', 'json', 'PDF', 'English', 'Gini', 'Nash', 'fingerprint', 'Black', 'Scholes', 'Monte', 'Carlo', 'GBK', 'UTF'];

/** Texts (and attribute values) of the page in the wrong language, after data is taken out. */
export async function wrongLanguage(page: Page, lang: 'zh' | 'en', data: string[]): Promise<string[]> {
  return page.evaluate(
    ({ lang, data, ok }) => {
      const CJK = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;
      const okSet = new Set(ok);
      const clean = (s: string) => {
        let x = s;
        for (const d of data) if (x.includes(d)) x = x.split(d).join(' ');
        return x;
      };
      const wrong = (s: string) => {
        const x = clean(s);
        if (lang === 'en') return CJK.test(x);
        return (x.match(/[A-Za-z]{3,}/g) ?? []).some((w) => !okSet.has(w));
      };
      const out: string[] = [];
      const seen = new Set<string>();
      const add = (where: string, s: string) => {
        const k = `${where} | ${s.slice(0, 100)}`;
        if (seen.has(k)) return;
        out.push(k);
        seen.add(k);
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (el.closest('[data-lang-exempt]') || el.closest('style, script')) continue;
        if (wrong(n.textContent ?? '')) add(el.closest('[data-testid]')?.getAttribute('data-testid') ?? el.tagName, n.textContent ?? '');
      }
      for (const el of document.querySelectorAll('[title],[aria-label],[placeholder],[alt]'))
        for (const a of ['title', 'aria-label', 'placeholder', 'alt']) {
          const v = el.getAttribute(a);
          // recharts names its legend icons "… legend icon" itself, in English only.
          if (a === 'aria-label' && el.closest('.recharts-legend-item')) continue;
          if (v && !el.closest('[data-lang-exempt]') && wrong(v)) add(`@${a}`, v);
        }
      return out;
    },
    { lang, data, ok: LATIN_OK },
  );
}

/** The wrong-language texts once the page has settled: charts redraw a moment after a switch, so wait (up to 20 s) for the list to empty, then return what is left. */
export async function settledWrongLanguage(page: Page, lang: 'zh' | 'en', data: string[]): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = await wrongLanguage(page, lang, data);
    if (!found.length || Date.now() > deadline) return found;
    await page.waitForTimeout(250);
  }
}
