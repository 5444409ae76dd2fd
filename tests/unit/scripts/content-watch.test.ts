// content:build --watch with the real compiler on a real folder: a save is
// rebuilt and printed as one line, a save that breaks an article is printed
// and leaves the collection built before in place, and stopping ends the run.
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManifestSchema } from '../../../common/collection';
import { main } from '../../../scripts/content-build';
import { describeChanges } from '../../../scripts/content-watch';
import { makeTempDir } from '../../support/temp-dir';

let root: string;
let inDir: string;
let outDir: string;

beforeEach(async () => {
  root = await makeTempDir('content-watch-');
  inDir = path.join(root, 'content');
  outDir = path.join(root, 'out', 'content');
  await mkdir(path.join(inDir, 'articles'), { recursive: true });
  await writeFile(path.join(inDir, 'articles', 'tea.md'), '---\ntitle: Tea\n---\nGreen tea.');
  await writeFile(path.join(inDir, 'articles', 'coffee.md'), '---\ntitle: Coffee\n---\nBlack.');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function titles(): Promise<string[]> {
  const manifest = ManifestSchema.parse(
    JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')),
  );
  return manifest.articles.map((a) => a.title).sort();
}

/** Starts a --watch run; `stop` is its Ctrl+C. */
function startWatching(extra: string[] = []) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  let stop: (() => void) | undefined;
  const exit = main(
    ['--in', inDir, '--out', outDir, '--watch', ...extra],
    { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line) },
    {
      debounceMs: 100,
      onStop(callback) {
        stop = callback;
        return () => {
          stop = undefined;
        };
      },
    },
  );
  return {
    stdout,
    stderr,
    exit,
    stop: () => {
      if (!stop) throw new Error('The run is not watching.');
      stop();
    },
  };
}

// Each build compiles in worker threads, which take a while to start on a busy machine.
describe('content:build --watch', { timeout: 90_000 }, () => {
  it('rebuilds a saved article, keeps the last good collection through a broken save, and stops on request', async () => {
    const run = startWatching();
    await expect
      .poll(() => run.stdout.some((l) => l.startsWith('Watching ')), { timeout: 30_000 })
      .toBe(true);
    expect(run.stdout[0]).toMatch(/^2 articles, .* compiled into /);
    expect(await titles()).toEqual(['Coffee', 'Tea']);
    // Recursive watching is set up folder by folder.
    await new Promise((resolve) => setTimeout(resolve, 300));

    await writeFile(path.join(inDir, 'articles', 'tea.md'), '---\ntitle: Oolong\n---\nTea.');
    await expect
      .poll(() => run.stdout.find((l) => l.includes('articles/tea.md changed:')), {
        timeout: 30_000,
      })
      .toMatch(
        /^\d\d:\d\d:\d\d articles\/tea\.md changed: 2 articles, .* in \d+\.\d s \(1 reused, 1 compiled\); 0 rejected, 0 warnings$/,
      );
    expect(await titles()).toEqual(['Coffee', 'Oolong']);

    await writeFile(path.join(inDir, 'articles', 'coffee.md'), '---\ntitle: [\n---\nBroken.');
    await expect
      .poll(() => run.stderr.find((l) => l.includes('articles/coffee.md changed:')), {
        timeout: 30_000,
      })
      .toMatch(/coffee\.md changed: content:build: nothing written to .* \(1 rejected\)/);
    expect(run.stderr.join('\n')).toContain('coffee.md: front matter is not valid YAML');
    // The collection built before is still the one in place.
    expect(await titles()).toEqual(['Coffee', 'Oolong']);

    await writeFile(path.join(inDir, 'articles', 'coffee.md'), '---\ntitle: Espresso\n---\nOk.');
    await expect.poll(() => titles(), { timeout: 30_000 }).toEqual(['Espresso', 'Oolong']);

    run.stop();
    expect(await run.exit).toBe(0);
    expect(run.stdout.at(-1)).toBe('Stopped watching');
  });

  it('keeps watching after a first build that fails, and builds once the file is fixed', async () => {
    await writeFile(path.join(inDir, 'articles', 'coffee.md'), '---\ntitle: [\n---\nBroken.');
    const run = startWatching();
    await expect
      .poll(() => run.stdout.some((l) => l.startsWith('Watching ')), { timeout: 30_000 })
      .toBe(true);
    expect(run.stderr.join('\n')).toMatch(/nothing written/);
    await new Promise((resolve) => setTimeout(resolve, 300));

    await writeFile(path.join(inDir, 'articles', 'coffee.md'), '---\ntitle: Coffee\n---\nOk.');
    await expect
      .poll(() => titles().catch(() => []), { timeout: 30_000 })
      .toEqual(['Coffee', 'Tea']);
    run.stop();
    expect(await run.exit).toBe(0);
  });

  it('ends with exit code 0 on Ctrl+C, leaving only the collection and its cache', async () => {
    const script = fileURLToPath(new URL('../../../scripts/content-build.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, '--in', inDir, '--out', outDir, '--watch'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await expect.poll(() => stdout, { timeout: 30_000 }).toContain('Watching ');
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toContain('Stopped watching');
    expect((await readdir(path.dirname(outDir))).sort()).toEqual([
      '.content.compile-cache',
      'content',
    ]);
  });

  it('ends with exit code 1 and says why when the source folder cannot be watched', async () => {
    await rm(inDir, { recursive: true });
    const run = startWatching();
    expect(await run.exit).toBe(1);
    expect(run.stderr.at(-1)).toMatch(
      /^content:build --watch: cannot watch .*content: .*no such file or directory/,
    );
  });

  it('names a few changed files and counts the rest', () => {
    const at = new Date(2026, 0, 2, 9, 5, 7);
    expect(describeChanges(['a.md'], at)).toBe('09:05:07 a.md changed');
    expect(describeChanges(['a.md', 'b.md', 'c.md', 'd.md', 'e.md'], at)).toBe(
      '09:05:07 a.md, b.md, c.md and 2 more changed',
    );
  });
});
