import { WorkerClient } from '../../workers/client/workerClient';
import { inProcessSpawner } from '../../workers/client/inProcess';
import { describeEngine } from './describeEngine';
import { nodeSpawner } from './nodeSpawner';

describeEngine('in-process (main-thread fallback)', () => new WorkerClient(inProcessSpawner, 1));
describeEngine('worker threads, pool of 2', () => new WorkerClient(nodeSpawner, 2));
describeEngine('worker threads, pool of 3', () => new WorkerClient(nodeSpawner, 3));
