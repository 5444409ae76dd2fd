// npx tsx scripts/security-mutations.ts [--only <text>]
// Proves that each line enforcing an item of Electron's security checklist
// has a test that fails without it: for each entry below, the line is
// weakened in place, the named unit tests are run (they must FAIL), and the
// file is restored. Slow-ish (one Vitest run per entry), so it is not part of
// npm test; run it after touching main/electron, main/security or preload.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Mutation {
  item: string;
  file: string;
  /** Text that must occur exactly once in the file. */
  from: string;
  to: string;
  tests: string[];
}

const SECURITY = 'main/electron/security.ts';
const SECURITY_TEST = 'tests/unit/main/electron/security.test.ts';

export const MUTATIONS: Mutation[] = [
  ...(
    [
      ['sandboxed renderer', 'sandbox: true', 'sandbox: false'],
      ['context isolation', 'contextIsolation: true', 'contextIsolation: false'],
      ['no node integration', 'nodeIntegration: false', 'nodeIntegration: true'],
      ['no node in workers', 'nodeIntegrationInWorker: false', 'nodeIntegrationInWorker: true'],
      [
        'no node in sub-frames',
        'nodeIntegrationInSubFrames: false',
        'nodeIntegrationInSubFrames: true',
      ],
      ['webSecurity untouched', 'webSecurity: true', 'webSecurity: false'],
      [
        'no insecure content',
        'allowRunningInsecureContent: false',
        'allowRunningInsecureContent: true',
      ],
      ['no experimental features', 'experimentalFeatures: false', 'experimentalFeatures: true'],
      [
        'no Blink features',
        'spellcheck: false,',
        "spellcheck: false, enableBlinkFeatures: 'CSSPseudoHas',",
      ],
      ['no <webview>', 'webviewTag: false', 'webviewTag: true'],
    ] as const
  ).map(([item, from, to]) => ({ item, file: SECURITY, from, to, tests: [SECURITY_TEST] })),
  {
    item: 'every window gets the secure preferences',
    file: 'main/electron/window.ts',
    from: 'webPreferences: secureWebPreferences(options.preloadPath)',
    to: 'webPreferences: { preload: options.preloadPath }',
    tests: ['tests/unit/main/electron/window.test.ts'],
  },
  {
    item: 'will-navigate denied',
    file: SECURITY,
    from: "contents.on('will-navigate', (event) => {",
    to: "contents.on('will-navigate-off', (event) => {",
    tests: [SECURITY_TEST],
  },
  {
    item: 'sub-frame navigation denied',
    file: SECURITY,
    from: 'if (event.isMainFrame) return;\n    event.preventDefault();\n    log.warn(`Prevented a sub-frame',
    to: 'if (event.isMainFrame) return;\n    log.warn(`Prevented a sub-frame',
    tests: [SECURITY_TEST],
  },
  {
    item: 'redirects away denied',
    file: SECURITY,
    from: "contents.on('will-redirect', (event) => {",
    to: "contents.on('will-redirect-off', (event) => {",
    tests: [SECURITY_TEST],
  },
  {
    item: 'new windows denied',
    file: SECURITY,
    from: "return { action: 'deny' };",
    to: "return { action: 'allow' } as never;",
    tests: [SECURITY_TEST],
  },
  {
    item: 'only http(s)/mailto links go to the system browser',
    file: SECURITY,
    from: '!EXTERNAL_PROTOCOLS.has(parsed.protocol)',
    to: 'false',
    tests: [SECURITY_TEST],
  },
  {
    item: '<webview> never attaches',
    file: SECURITY,
    from: "contents.on('will-attach-webview', (event) => {\n    event.preventDefault();",
    to: "contents.on('will-attach-webview', (event) => {",
    tests: [SECURITY_TEST],
  },
  {
    item: 'permission requests denied',
    file: SECURITY,
    from: 'callback(false);',
    to: 'callback(true);',
    tests: [SECURITY_TEST],
  },
  {
    item: 'permission checks denied',
    file: SECURITY,
    from: 'session.setPermissionCheckHandler(() => false);',
    to: 'session.setPermissionCheckHandler(() => true);',
    tests: [SECURITY_TEST],
  },
  {
    item: 'off-machine requests refused',
    file: SECURITY,
    from: 'callback({ cancel: !allowed });',
    to: 'callback({ cancel: false });',
    tests: [SECURITY_TEST],
  },
  {
    item: 'guards on every webContents',
    file: 'main/index.ts',
    from: '  installSecurityHooks();\n',
    to: '\n',
    tests: ['tests/unit/main/electron/main.test.ts'],
  },
  {
    item: 'default session hardened',
    file: 'main/index.ts',
    from: 'hardenSession(session.defaultSession);',
    to: 'void session;',
    tests: ['tests/unit/main/electron/main.test.ts'],
  },
  {
    item: 'app:// refuses unsafe path segments',
    file: 'main/electron/renderer-files.ts',
    from: 'if (!isPlainName(segment)) return refused(`unsafe path segment "${raw}"`);',
    to: '',
    tests: ['tests/unit/main/electron/protocol.test.ts'],
  },
  {
    item: 'app:// stays inside the renderer folder (links followed)',
    file: 'main/electron/protocol.ts',
    from: 'if (!isInside(realRoot, realFile)) {',
    to: 'if (false) {',
    tests: ['tests/unit/main/electron/protocol.test.ts'],
  },
  {
    item: 'app:// serves one host only',
    file: 'main/electron/renderer-files.ts',
    from: 'if (url.host !== APP_HOST) return refused',
    to: 'if (false) return refused',
    tests: ['tests/unit/main/electron/protocol.test.ts'],
  },
  {
    item: 'CSP sent on every app:// response',
    file: 'main/electron/protocol.ts',
    from: "'Content-Security-Policy': CONTENT_SECURITY_POLICY,",
    to: '',
    tests: ['tests/unit/main/electron/protocol.test.ts'],
  },
  {
    item: "CSP default-src 'none'",
    file: 'main/security/csp.ts',
    from: `"default-src 'none'"`,
    to: `"default-src 'self'"`,
    tests: ['tests/unit/main/security/csp.test.ts'],
  },
  {
    item: 'CSP allows nothing extra',
    file: 'main/security/csp.ts',
    from: `"script-src 'self'"`,
    to: `"script-src 'self' 'unsafe-inline'"`,
    tests: ['tests/unit/main/security/csp.test.ts'],
  },
  {
    item: 'IPC: sender frame must exist',
    file: 'main/electron/ipc.ts',
    from: "if (!frame) return 'the sending frame is gone';",
    to: 'if (!frame) return undefined;',
    tests: ['tests/unit/main/electron/ipc.test.ts'],
  },
  {
    item: 'IPC: sender must show the app page',
    file: 'main/electron/ipc.ts',
    from: 'if (!frame.url.startsWith(APP_URL_PREFIX))',
    to: 'if (false)',
    tests: ['tests/unit/main/electron/ipc.test.ts'],
  },
  {
    item: 'IPC: sender must be the main frame',
    file: 'main/electron/ipc.ts',
    from: 'if (frame.parent !== null)',
    to: 'if (false)',
    tests: ['tests/unit/main/electron/ipc.test.ts'],
  },
  {
    item: "IPC: sender must be the app's own window",
    file: 'main/electron/ipc.ts',
    from: 'if (!ownsWebContents(event.sender))',
    to: 'if (false)',
    tests: ['tests/unit/main/electron/ipc.test.ts'],
  },
  {
    item: 'IPC: arguments checked by the schema',
    file: 'common/dispatch.ts',
    from: 'if (!parsed.success) {',
    to: 'if (false) {',
    tests: ['tests/unit/common/contract.test.ts'],
  },
  {
    item: 'preload exposes only the API (frozen)',
    file: 'preload/index.ts',
    from: 'return Object.freeze(bridge) as unknown as ReaderBridge;',
    to: 'return bridge as unknown as ReaderBridge;',
    tests: ['tests/unit/main/electron/preload.test.ts'],
  },
  {
    item: 'preload exposes only the API (nothing else)',
    file: 'preload/index.ts',
    from: "contextBridge.exposeInMainWorld('reader', createBridge());",
    to: "contextBridge.exposeInMainWorld('reader', createBridge());\ncontextBridge.exposeInMainWorld('ipc', { invoke: ipcRenderer.invoke });",
    tests: ['tests/unit/main/electron/preload.test.ts'],
  },
  {
    item: 'IPC: a settings patch may not set a value to undefined',
    file: 'common/settings.ts',
    from: '.refine((patch) => Object.values(patch).every((value) => value !== undefined), {',
    to: '.refine(() => true, {',
    tests: ['tests/unit/main/electron/ipc-fuzz.test.ts'],
  },
  {
    item: 'faults: an unreadable store is moved aside, not fatal',
    file: 'main/storage/json-file.ts',
    from: 'problem = `could not be read (${(error as Error).message})`;',
    to: 'throw error;',
    tests: ['tests/unit/main/faults.test.ts'],
  },
  {
    item: 'compiler: deep HTML refused before jsdom parses it',
    file: 'compiler/html.ts',
    from: 'if (estimated > MAX_ESTIMATED_DEPTH) {',
    to: 'if (false) {',
    tests: ['tests/unit/compiler/hostile-folder.test.ts'],
  },
  {
    item: 'ids: no Windows device names',
    file: 'common/model.ts',
    from: '(?!(?:con|prn|aux|nul|com\\d|lpt\\d)$)',
    to: '',
    tests: ['tests/unit/common/article-ids.test.ts'],
  },
];

