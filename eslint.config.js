import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // Views draw what they are given: they import types and formatting, never the engine, its client or a model function.
    // Engine questions go through the hooks of src/query and the feature hooks (the .ts files beside each view).
    files: ['src/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            // Each pattern also catches the path written with its extension ('…/models/pay.ts').
            { group: ['**/models/**', '!**/models/types', '!**/models/types.ts'], allowTypeImports: true, message: 'Views do not compute: ask the feature hook (use*.ts) or src/query for the answer.' },
            { group: ['**/workers/**'], allowTypeImports: true, message: 'Views never talk to the engine host.' },
            { group: ['**/client/**', '**/query/EngineProvider', '**/query/EngineProvider.*', '@tanstack/react-query'], allowTypeImports: true, message: 'Views never call the worker client: use a hook.' },
            { group: ['**/workspace/store', '**/workspace/storage', '**/workspace/transitions', '**/workspace/*.ts'], allowTypeImports: true, message: 'Views change the workspace through hooks.' },
            { group: ['**/pwa', '**/pwa.*'], allowTypeImports: true, message: 'Views do not reach the service worker: a feature hook does (useUpdate).' },
          ],
        },
      ],
    },
  },
  {
    // The page's entry and the query provider wire the client in; they draw nothing.
    files: ['src/main.tsx', 'src/query/*.tsx'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // The hosts, the client and the CLI serve the app: they never import it.
    files: ['workers/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/**', '../src', '../../src'], message: 'workers/ serves the app and the CLI: it must not import from src/.' }] }],
    },
  },
  {
    // The engine is pure: no DOM, no React, no workers, no I/O, no global randomness.
    files: ['models/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'recharts', 'comlink', 'i18next', 'react-i18next'], message: 'models/ is the pure engine: no UI or worker libraries.' },
            { group: ['node:*', 'fs', 'path', 'worker_threads', 'child_process', 'os'], message: 'models/ does no I/O: pass bytes in, get data out.' },
            { group: ['**/src/**', '**/workers/**'], message: 'models/ must not import from the app or the hosts.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'self', 'postMessage', 'navigator', 'localStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'Worker'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded Rng from models/rng.ts.' }],
    },
  },
);
