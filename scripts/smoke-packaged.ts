// npm run dist:smoke [-- <dist folder>]: starts each packaged app that
// electron-builder left unpacked in dist/ (the fuses flipped, the app in
// app.asar) with a throw-away profile, and watches its log: it must say it
// reads the collection from its resources folder, then run for a while
// without reporting a failure (the search worker loading from inside
// app.asar among them). Playwright cannot drive the packaged app, since the
// fuses turn off the --inspect it needs, so the log is the window into it.
// Run in the release workflow, where a real Electron is packed.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findPackagedApps } from './check-package';

const STARTED = /\[reader\] Reading the collection in .* \(chosen by: packaged\)/;
const FAILED = /\[reader\].*(fail|crash|could not|cannot|error)/i;

export interface SmokeOptions {
  /** How long the app may take to say where its collection is. */
  startTimeoutMs: number;
  /** How long it must then keep running without reporting a failure. */
  settleMs: number;
}

const DEFAULTS: SmokeOptions = { startTimeoutMs: 45_000, settleMs: 10_000 };

export interface SmokeResult {
  ok: boolean;
  reason: string;
  log: string;
}

async function executableOf(appOutDir: string, fuseTarget: string): Promise<string> {
  if (!fuseTarget.endsWith('.app')) return fuseTarget;
  const macos = path.join(fuseTarget, 'Contents', 'MacOS');
  const [binary] = await readdir(macos);
  if (!binary) throw new Error(`no executable in ${macos} (${appOutDir})`);
  return path.join(macos, binary);
}

/** Starts one executable with a fresh profile and judges it by its log. */
export async function smoke(
  executable: string,
  args: readonly string[],
  options: SmokeOptions = DEFAULTS,
): Promise<SmokeResult> {
  const { startTimeoutMs, settleMs } = options;
  const profile = await mkdtemp(path.join(tmpdir(), 'reader-smoke-'));
  const child = spawn(executable, args, {
    env: { ...process.env, READER_USER_DATA_DIR: profile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  try {
    return await new Promise<SmokeResult>((resolve) => {
      let settle: NodeJS.Timeout | undefined;
      const finish = (ok: boolean, reason: string) => {
        clearTimeout(settle);
        clearTimeout(startTimeout);
        resolve({ ok, reason, log });
      };
      const startTimeout = setTimeout(
        () => finish(false, `no "chosen by: packaged" line within ${startTimeoutMs / 1000} s`),
        startTimeoutMs,
      );
      const onOutput = (chunk: Buffer) => {
        log += chunk.toString('utf8');
        const failure = log.split('\n').find((line) => FAILED.test(line));
        if (failure) return finish(false, `the app reported: ${failure.trim()}`);
        if (!settle && STARTED.test(log)) {
          settle = setTimeout(
            () => finish(true, 'found its collection and kept running'),
            settleMs,
          );
        }
      };
      child.stdout.on('data', onOutput);
      child.stderr.on('data', onOutput);
      child.on('error', (error) => finish(false, `could not start: ${error.message}`));
      child.on('exit', (code, signal) =>
        finish(false, `exited early (code ${code ?? '-'}, signal ${signal ?? '-'})`),
      );
    });
  } finally {
    child.removeAllListeners('exit');
    if (child.exitCode === null) child.kill();
    await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
  }
}

async function main(argv: string[]): Promise<number> {
  const distDir = path.resolve(argv[0] ?? 'dist');
  const apps = findPackagedApps(distDir);
  if (apps.length === 0) {
    process.stderr.write(`dist:smoke: no packaged app in ${distDir}; run npm run dist first\n`);
    return 1;
  }
  // Started as a reader starts it: no flags, Chromium's sandbox on. (On
  // Ubuntu 24.04 that needs unprivileged user namespaces; the release
  // workflow allows them, as the deb's AppArmor profile does for readers.)
  const args: string[] = [];
  let failed = false;
  for (const app of apps) {
    const name = path.relative(process.cwd(), app.appOutDir);
    // Of the Intel (mac/) and Apple silicon (mac-arm64/) apps, start the one
    // this Mac runs natively.
    const nativeMacDir = process.arch === 'x64' ? 'mac' : `mac-${process.arch}`;
    if (app.fuseTarget.endsWith('.app') && path.basename(app.appOutDir) !== nativeMacDir) {
      process.stdout.write(`${name}: skipped (this Mac runs ${nativeMacDir}/)\n`);
      continue;
    }
    const result = await smoke(await executableOf(app.appOutDir, app.fuseTarget), args);
    if (result.ok) {
      process.stdout.write(`${name}: ${result.reason}\n`);
    } else {
      failed = true;
      process.stderr.write(`${name}: ${result.reason}\n--- log ---\n${result.log}\n-----------\n`);
    }
  }
  return failed ? 1 : 0;
}

// Run only when executed directly, not when a test imports smoke().
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
