/**
 * The layering is kept by lint rules, not by hope: each forbidden import is
 * refused, also when written with its extension (was: `…/models/pay.ts` and
 * `src/pwa.ts` slipped past the view rule, and workers/ could import src/).
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './paths';

const eslint = new ESLint({ cwd: ROOT });
async function rules(filePath: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return r!.messages.map((m) => m.ruleId ?? m.message);
}

describe('layers', () => {
  const view = 'src/features/editor/Probe.tsx';
  it.each([
    ["import { computePay } from '../../../models/pay';", 'a model function'],
    ["import { computePay } from '../../../models/pay.ts';", 'a model function, with .ts'],
    ["import { WorkerClient } from '../../../workers/client/workerClient.ts';", 'the client'],
    ["import { useWorkerClient } from '../../query/EngineProvider.tsx';", 'the provider'],
    ["import { usePwa } from '../../pwa';", 'the service worker'],
    ["import { usePwa } from '../../pwa.ts';", 'the service worker, with .ts'],
    ["import { editScheme } from '../../workspace/store.ts';", 'the store'],
  ])('a view may not import %s (%s)', async (line) => {
    expect(await rules(view, `${line}\nexport const x = 1;\n`)).toContain('@typescript-eslint/no-restricted-imports');
  });
  it('a view may import types and the hooks beside it', async () => {
    expect(await rules(view, "import type { Scenario } from '../../../models/scenario';\nimport { useSchemeEditor } from './useSchemeEditor';\nexport type S = Scenario;\nexport const h = useSchemeEditor;\n")).toEqual([]);
  });
  it('workers/ may not import src/, models/ neither src/ nor workers/', async () => {
    expect(await rules('workers/probe.ts', "import { num } from '../src/lib/format';\nexport const x = num;\n")).toContain('no-restricted-imports');
    expect(await rules('workers/client/probe.ts', "import { num } from '../../src/lib/format.ts';\nexport const x = num;\n")).toContain('no-restricted-imports');
    expect(await rules('models/probe.ts', "import { createEngineHost } from '../workers/host.ts';\nexport const x = createEngineHost;\n")).toContain('no-restricted-imports');
  });
});
