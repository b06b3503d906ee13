import { EngineClient } from '../../src/engine/client';
import { inProcessSpawner } from '../../src/engine/inProcess';
import { describeEngine } from './describeEngine';
import { nodeSpawner } from './nodeSpawner';

describeEngine('in-process (main-thread fallback)', () => new EngineClient(inProcessSpawner, 1));
describeEngine('worker threads, pool of 2', () => new EngineClient(nodeSpawner, 2));
describeEngine('worker threads, pool of 3', () => new EngineClient(nodeSpawner, 3));
