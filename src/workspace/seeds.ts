/** The sample enterprise and its schemes, shipped with the app (fictional; see seeds/README.md). */
import sampleUrl from '../../seeds/jiangsu-machinery.csv?url';
import compromise from '../../seeds/scenarios/compromise.json';
import current from '../../seeds/scenarios/current.json';
import management from '../../seeds/scenarios/management.json';
import union from '../../seeds/scenarios/union.json';
import { validateScenario, type Scenario } from '../../models/scenario';

export const SAMPLE_FILE = 'jiangsu-machinery.csv';

export async function sampleBytes(): Promise<Uint8Array> {
  // Same-origin asset bundled with the app: nothing leaves the origin.
  const res = await fetch(sampleUrl);
  return new Uint8Array(await res.arrayBuffer());
}

export function seedSchemes(): Scenario[] {
  return [union, management, compromise, current].map((s) => {
    const v = validateScenario(s);
    if (!v.ok) throw new Error(`seed scheme invalid: ${v.issues[0]?.message}`);
    return v.scenario;
  });
}
