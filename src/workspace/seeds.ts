/** The sample enterprise and its schemes, shipped with the app (fictional; see seeds/README.md). */
import sampleUrl from '../../seeds/jiangsu-machinery.csv?url';
// A few kB: bundled as text (an asset this small would be inlined as a data: URL, which the page's CSP does not fetch).
import innovationsCsv from '../../seeds/jiangsu-machinery-innovations.csv?raw';
import ledgerUrl from '../../seeds/jiangsu-machinery-ledger-2027.csv?url';
import sampleContract from '../../seeds/contract-2027.json';
import compromise from '../../seeds/scenarios/compromise.json';
import current from '../../seeds/scenarios/current.json';
import management from '../../seeds/scenarios/management.json';
import union from '../../seeds/scenarios/union.json';
import { validateScenario, type Scenario } from '../../models/pay/scenario';

export const SAMPLE_FILE = 'jiangsu-machinery.csv';

export async function sampleBytes(): Promise<Uint8Array> {
  // Same-origin asset bundled with the app: nothing leaves the origin.
  const res = await fetch(sampleUrl);
  return new Uint8Array(await res.arrayBuffer());
}

export const INNOVATIONS_SAMPLE_FILE = 'jiangsu-machinery-innovations.csv';

/** The sample plant's innovations (fictional, its workers' ids): same-origin, like the pay sheet. */
export async function innovationsSampleBytes(): Promise<Uint8Array> {
  return new TextEncoder().encode(innovationsCsv);
}

export const LEDGER_SAMPLE_FILE = 'jiangsu-machinery-ledger-2027.csv';

/** The sample plant's payroll of 2027 (GBK, 1.6 MB, a breach of each kind: docs/files.md): a same-origin asset. */
export async function ledgerSampleBytes(): Promise<Uint8Array> {
  const res = await fetch(ledgerUrl);
  return new Uint8Array(await res.arrayBuffer());
}

/** The contract the sample ledger was paid under: its first day, years and tranches. */
export const LEDGER_SAMPLE_CONTRACT = { termStart: sampleContract.termStart, years: sampleContract.contract.years, tranches: sampleContract.contract.tranches };

export function seedSchemes(): Scenario[] {
  return [union, management, compromise, current].map((s) => {
    const v = validateScenario(s);
    if (!v.ok) throw new Error(`seed scheme invalid: ${v.issues[0]?.message}`);
    return v.scenario;
  });
}
