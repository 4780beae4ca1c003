// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Modules the engine must never import: it runs unchanged in Node, the renderer and the CLI. */
const engineForbidden = [
  'electron', 'react', 'react-dom', 'ag-grid-community', 'ag-grid-react',
  'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'worker_threads',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'coverage/', 'test-results/', 'playwright-report/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'child_process', 'electron'], message: 'The renderer reaches files only through the host contract (shared/host.ts).' },
          { group: ['**/electron/**'], message: 'The renderer imports nothing from the Electron side.' },
        ],
      }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*'], message: 'The engine (shared/) must not import Node modules.' },
          { group: engineForbidden, message: 'The engine (shared/) must not import Node, Electron, React or the DOM.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'The engine (shared/) imports nothing from its hosts.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'No DOM in the engine.' },
        { name: 'document', message: 'No DOM in the engine.' },
        { name: 'process', message: 'No Node globals in the engine.' },
        { name: 'Buffer', message: 'No Node globals in the engine.' },
        { name: 'parseFloat', message: 'Money is decimal: use shared/money.' },
      ],
    },
  },
);
