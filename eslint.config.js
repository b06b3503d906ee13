import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/'] },
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
            { group: ['../src/*', '../../src/*', '../workers/*', '../../workers/*'], message: 'models/ must not import from the app or the hosts.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'self', 'postMessage', 'navigator', 'localStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'Worker'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded Rng from models/rng.ts.' }],
    },
  },
);
