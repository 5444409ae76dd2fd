// Lint rules keep the directions of DESIGN.md: common/ imports no
// environment, renderer/ imports no main/ or preload/, services in main/
// import no electron (only main/index.ts and main/electron/ may).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = {
  group: ['node:*'],
  message: 'common/ and renderer/ run in every environment: no Node built-ins.',
};
const electron = {
  name: 'electron',
  message: 'Only main/index.ts and main/electron/ touch Electron; services stay plain Node.',
};
const reactAndDom = {
  group: ['react', 'react-dom', 'react-dom/*'],
  message: 'common/ imports no UI framework.',
};
const intoMain = {
  group: ['**/main/**', '**/preload/**'],
  message: 'The renderer talks to main only through window.reader.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [electron] }],
    },
  },
  {
    files: ['common/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electron], patterns: [nodeBuiltins, reactAndDom] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electron], patterns: [nodeBuiltins, intoMain] }],
    },
  },
  {
    files: ['main/index.ts', 'main/electron/**/*.ts', 'preload/**/*.ts', 'tests/electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
