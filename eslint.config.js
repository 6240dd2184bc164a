import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'url',
  'events',
  'stream',
  'util',
  'worker_threads',
];
const noNode = nodeBuiltins.map((name) => ({
  group: [name],
  message: 'renderer/ and shared/ run in the browser: no Node built-ins.',
}));
const noElectronDir = {
  group: ['**/electron/**', '../electron/*', '../../electron/*'],
  message: 'Only the shells may import electron/ code.',
};
const noElectron = {
  name: 'electron',
  message: 'The backend is plain Node: never import electron.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'native/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
      'dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [...noNode, noElectronDir] },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            ...noNode,
            noElectronDir,
            { group: ['**/renderer/**'], message: 'shared/ never imports renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/backend/**/*.ts', 'electron/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['**/renderer/**'], message: 'The backend never imports renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
);
