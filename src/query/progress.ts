/** Progress of running questions, by query hash: a tiny external store the hooks read with useSyncExternalStore. */
import type { Progress } from '../../workers/client/workerClient';

const values = new Map<string, Progress | null>();
const listeners = new Set<() => void>();

export const progressStore = {
  set(key: string, p: Progress | null): void {
    if (p === null) values.delete(key);
    else values.set(key, p);
    listeners.forEach((l) => l());
  },
  get(key: string): Progress | null {
    return values.get(key) ?? null;
  },
  subscribe(l: () => void): () => void {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};
