/**
 * Share links: `#s=…` carries the schemes, compressed, never the workforce.
 * Reading one says what could not be read and why, scheme by scheme; the
 * page decides with the user whether to replace or add.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { validateScenario, type Scenario } from '../../models/scenario';

/** Links longer than this are refused before decompressing (a scheme is about 1–3 kB compressed). */
export const MAX_SHARE_CHARS = 200_000;
/** At most this many schemes in one link. */
export const MAX_SHARED_SCHEMES = 50;

export function shareHash(scenarios: Scenario[]): string {
  return `#s=${compressToEncodedURIComponent(JSON.stringify(scenarios))}`;
}

export interface SharedProblem {
  /** 1-based position of the scheme in the link, 0 for the link as a whole. */
  index: number;
  code: 'too-long' | 'unreadable' | 'not-a-list' | 'too-many' | 'invalid';
  detail?: string;
}

export interface Shared {
  scenarios: Scenario[];
  problems: SharedProblem[];
}

/** The schemes of a share link, or null when the hash is not a share link at all. */
export function readShareHash(hash: string): Shared | null {
  const m = /^#s=(.*)$/s.exec(hash);
  if (!m) return null;
  const payload = m[1]!;
  if (payload.length > MAX_SHARE_CHARS) return { scenarios: [], problems: [{ index: 0, code: 'too-long', detail: String(payload.length) }] };
  let list: unknown;
  try {
    const text = decompressFromEncodedURIComponent(payload);
    if (!text) throw new Error('empty');
    list = JSON.parse(text);
  } catch {
    return { scenarios: [], problems: [{ index: 0, code: 'unreadable' }] };
  }
  if (!Array.isArray(list)) return { scenarios: [], problems: [{ index: 0, code: 'not-a-list' }] };
  const problems: SharedProblem[] = [];
  if (list.length > MAX_SHARED_SCHEMES) problems.push({ index: 0, code: 'too-many', detail: String(list.length) });
  const scenarios: Scenario[] = [];
  list.slice(0, MAX_SHARED_SCHEMES).forEach((item, k) => {
    const v = validateScenario(item);
    if (v.ok) scenarios.push(v.scenario);
    else problems.push({ index: k + 1, code: 'invalid', detail: v.issues.map((i) => `${i.path || '(scheme)'}: ${i.message}`).join('; ') });
  });
  return { scenarios, problems };
}
