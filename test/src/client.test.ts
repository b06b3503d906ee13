/**
 * The worker client without real workers. Slow is not dead: a busy host that goes quiet is never stopped by the
 * client; the user is asked (wait or cancel). A host that dies (says so, or its call fails) fails its question
 * clearly and the next one runs on a new host.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerClient, type QuietState, type SpawnedHost } from '../../workers/client/workerClient';
import { QUIET_MS } from '../../workers/protocol';

afterEach(() => vi.useRealTimers());

const fake = () => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance'] });

/** Hosts whose answers the test gives by hand; each remembers when it last spoke and whether it was stopped. */
function hosts() {
  const spawned: { heard: number; terminated: boolean; answer: (v: unknown) => void; crash: (e: Error) => void }[] = [];
  const spawn = () => {
    const me = { heard: performance.now(), terminated: false, answer: (_: unknown) => undefined as void, crash: (_: Error) => undefined as void };
    spawned.push(me);
    const host: SpawnedHost = {
      handle: () => new Promise((resolve) => (me.answer = resolve)) as never,
      terminate: () => void (me.terminated = true),
      onCrash: (l) => void (me.crash = l),
      lastHeard: () => me.heard,
      isolated: true,
    };
    return host;
  };
  return { spawned, spawn };
}

const outcomeOf = (p: Promise<unknown>) =>
  p.then(
    (v) => ({ answered: v }),
    (e: Error) => ({ failed: e.name }),
  );

describe('slow is not dead', () => {
  it('a busy host silent for five times QUIET_MS is not stopped and its question not failed; the user is told, and the answer arrives', async () => {
    fake();
    const { spawned, spawn } = hosts();
    const client = new WorkerClient(spawn, 1);
    const said: (QuietState | null)[] = [];
    client.onQuiet((q) => said.push(q));
    let settled = false;
    const long = client.ask({ kind: 'zone' } as never);
    void long.finally(() => (settled = true)).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(QUIET_MS - 1000);
    expect(client.quiet).toBeNull();
    await vi.advanceTimersByTimeAsync(4 * QUIET_MS);
    expect(spawned[0]!.terminated).toBe(false);
    expect(settled).toBe(false);
    expect(client.quiet?.kinds).toEqual(['zone']);
    expect(client.quiet!.silentMs).toBeGreaterThanOrEqual(5 * QUIET_MS - 1000);
    // Said when it began, and again as the seconds went by.
    expect(said.length).toBeGreaterThan(1);
    spawned[0]!.answer({ ok: 1 });
    expect(await outcomeOf(long)).toEqual({ answered: { ok: 1 } });
    expect(client.quiet).toBeNull();
    expect(said.at(-1)).toBeNull();
    expect(spawned).toHaveLength(1);
    client.dispose();
  });

  it('"keep waiting" withdraws the question; it is asked again only after the host has been quiet twice as long', async () => {
    fake();
    const { spawn } = hosts();
    const client = new WorkerClient(spawn, 1);
    const long = outcomeOf(client.ask({ kind: 'table' } as never));
    await vi.advanceTimersByTimeAsync(QUIET_MS + 1000);
    expect(client.quiet).not.toBeNull();
    const at = client.quiet!.silentMs;
    client.keepWaiting();
    expect(client.quiet).toBeNull();
    await vi.advanceTimersByTimeAsync(at - 1000);
    expect(client.quiet).toBeNull();
    await vi.advanceTimersByTimeAsync(2000);
    expect(client.quiet!.silentMs).toBeGreaterThanOrEqual(2 * at);
    client.dispose();
    expect(await long).toEqual({ failed: 'AbortError' });
  });

  it('a quiet host that speaks again withdraws the question by itself', async () => {
    fake();
    const { spawned, spawn } = hosts();
    const client = new WorkerClient(spawn, 1);
    void outcomeOf(client.ask({ kind: 'zone' } as never));
    await vi.advanceTimersByTimeAsync(QUIET_MS + 1000);
    expect(client.quiet).not.toBeNull();
    spawned[0]!.heard = performance.now();
    await vi.advanceTimersByTimeAsync(600);
    expect(client.quiet).toBeNull();
    client.dispose();
  });

  it('"cancel" stops the quiet host: its question fails as cancelled (not as a crash) and the next question runs on a new host', async () => {
    fake();
    const { spawned, spawn } = hosts();
    const client = new WorkerClient(spawn, 1);
    const lost: Error[] = [];
    client.onHostLost((e) => lost.push(e));
    const long = outcomeOf(client.ask({ kind: 'zone' } as never));
    await vi.advanceTimersByTimeAsync(QUIET_MS + 1000);
    client.cancelQuiet();
    expect(await long).toEqual({ failed: 'AbortError' });
    expect(spawned[0]!.terminated).toBe(true);
    expect(client.quiet).toBeNull();
    expect(lost).toEqual([]);
    const next = outcomeOf(client.ask({ kind: 'zone' } as never));
    await vi.advanceTimersByTimeAsync(0);
    expect(spawned).toHaveLength(2);
    spawned[1]!.answer('fresh');
    expect(await next).toEqual({ answered: 'fresh' });
    client.dispose();
  });

  it('"cancel" with nothing quiet stops nothing', async () => {
    fake();
    const { spawned, spawn } = hosts();
    const client = new WorkerClient(spawn, 1);
    const long = outcomeOf(client.ask({ kind: 'zone' } as never));
    await vi.advanceTimersByTimeAsync(1000);
    client.cancelQuiet();
    expect(spawned[0]!.terminated).toBe(false);
    spawned[0]!.answer(7);
    expect(await long).toEqual({ answered: 7 });
    client.dispose();
  });

  it('a host that keeps speaking (progress or heartbeats) is never reported quiet, however long it works', async () => {
    fake();
    let heard = performance.now();
    let answer: (v: unknown) => void = () => undefined;
    const client = new WorkerClient(() => ({ handle: () => new Promise((r) => (answer = r)) as never, terminate: () => undefined, onCrash: () => undefined, lastHeard: () => heard, isolated: true }), 1);
    const said: unknown[] = [];
    client.onQuiet((q) => said.push(q));
    const long = client.ask({ kind: 'crash' });
    for (let k = 0; k < 60; k++) {
      await vi.advanceTimersByTimeAsync(1000);
      heard = performance.now();
    }
    answer({ datasetId: 'x' });
    await expect(long).resolves.toEqual({ datasetId: 'x' });
    expect(said).toEqual([]);
    client.dispose();
  });
});

