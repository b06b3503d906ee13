/**
 * `npm run render:documents`: every document, for the sample and a
 * 5,000-worker plant, made by the CLI (the same builders as the page),
 * printed by LibreOffice to PDF and cut into PNG pages by pdftoppm — what a
 * bureau sees. The pages go to test-results/documents/; the first page of
 * each sample document is copied to docs/documents/ for the README.
 * Needs LibreOffice, poppler-utils and the Noto CJK and Liberation faces: installed
 * here when missing where apt-get and root allow, otherwise the script says so
 * and renders nothing. Outside the test suite, as it is slow (the PDF checks are
 * in test/render/pdf.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_KINDS, INNOVATION_DOCUMENT_KINDS } from '../../models/documents';
import { generateWorkforce, plainCsv } from '../../seeds/generate';
import { main } from '../../workers/cli';
import { ensureRenderTools, toPdf } from './pdf';

if (!ensureRenderTools()) process.exit(0);

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = join(root, 'test-results/documents');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const form = join(out, 'form.json');
writeFileSync(
  form,
  JSON.stringify({
    enterprise: '江苏示例机械有限公司',
    union: '江苏示例机械有限公司工会委员会',
    enterpriseRep: '张建国',
    unionRep: '李秀英',
    docNumber: '苏机工〔2027〕1号',
    proposedDate: '2027-01-05',
    signingDate: '2027-02-10',
    termStart: '2027-04-01',
    members: 120,
  }),
);
const big = join(out, 'plant-5000.csv');
writeFileSync(big, plainCsv(generateWorkforce(5000, 21)));

const plants = [
  { tag: 'sample', workforce: join(root, 'seeds/jiangsu-machinery.csv'), scenario: join(root, 'seeds/scenarios/union.json'), compare: [join(root, 'seeds/scenarios/management.json'), join(root, 'seeds/scenarios/compromise.json')] },
  // The management scheme on a larger plant: pay cuts without a guarantee, no craftsmen of its own.
  { tag: '5000', workforce: big, scenario: join(root, 'seeds/scenarios/management.json'), compare: [join(root, 'seeds/scenarios/union.json')] },
];

const made: string[] = [];
for (const p of plants) {
  for (const kind of DOCUMENT_KINDS) {
    const file = join(out, `${p.tag}-${kind}.docx`);
    const r = await main(['--workforce', p.workforce, '--scenario', p.scenario, ...p.compare.flatMap((c) => ['--compare', c]), '--doc', kind, '--form', form, '--out', file, '--date', '2026-12-02']);
    if (r.code !== 0) throw new Error(`${p.tag} ${kind}: ${r.stderr}`);
    made.push(file);
  }
}
// The papers of technical-innovation bargaining: the sample plant with its sample achievements.
for (const kind of INNOVATION_DOCUMENT_KINDS) {
  const file = join(out, `sample-${kind}.docx`);
  const r = await main(['--workforce', join(root, 'seeds/jiangsu-machinery.csv'), '--scenario', join(root, 'seeds/scenarios/union.json'), '--innovations', join(root, 'seeds/jiangsu-machinery-innovations.csv'), '--doc', kind, '--form', form, '--out', file, '--date', '2026-12-02']);
  if (r.code !== 0) throw new Error(`sample ${kind}: ${r.stderr}`);
  made.push(file);
}
for (const pdf of toPdf(made, out)) execFileSync('pdftoppm', ['-png', '-r', '70', pdf, pdf.replace(/\.pdf$/, '')]);
const pages = readdirSync(out).filter((f) => f.endsWith('.png')).sort();
for (const kind of [...DOCUMENT_KINDS, ...INNOVATION_DOCUMENT_KINDS]) {
  const first = pages.find((f) => f.startsWith(`sample-${kind}-`));
  if (first) copyFileSync(join(out, first), join(root, 'docs/documents', `${kind}.png`));
}
console.log(`${pages.length} pages in ${out}`);
for (const f of pages) console.log(`  ${f}`);
