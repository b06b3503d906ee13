import { afterAll } from 'vitest';
import { WorkerClient } from '../../workers/client/workerClient';
import { shippedWorker } from './browserSpawner';
import { describeEngine } from './describeEngine';

const shipped = await shippedWorker();
afterAll(() => shipped.close());

describeEngine('the Web Worker of the production build, in Chromium, pool of 2', () => new WorkerClient(shipped.spawner, 2), { otherEngine: true });
