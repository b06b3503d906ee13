/** The sample enterprise and its schemes, shipped with the app (fictional; see seeds/README.md). */
import sampleUrl from '../../seeds/jiangsu-machinery.csv?url';
// A few kB: bundled as text (an asset this small would be inlined as a data: URL, which the page's CSP does not fetch).
import innovationsCsv from '../../seeds/jiangsu-machinery-innovations.csv?raw';
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

export function seedSchemes(): Scenario[] {
  return [union, management, compromise, current].map((s) => {
    const v = validateScenario(s);
    if (!v.ok) throw new Error(`seed scheme invalid: ${v.issues[0]?.message}`);
    return v.scenario;
  });
}
