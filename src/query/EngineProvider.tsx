/** The worker client and the query cache for the page: every engine question goes through these. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { browserSpawner, defaultPoolSize } from '../client/browserSpawner';
import { inProcessSpawner } from '../../workers/client/inProcess';
import { WorkerClient } from '../../workers/client/workerClient';
import { notify } from '../workspace/store';

const ClientContext = createContext<WorkerClient | null>(null);

const crashed = (e: unknown) => e instanceof Error && e.name === 'EngineCrashedError';

/**
 * A file the user asked for (an export, a document) whose worker died on the way (it crashed or closed itself: a
 * merely quiet worker is never stopped, the user is asked instead) is made once more on a fresh worker: the user
 * asked for a file, not for an error. A second death is said.
 */
export const retryOnceIfCrashed = (n: number, e: unknown): boolean => n < 1 && crashed(e);

export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Answers are exact functions of their key (dataset, scheme fingerprint, question): never stale, never refetched behind the user's back.
      // A worker that died is respawned by the client: what the page was showing is asked once more.
      queries: { retry: retryOnceIfCrashed, staleTime: Infinity, gcTime: 10 * 60_000, structuralSharing: false, refetchOnWindowFocus: false, refetchOnReconnect: false, refetchOnMount: false },
      mutations: { retry: false },
    },
  });
}

export function EngineProvider({ children, client }: { children: ReactNode; client?: WorkerClient }) {
  const [worker] = useState(() => client ?? (typeof Worker !== 'undefined' ? new WorkerClient(browserSpawner, defaultPoolSize()) : new WorkerClient(inProcessSpawner, 1)));
  const [queries] = useState(newQueryClient);
  useEffect(() => () => worker.dispose(), [worker]);
  // The user is told when the engine had to be restarted, in the page's language.
  useEffect(() => worker.onHostLost(() => notify([{ key: 'errors.crashed', tone: 'warn' }])), [worker]);
  return (
    <ClientContext.Provider value={worker}>
      <QueryClientProvider client={queries}>{children}</QueryClientProvider>
    </ClientContext.Provider>
  );
}

export function useWorkerClient(): WorkerClient {
  const c = useContext(ClientContext);
  if (!c) throw new Error('useWorkerClient outside EngineProvider');
  return c;
}
