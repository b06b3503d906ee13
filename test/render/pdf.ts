/**
 * Word files printed to PDF by LibreOffice, and what can be read back from the PDF: the fonts embedded,
 * each page's text. Shared by `npm run render:documents` and the PDF test.
 *
 * LibreOffice finds fonts through fontconfig. A machine without the Windows faces the papers name
 * (仿宋, 宋体, 黑体, Times New Roman) would fall back to whatever face comes first — on Debian a Japanese sans
 * face for all Chinese text. The fontconfig file below maps each name to the nearest free face, as Word
 * and WPS do through the font table's alternative names: 仿宋 and 宋体 (both Song-style) to Noto Serif CJK SC,
 * 黑体 to Noto Sans CJK SC, Times New Roman to Liberation Serif (metric-compatible).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The Debian packages that print the papers: LibreOffice without a desktop, poppler's tools, and the faces. */
export const RENDER_PACKAGES = ['libreoffice-writer-nogui', 'poppler-utils', 'fonts-noto-cjk', 'fonts-liberation'];

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Whether this machine can print and read PDFs (soffice, pdffonts, pdftotext, pdftoppm). */
export function canRender(): boolean {
  return ['soffice', 'pdffonts', 'pdftotext', 'pdftoppm', 'fc-list'].every(has) && hasFaces();
}

/** The free faces the papers' fonts map to (fonts-noto-cjk, fonts-liberation): without them LibreOffice prints the Chinese in whatever face it finds. */
function hasFaces(): boolean {
  const list = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' }).stdout ?? '';
  return /Noto Serif CJK SC/.test(list) && /Noto Sans CJK SC/.test(list) && /Liberation Serif/.test(list);
}

/** Install what is missing where that is possible (root and apt-get); false when it is not. */
export function ensureRenderTools(log: (s: string) => void = console.log): boolean {
  if (canRender()) return true;
  if (!has('apt-get') || process.getuid?.() !== 0) {
    log(`LibreOffice or poppler-utils is missing and cannot be installed here (needs root and apt-get): apt-get install ${RENDER_PACKAGES.join(' ')}`);
    return false;
  }
  log(`installing ${RENDER_PACKAGES.join(' ')} …`);
  const update = spawnSync('apt-get', ['update'], { stdio: 'ignore' });
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...RENDER_PACKAGES], { stdio: 'ignore' });
  if (update.status !== 0 || install.status !== 0 || !canRender()) {
    log('the installation did not succeed (no network to the Debian mirror?); the papers are not rendered');
    return false;
  }
  return true;
}

const FACE_MAP: [string[], string][] = [
  [['仿宋', 'FangSong', '仿宋_GB2312', '宋体', 'SimSun', 'NSimSun'], 'Noto Serif CJK SC'],
  [['黑体', 'SimHei'], 'Noto Sans CJK SC'],
  [['Times New Roman'], 'Liberation Serif'],
  [['Courier New'], 'Liberation Mono'],
];

/** A fontconfig file: the system's configuration, plus the papers' face names mapped to free faces. */
export function fontConfig(dir: string): string {
  const file = join(dir, 'fonts.conf');
  const rules = FACE_MAP.flatMap(([names, to]) =>
    names.map((n) => `  <match target="pattern"><test name="family"><string>${n}</string></test><edit name="family" mode="assign" binding="strong"><string>${to}</string></edit></match>`),
  );
  writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${rules.join('\n')}\n</fontconfig>\n`);
  return file;
}

/** Print Word files to PDF in one LibreOffice run (its own profile, so a running office does not take the job). */
export function toPdf(files: string[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const profile = join(outDir, '.lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    stdio: 'ignore',
    env: { ...process.env, FONTCONFIG_FILE: fontConfig(outDir) },
    timeout: 300_000,
  });
  return files.map((f) => join(outDir, basename(f).replace(/\.docx$/, '.pdf')));
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts a PDF uses, as pdffonts lists them. */
export function pdfFonts(pdf: string): PdfFont[] {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      // name type… encoding emb sub uni object ID: the three yes/no columns come before the last two numbers.
      const cols = l.trim().split(/\s+/);
      const n = cols.length;
      return { name: cols[0]!, type: cols.slice(1, n - 6).join(' '), embedded: cols[n - 5] === 'yes' };
    });
}

/** Each page's lines of text, in reading order (empty lines dropped). */
export function pdfPages(pdf: string): string[][] {
  const out = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = out.split('\f');
  if (pages.length && !pages[pages.length - 1]!.trim()) pages.pop();
  return pages.map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean));
}
