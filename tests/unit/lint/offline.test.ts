// The offline rule of eslint.config.js, proved on snippets: app code that
// could reach the network does not pass `npm run lint`.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function offlineProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return (result?.messages ?? [])
    .filter((m) => m.message.includes('offline by design'))
    .map((m) => m.ruleId ?? '');
}

describe('the offline lint rule', () => {
  it.each([
    ['main/search/leak.ts', "import http from 'node:http';\nvoid http;\n"],
    ['main/storage/leak.ts', "import { connect } from 'net';\nvoid connect;\n"],
    ['main/content/leak.ts', "import { request } from 'undici';\nvoid request;\n"],
    ['main/services-leak.ts', "void fetch('https://example.com/');\n"],
    ['main/electron/leak.ts', "import { net } from 'electron';\nvoid net;\n"],
    ['preload/leak.ts', "import https from 'node:https';\nvoid https;\n"],
    ['common/leak.ts', "void new WebSocket('wss://example.com/');\n"],
    ['renderer/src/leak.ts', "void fetch('https://example.com/');\n"],
    ['renderer/src/leak2.ts', "navigator.sendBeacon('https://example.com/', '');\n"],
    ['renderer/src/leak3.ts', 'void new XMLHttpRequest();\n'],
  ])('refuses network access in %s', async (file, code) => {
    expect(await offlineProblems(file, code)).not.toEqual([]);
  });

  it('lets the same code through where it belongs (tests), so the rule is not blanket', async () => {
    expect(
      await offlineProblems('tests/e2e/leak.ts', "void fetch('https://example.com/');\n"),
    ).toEqual([]);
  });
});
