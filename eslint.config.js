// Lint rules keep the layers of docs/architecture.md: common/ imports no
// environment and no side (main/, renderer/, preload/), renderer/ imports no
// main/ or preload/, services in main/ import neither electron nor the glue in
// main/electron/ (only main/index.ts and main/electron/ may), and no app code
// imports the content compiler. And the app is offline by design: no app
// source can import a network client or call fetch/XHR/WebSocket.
// tests/unit/lint/layers.test.ts and lint-offline.test.ts prove the rules bite.
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
const NETWORK_MESSAGE = 'The reader is offline by design: no app code may reach the network.';
const network = [
  ...['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'dns/promises'].flatMap((m) => [
    { name: m, message: NETWORK_MESSAGE },
    { name: `node:${m}`, message: NETWORK_MESSAGE },
  ]),
  ...['undici', 'ws', 'axios', 'got', 'node-fetch'].map((name) => ({
    name,
    message: NETWORK_MESSAGE,
  })),
];
const electronNetwork = {
  name: 'electron',
  importNames: ['net', 'netLog'],
  message: NETWORK_MESSAGE,
};
const networkGlobals = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'WebTransport',
  'RTCPeerConnection',
].map((name) => ({ name, message: NETWORK_MESSAGE }));
const networkProperties = [
  { object: 'navigator', property: 'sendBeacon', message: NETWORK_MESSAGE },
  { object: 'window', property: 'fetch', message: NETWORK_MESSAGE },
  { object: 'globalThis', property: 'fetch', message: NETWORK_MESSAGE },
];
const APP_SOURCES = ['main/**/*.ts', 'preload/**/*.ts', 'common/**/*.ts', 'renderer/**/*.{ts,tsx}'];

const intoMain = {
  group: ['**/main/**', '**/preload/**'],
  message: 'The renderer talks to main only through window.reader.',
};
const intoSides = {
  group: ['**/main/**', '**/renderer/**', '**/preload/**'],
  message: 'common/ is shared by every side, so it imports none of them.',
};
const intoElectronGlue = {
  regex: '(^|/)electron/',
  message: 'Services stay plain Node: only main/index.ts and main/electron/ use the Electron glue.',
};
const intoCompiler = {
  regex: '(^|/)compiler(/|$)',
  message: 'The content compiler is a build tool: the app never runs it, so it never imports it.',
};
/** The content compiler, a build tool beside the app: no Electron and no network either. */
const COMPILER_SOURCES = ['compiler/**/*.ts'];
/**
 * eld's database costs every process that loads it about 54 MB resident:
 * only compiler/language.ts loads it, and only when an article needs it.
 */
const eldAtImport = {
  regex: '^eld(/|$)',
  message: 'Load the language detector through loadLanguageDetector() in compiler/language.ts.',
};
const ELECTRON_GLUE = ['main/index.ts', 'main/electron/**/*.ts'];

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
    // compiler/ is not among them: it, and the scripts and tests that run it, may import it.
    files: APP_SOURCES,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electron, ...network], patterns: [intoCompiler] },
      ],
      'no-restricted-globals': ['error', ...networkGlobals],
      'no-restricted-properties': ['error', ...networkProperties],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ELECTRON_GLUE,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electron, ...network], patterns: [intoElectronGlue, intoCompiler] },
      ],
    },
  },
  {
    files: COMPILER_SOURCES,
    ignores: ['compiler/language.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electron, ...network], patterns: [intoElectronGlue, eldAtImport] },
      ],
    },
  },
  {
    files: ['compiler/language.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electron, ...network], patterns: [intoElectronGlue] },
      ],
    },
  },
  {
    files: ['common/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, ...network],
          patterns: [nodeBuiltins, reactAndDom, intoSides, intoCompiler],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        'require',
        ...networkGlobals,
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [electron, ...network], patterns: [nodeBuiltins, intoMain, intoCompiler] },
      ],
    },
  },
  {
    files: [...ELECTRON_GLUE, 'preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...network, electronNetwork], patterns: [intoCompiler] },
      ],
    },
  },
  {
    files: ['tests/electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
