/**
 * Share links: `#s=…` carries the schemes, compressed, never the workforce.
 * Reading one says what could not be read and why, scheme by scheme; the
 * page decides with the user whether to replace or add.
 */
import { duplicateKey } from '../../models/jsonKeys';
import { compressToEncodedURIComponent } from 'lz-string';
import type { LzResult } from '../../models/io/lzBounded';
import { decodeBytes } from '../../models/io/decode';
import { formatMessage } from '../../models/io/messages';
import { validateScenario, type Scenario } from '../../models/pay/scenario';

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
  code: 'too-long' | 'unreadable' | 'not-a-list' | 'too-many' | 'invalid' | 'not-json' | 'encoding' | 'duplicate-key';
  detail?: string;
  /** 1-based line in the file, where the problem has one. */
  line?: number;
}

export interface Shared {
  scenarios: Scenario[];
  problems: SharedProblem[];
}

/**
 * What a link may decompress to: 50 schemes of a few kilobytes each are well
 * under 1 MB of text. A link that asks for more is damaged or hostile.
 */
export const MAX_SHARE_TEXT = 2_000_000;

/** Decompresses a link's payload, bounded (the engine's worker does it: `decodeShare`). */
export type ShareDecoder = (payload: string, maxChars: number) => Promise<LzResult>;

/** The schemes of a share link, or null when the hash is not a share link at all. */
export async function readShareHash(hash: string, decode: ShareDecoder): Promise<Shared | null> {
  if (!hash.startsWith('#s=')) return null;
  const payload = hash.slice(3);
  if (payload.length > MAX_SHARE_CHARS) return { scenarios: [], problems: [{ index: 0, code: 'too-long', detail: String(payload.length) }] };
  let list: unknown;
  try {
    const d = await decode(payload, MAX_SHARE_TEXT);
    if (!d.ok) return { scenarios: [], problems: [{ index: 0, code: 'unreadable' }] };
    list = JSON.parse(d.text);
  } catch {
    return { scenarios: [], problems: [{ index: 0, code: 'unreadable' }] };
  }
  if (!Array.isArray(list)) return { scenarios: [], problems: [{ index: 0, code: 'not-a-list' }] };
  return validateList(list);
}

/** Each scheme of a list checked as the CLI checks a scenario file; the invalid ones named, the valid ones kept. */
function validateList(list: unknown[]): Shared {
  const problems: SharedProblem[] = [];
  if (list.length > MAX_SHARED_SCHEMES) problems.push({ index: 0, code: 'too-many', detail: String(list.length) });
  const scenarios: Scenario[] = [];
  list.slice(0, MAX_SHARED_SCHEMES).forEach((item, k) => {
    const v = validateScenario(item);
    if (v.ok) scenarios.push(v.scenario);
    else problems.push({ index: k + 1, code: 'invalid', detail: v.issues.slice(0, 5).map((i) => `${i.path || '(scheme)'}: ${i.message}`).join('; ') });
  });
  return { scenarios, problems };
}

/** A scheme file is a few kilobytes; a list of schemes (a workspace file) a few hundred. */
export const MAX_SCHEME_FILE_BYTES = 2_000_000;

/**
 * A file opened with "open scheme file": one scheme, a list of schemes, or a
 * workspace file (`{ schemes: [{ scenario }…] }`). Decoded strictly (UTF-8 or
 * GBK), every scheme validated like the CLI's.
 */
export function readSchemeFile(bytes: Uint8Array): Shared {
  if (bytes.length > MAX_SCHEME_FILE_BYTES) return { scenarios: [], problems: [{ index: 0, code: 'too-long', detail: String(bytes.length) }] };
  const d = decodeBytes(bytes);
  if (!d.ok) return { scenarios: [], problems: [{ index: 0, code: 'encoding', detail: formatMessage(d.problem, { line: d.line, char: d.column, bytes: d.bytes }, 'zh') }] };
  let value: unknown;
  try {
    value = JSON.parse(d.text);
  } catch (e) {
    return { scenarios: [], problems: [{ index: 0, code: 'not-json', detail: e instanceof Error ? e.message.slice(0, 200) : '' }] };
  }
  const twice = duplicateKey(d.text);
  if (twice) return { scenarios: [], problems: [{ index: 0, code: 'duplicate-key', detail: `${twice.path ? `${twice.path}.` : ''}${twice.key}`, line: twice.line }] };
  if (Array.isArray(value)) return validateList(value);
  const o = value as { schemes?: unknown };
  if (o && typeof o === 'object' && Array.isArray(o.schemes) && !('mode' in o)) return validateList(o.schemes.map((s) => (s && typeof s === 'object' && 'scenario' in s ? (s as { scenario: unknown }).scenario : s)));
  return validateList([value]);
}

/** The workspace's schemes as a file that "open scheme file" reads back. */
export function workspaceFile(schemes: { scenario: Scenario }[]): string {
  return JSON.stringify({ schemes: schemes.map((s) => ({ scenario: s.scenario })) }, null, 2);
}
