// The release workflow's smoke check of a packaged app (scripts/smoke-packaged.ts)
// judged against stand-in apps: Node scripts that print what the real main
// process logs. The check itself only runs where a real Electron is packed.
import { describe, expect, it } from 'vitest';
import { smoke } from '../../../scripts/smoke-packaged';

const fast = { startTimeoutMs: 2_000, settleMs: 300 };
const found =
  '[reader] Reading the collection in /opt/app/resources/content (chosen by: packaged).';

/** Runs `node -e <script>` as the app under test. */
function standIn(script: string) {
  return smoke(process.execPath, ['-e', script], fast);
}

describe('smoke check of a packaged app', () => {
  it('passes an app that finds its packaged collection and keeps running', async () => {
    const result = await standIn(
      `console.info(${JSON.stringify(found)}); setInterval(() => {}, 1000);`,
    );
    expect(result).toMatchObject({ ok: true, reason: 'found its collection and kept running' });
  });

  it('fails an app that reports a failure after starting, quoting the line', async () => {
    const result = await standIn(
      `console.info(${JSON.stringify(found)});
       setTimeout(() => console.warn('[reader] Search worker crashed: Cannot find module'), 50);
       setInterval(() => {}, 1000);`,
    );
    expect(result.ok).toBe(false);
    expect(result.reason).toBe(
      'the app reported: [reader] Search worker crashed: Cannot find module',
    );
  });

  it('fails an app that reads the collection from anywhere but its resources', async () => {
    const result = await standIn(
      `console.info('[reader] Reading the collection in /x (chosen by: development).');
       setInterval(() => {}, 1000);`,
    );
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^no "chosen by: packaged" line/),
    });
  });

  it('fails an app that quits on its own', async () => {
    const result = await standIn(`console.info(${JSON.stringify(found)}); process.exit(3);`);
    expect(result).toMatchObject({ ok: false, reason: 'exited early (code 3, signal -)' });
  });
});