function runTests(tests: string[]): boolean {
  try {
    execFileSync('npx', ['vitest', 'run', ...tests], { cwd: ROOT, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function main(): number {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const selected = MUTATIONS.filter((m) => !values.only || m.item.includes(values.only));
  let survived = 0;
  for (const mutation of selected) {
    const file = path.join(ROOT, mutation.file);
    const original = readFileSync(file, 'utf8');
    const occurrences = original.split(mutation.from).length - 1;
    if (occurrences !== 1) {
      console.error(
        `✗ ${mutation.item}: expected the line once in ${mutation.file}, found it ${occurrences} times`,
      );
      survived += 1;
      continue;
    }
    // Put the file back even if the run is interrupted half way.
    const restore = () => writeFileSync(file, original);
    const onInterrupt = () => {
      restore();
      process.exit(130);
    };
    process.once('SIGINT', onInterrupt);
    process.once('SIGTERM', onInterrupt);
    writeFileSync(file, original.replace(mutation.from, mutation.to));
    let passed: boolean;
    try {
      passed = runTests(mutation.tests);
    } finally {
      restore();
      process.off('SIGINT', onInterrupt);
      process.off('SIGTERM', onInterrupt);
    }
    if (passed) survived += 1;
    console.log(
      `${passed ? '✗ NOT CAUGHT' : '✓ caught'}  ${mutation.item}  (${mutation.file} → ${mutation.tests.join(', ')})`,
    );
  }
  console.log(
    `${selected.length - survived}/${selected.length} weakened lines were caught by their tests.`,
  );
  return survived === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
