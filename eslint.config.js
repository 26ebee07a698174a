// Lint, and keep each side of the app to what may run there (STYLE.md: "Where code runs is visible").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'worker_threads'];
const noNode = { group: nodeBuiltins, message: 'No Node APIs here: this code also runs in the renderer.' };
const noElectron = { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload may import electron.' };
const noDb = { group: ['better-sqlite3'], message: 'The database is reached through the services only.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noDb, { group: ['react', 'react-dom'], message: 'shared/ has no UI.' }] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [noNode, noElectron, noDb, { group: ['**/electron/**'], message: 'The renderer talks to the main process only through window.api.' }] }],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/server/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts', 'electron/main/fileSession.ts', 'electron/main/settings.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron] }] },
  },
);
