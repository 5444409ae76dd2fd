// content:build --strict: every warning (a link that leads nowhere, text left
// out) is a rejection, so a build with any warning writes nothing and fails,
// and a collection already there stays as it was.
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/content-build';
import { makeTempDir } from '../../support/temp-dir';

let root: string;
let inDir: string;
let outDir: string;

async function run(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(['--in', inDir, '--out', outDir, ...args], {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** A reST guide that includes a file the input folder does not have: one warning, on line 6. */
const WARNED = ['Guide', '=====', '', 'Some text.', '', '.. include:: ../missing.rst', ''].join(
  '\n',
);

beforeEach(async () => {
  root = await makeTempDir('strict-');
  inDir = path.join(root, 'content');
  outDir = path.join(root, 'out');
  await mkdir(inDir, { recursive: true });
  await writeFile(path.join(inDir, 'zebra.md'), '---\ntitle: Zebra Crossing\n---\nStripes.');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('content:build --strict', { timeout: 90_000 }, () => {
  it('builds as usual when there is no warning', async () => {
    const built = await run(['--strict']);
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/1 article, .*; 0 rejected, 0 warnings$/);
  });

  it('writes nothing and exits 1 when any file has a warning, naming it as a rejection', async () => {
    await writeFile(path.join(inDir, 'guide.txt'), WARNED);
    const failed = await run(['--strict']);
    expect(failed.code).toBe(1);
    const guide = path.join(inDir, 'guide.txt');
    expect(failed.stderr).toMatch(new RegExp(`^rejected ${escape(guide)}:6: `, 'm'));
    expect(failed.stderr).not.toMatch(/^warning /m);
    expect(failed.stderr).toContain(
      `content:build: nothing written to ${outDir} (1 rejected under --strict)`,
    );
    await expect(stat(outDir)).rejects.toThrow();

    // Without --strict the same folder builds, with the warning.
    const built = await run([]);
    expect(built.code).toBe(0);
    expect(built.stderr).toMatch(new RegExp(`^warning ${escape(guide)}:6: `, 'm'));
    expect(built.stdout).toMatch(/; 0 rejected, 1 warning$/);
  });

  it('leaves the collection already built untouched when it fails', async () => {
    expect((await run([])).code).toBe(0);
    const manifest = await readFile(path.join(outDir, 'manifest.json'), 'utf8');
    await writeFile(path.join(inDir, 'guide.txt'), WARNED);
    expect((await run(['--strict'])).code).toBe(1);
    expect(await readFile(path.join(outDir, 'manifest.json'), 'utf8')).toBe(manifest);
  });

  it('refuses to be combined with --keep-going', async () => {
    const refused = await run(['--strict', '--keep-going']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--strict and --keep-going contradict each other');
    await expect(stat(outDir)).rejects.toThrow();
  });
});

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
