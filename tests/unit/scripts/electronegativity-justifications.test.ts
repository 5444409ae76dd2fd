// The rules that decide whether an Electronegativity finding fails npm test.
import { describe, expect, it } from 'vitest';
import {
  judge,
  readJustifications,
  type Finding,
} from '../../../scripts/electronegativity/justifications';
import { makeTempDir } from '../../support/temp-dir';

const finding = (check: string, line: number, file = 'main/a.ts'): Finding => ({
  check,
  file,
  line,
  description: 'described',
});

const SOURCE = [
  'const a = 1;', // 1
  '// security-justified SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK: the preferences come from', // 2
  '// a function the tool cannot follow, and are tested.', // 3
  'const window = new BrowserWindow(options);', // 4
  'shell.openExternal(url); // security-justified OPEN_EXTERNAL_JS_CHECK: only https gets here', // 5
  'const b = 2;', // 6
].join('\n');

describe('reading justifications', () => {
  it('covers the next code line after its comment block, or its own line', () => {
    const { justifications, problems } = readJustifications('main/a.ts', SOURCE);
    expect(problems).toEqual([]);
    expect(justifications.map((j) => [j.checks, j.covers])).toEqual([
      [
        ['SANDBOX_JS_CHECK', 'AUXCLICK_JS_CHECK'],
        [2, 4],
      ],
      [['OPEN_EXTERNAL_JS_CHECK'], [5, 6]],
    ]);
  });

  it('refuses a justification without a reason', () => {
    const { justifications, problems } = readJustifications(
      'main/a.ts',
      '// security-justified SANDBOX_JS_CHECK: ok\nnew BrowserWindow({})',
    );
    expect(justifications).toEqual([]);
    expect(problems[0]?.message).toMatch(/needs a reason/);
  });

  it("refuses the tool's silent eng-disable comments", () => {
    const { problems } = readJustifications('main/a.ts', '// eng-disable SANDBOX_JS_CHECK\nx();');
    expect(problems).toEqual([expect.objectContaining({ line: 1 })]);
  });
});

describe('judging findings', () => {
  const { justifications } = readJustifications('main/a.ts', SOURCE);

  it('passes findings justified for their check, file and line', () => {
    const verdict = judge(
      [
        finding('SANDBOX_JS_CHECK', 4),
        finding('AUXCLICK_JS_CHECK', 4),
        finding('OPEN_EXTERNAL_JS_CHECK', 5),
      ],
      justifications,
    );
    expect(verdict.unjustified).toEqual([]);
    expect(verdict.unused).toEqual([]);
  });

  it.each([
    ['another check on a justified line', finding('CONTEXT_ISOLATION_JS_CHECK', 4)],
    ['the same check on a line the comment does not cover', finding('SANDBOX_JS_CHECK', 6)],
    ['the same check in another file', finding('SANDBOX_JS_CHECK', 4, 'main/b.ts')],
    [
      'a global finding with no place in the source',
      finding('LIMIT_NAVIGATION_GLOBAL_CHECK', 0, 'N/A'),
    ],
  ])('fails %s', (_name, unjustified) => {
    expect(judge([unjustified], justifications).unjustified).toEqual([unjustified]);
  });

  it('reports a justification that no longer covers any finding', () => {
    const verdict = judge([finding('SANDBOX_JS_CHECK', 4)], justifications);
    expect(verdict.unused.map((j) => j.line)).toEqual([5]);
  });
});

describe('the check over real sources', () => {
  it('fails on an insecure window and a missing CSP, and accepts a justified window', async () => {
    const { checkSources } = await import('../../../scripts/electronegativity-check');
    const { mkdir, rm, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const root = await makeTempDir('electronegativity-');
    try {
      await writeFile(
        join(root, 'package.json'),
        JSON.stringify({ devDependencies: { electron: '40.8.5' } }),
      );
      for (const dir of ['main', 'preload', 'renderer']) await mkdir(join(root, dir));
      await writeFile(join(root, 'preload', 'index.ts'), 'export {};\n');
      await writeFile(join(root, 'renderer', 'index.ts'), 'export {};\n');
      const insecure = [
        "import { BrowserWindow } from 'electron';",
        'new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
        '',
      ].join('\n');
      await writeFile(join(root, 'main', 'index.ts'), insecure);
      const failing = await checkSources(root);
      expect(failing.failures.join('\n')).toMatch(/main\/index\.ts:2: NODE_INTEGRATION_JS_CHECK/);
      expect(failing.failures.join('\n')).toMatch(/LIMIT_NAVIGATION_GLOBAL_CHECK/);
      expect(failing.failures.join('\n')).toMatch(/CSP_GLOBAL_CHECK/);

      // The same window justified in place no longer fails on its line.
      await writeFile(
        join(root, 'main', 'index.ts'),
        insecure.replace(
          'new BrowserWindow',
          '// security-justified NODE_INTEGRATION_JS_CHECK, CONTEXT_ISOLATION_JS_CHECK: a test of the justification format\nnew BrowserWindow',
        ),
      );
      const justified = await checkSources(root);
      expect(justified.failures.join('\n')).not.toMatch(/main\/index\.ts:\d+: NODE_INTEGRATION/);
      expect(justified.justified).toBeGreaterThanOrEqual(2);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 30_000);
});
