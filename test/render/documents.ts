/**
 * `npm run render:documents`: every document, for the sample and a
 * 5,000-worker plant, made by the CLI (the same builders as the page),
 * printed by LibreOffice to PDF and cut into PNG pages by pdftoppm — what a
 * bureau sees. The pages go to test-results/documents/; the first page of
 * each sample document is copied to docs/documents/ for the README.
 * Needs LibreOffice and poppler-utils (apt-get install libreoffice-writer-nogui
 * poppler-utils fonts-noto-cjk); outside the test suite, as it is slow.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_KINDS, INNOVATION_DOCUMENT_KINDS } from '../../models/documents';
import { generateWorkforce, plainCsv } from '../../seeds/generate';
import { main } from '../../workers/cli';

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

for (const p of plants) {
  for (const kind of DOCUMENT_KINDS) {
    const file = join(out, `${p.tag}-${kind}.docx`);
    const r = await main(['--workforce', p.workforce, '--scenario', p.scenario, ...p.compare.flatMap((c) => ['--compare', c]), '--doc', kind, '--form', form, '--out', file, '--date', '2026-12-02']);
    if (r.code !== 0) throw new Error(`${p.tag} ${kind}: ${r.stderr}`);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, file], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-png', '-r', '70', join(out, `${p.tag}-${kind}.pdf`), join(out, `${p.tag}-${kind}`)]);
  }
}
// The papers of technical-innovation bargaining: the sample plant with its sample achievements.
for (const kind of INNOVATION_DOCUMENT_KINDS) {
  const file = join(out, `sample-${kind}.docx`);
  const r = await main(['--workforce', join(root, 'seeds/jiangsu-machinery.csv'), '--scenario', join(root, 'seeds/scenarios/union.json'), '--innovations', join(root, 'seeds/jiangsu-machinery-innovations.csv'), '--doc', kind, '--form', form, '--out', file, '--date', '2026-12-02']);
  if (r.code !== 0) throw new Error(`sample ${kind}: ${r.stderr}`);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, file], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-png', '-r', '70', join(out, `sample-${kind}.pdf`), join(out, `sample-${kind}`)]);
}
const pages = readdirSync(out).filter((f) => f.endsWith('.png')).sort();
for (const kind of [...DOCUMENT_KINDS, ...INNOVATION_DOCUMENT_KINDS]) {
  const first = pages.find((f) => f.startsWith(`sample-${kind}-`));
  if (first) copyFileSync(join(out, first), join(root, 'docs/documents', `${kind}.png`));
}
console.log(`${pages.length} pages in ${out}`);
for (const f of pages) console.log(`  ${f}`);