describe('dead is dead', () => {
  it('a host that dies (an error, or closing itself) fails the question it owed at once, said as a crash; the next question gets a new host', async () => {
    fake();
    const { spawned, spawn } = hosts();
    const client = new WorkerClient(spawn, 1);
    const lost: Error[] = [];
    client.onHostLost((e) => lost.push(e));
    const owed = outcomeOf(client.ask({ kind: 'zone' } as never));
    await vi.advanceTimersByTimeAsync(100);
    spawned[0]!.crash(new Error('the engine worker closed'));
    expect(await owed).toEqual({ failed: 'EngineCrashedError' });
    expect(lost).toHaveLength(1);
    expect(spawned[0]!.terminated).toBe(true);
    const next = outcomeOf(client.ask({ kind: 'zone' } as never));
    await vi.advanceTimersByTimeAsync(0);
    spawned[1]!.answer('ok');
    expect(await next).toEqual({ answered: 'ok' });
    client.dispose();
  });

  it('an idle host that stops its heartbeat is replaced quietly before the next question, which it would never answer', async () => {
    fake();
    const { spawned, spawn } = hosts();
    const client = new WorkerClient(spawn, 2);
    // One long question keeps the watch running; the first (interactive) host answers and then goes silent for good.
    void outcomeOf(client.ask({ kind: 'zone' } as never));
    const first = outcomeOf(client.ask({ kind: 'compute' } as never));
    await vi.advanceTimersByTimeAsync(0);
    // The long question went to the second slot's host (made first), the interactive one to the first slot's.
    const interactive = spawned[1]!;
    interactive.answer('one');
    expect(await first).toEqual({ answered: 'one' });
    // The long host keeps speaking; the idle one does not.
    for (let k = 0; k < 15; k++) {
      await vi.advanceTimersByTimeAsync(1000);
      for (const h of spawned) if (h !== interactive) h.heard = performance.now();
    }
    expect(interactive.terminated).toBe(true);
    client.dispose();
  });
});
