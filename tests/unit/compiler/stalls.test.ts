// Sources built to stall a parser, in one folder with good ones, compiled by
// the content:build command under a short per-file budget: each costs at most
// its budget and is rejected with one clear line (or compiles, once a parser
// handles it), and the good files are still compiled. Before the budget,
// these took from 20 s to several minutes each, or over a gigabyte.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetScale } from '../../../compiler/compile-pool';
import { compileCollection, compileFolder } from '../../../compiler/index';
import { main } from '../../../scripts/content-build';
import { STALL_SOURCES } from '../../support/stall-sources';
import { makeTempDir } from '../../support/temp-dir';

const TIMEOUT_SECONDS = 4;
const MEMORY_MB = 256;

const GOOD: Record<string, string> = {
  'good-one.md': '---\ntitle: The Good One\n---\nA perfectly ordinary article about gardens.',
  'good-two.html': '<title>The Second Good One</title><p>An ordinary page about rivers.</p>',
  'good-three.txt': 'The Third Good One\n\nAn ordinary text about mountains.',
};

let root: string;
let inDir: string;
let outDir: string;
let result: { code: number; stdout: string[]; stderr: string[]; seconds: number };

beforeAll(async () => {
  root = await makeTempDir('compiler-stalls-');
  inDir = path.join(root, 'content');
  outDir = path.join(root, 'out');
  await mkdir(inDir);
  for (const [name, text] of Object.entries({ ...STALL_SOURCES, ...GOOD })) {
    await writeFile(path.join(inDir, name), text);
  }
  const stdout: string[] = [];
  const stderr: string[] = [];
  const started = performance.now();
  const code = await main(
    [
      ...['--in', inDir, '--out', outDir, '--keep-going'],
      ...['--file-timeout', String(TIMEOUT_SECONDS), '--file-memory', String(MEMORY_MB)],
    ],
    { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line) },
  );
  result = { code, stdout, stderr, seconds: (performance.now() - started) / 1000 };
}, 240_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('sources built to stall the compiler', () => {
  it('still builds the good articles', async () => {
    expect(result.code, result.stderr.join('\n')).toBe(0);
    const written = await readdir(path.join(outDir, 'articles'));
    expect(written).toEqual(expect.arrayContaining(['good-one.json', 'good-three.json']));
    const two = JSON.parse(await readFile(path.join(outDir, 'articles', 'good-two.json'), 'utf8'));
    expect(two.title).toBe('The Second Good One');
  });

  it.each(Object.keys(STALL_SOURCES))(
    '%s is rejected within its budget with one clear line, or compiled',
    async (name) => {
      const prefix = `rejected ${path.join(inDir, name)}: `;
      const lines = result.stderr.filter((line) => line.startsWith(prefix));
      if (lines.length === 0) {
        // A parser that handles it now: it must have become its article.
        const id = name.replace(/\.[^.]*$/, '');
        expect(await readdir(path.join(outDir, 'articles'))).toContain(`${id}.json`);
        return;
      }
      expect(lines).toHaveLength(1);
      expect(lines[0]!.slice(prefix.length)).toMatch(
        new RegExp(
          `took longer than \\d+ s to read \\(the compile budget for a file of its size\\); simplify it or split it|needed more than \\d+ MB of memory|too-complex|nested|too many`,
        ),
      );
      expect(lines[0]).not.toMatch(/compiler error/);
    },
  );

  it('costs each file at most its budget, not minutes', () => {
    // Before, these took over ten minutes together; now each costs one
    // budget plus starting a fresh worker, on a machine of any speed.
    expect(result.seconds).toBeLessThan(180);
  });
});

describe('the compile budget', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir('compiler-budget-');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives a file one budget per started megabyte, so long articles are not cut off', () => {
    const megabyte = 1024 * 1024;
    const sizes = [0, 100_000, megabyte, megabyte + 1, 5 * megabyte, 50 * megabyte];
    // Over the 5 MB limit a file is rejected unread, so it never needs more.
    expect(sizes.map(budgetScale)).toEqual([1, 1, 1, 2, 5, 5]);
  });

  it('rejects a file that needs more memory than the budget, and goes on', async () => {
    const folder = path.join(dir, 'memory');
    await mkdir(folder);
    await writeFile(path.join(folder, 'a-links.md'), STALL_SOURCES['link-definitions.md']!);
    await writeFile(path.join(folder, 'b-fine.md'), 'Fine.');
    const compiled = await compileFolder({
      sourceDir: folder,
      budget: { fileTimeoutMs: 120_000, fileMemoryMb: 64 },
      workers: 1,
    });
    expect(compiled.rejections).toEqual([
      {
        path: path.join(folder, 'a-links.md'),
        code: 'too-complex',
        reason:
          'needed more than 64 MB of memory to read (the compile budget for a file of its size); simplify it or split it into several articles',
      },
    ]);
    expect(compiled.articles.map((a) => a.id)).toEqual(['b-fine']);
  }, 120_000);

  it('compiles the file after one that ran over its budget, on the same worker', async () => {
    const folder = path.join(dir, 'behind');
    await mkdir(folder);
    // Seconds of work against half a second of budget; the next file goes
    // to the worker that replaces the stopped one.
    await writeFile(path.join(folder, 'a-slow.md'), 'A long paragraph of words. '.repeat(38_000));
    await writeFile(path.join(folder, 'b-fine.md'), 'Fine.');
    const compiled = await compileFolder({
      sourceDir: folder,
      budget: { fileTimeoutMs: 500, fileMemoryMb: 256 },
      workers: 1,
    });
    expect(compiled.rejections.map((r) => [path.basename(r.path), r.reason])).toEqual([
      ['a-slow.md', expect.stringMatching(/^took longer than 0.5 s to read/)],
    ]);
    expect(compiled.articles.map((a) => a.id)).toEqual(['b-fine']);
  }, 120_000);

  it('keeps the first file in sorted order when two claim one id, however they finish', async () => {
    const folder = path.join(dir, 'order');
    await mkdir(folder);
    // The first file is much slower to compile than the second, so with two
    // workers the second finishes first; the first must still win the id.
    const slow = `---\nid: shared\n---\n${'A long paragraph of words. '.repeat(40_000)}`;
    await writeFile(path.join(folder, 'a-slow.md'), slow);
    await writeFile(path.join(folder, 'b-fast.md'), '---\nid: shared\n---\nShort.');
    const compiled = await compileFolder({ sourceDir: folder, workers: 2 });
    expect(compiled.articles.map((a) => a.wordCount)).toEqual([200_000]);
    expect(compiled.rejections.map((r) => [path.basename(r.path), r.code])).toEqual([
      ['b-fast.md', 'duplicate-id'],
    ]);
  }, 120_000);

  it('writes the same bytes with one worker or several', async () => {
    const folder = path.join(dir, 'same');
    await mkdir(folder);
    for (let i = 0; i < 12; i++) {
      await writeFile(
        path.join(folder, `article-${i}.md`),
        `# Title ${i}\n\n${'Word '.repeat(i * 500)}end.`,
      );
    }
    const build = async (workers: number) => {
      const out = path.join(dir, `out-${workers}`);
      await compileCollection({ inDir: folder, outDir: out, workers, builtAt: new Date(0) });
      const entries = await readdir(out, { recursive: true, withFileTypes: true });
      const files = entries
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)))
        .sort();
      return Promise.all(files.map(async (file) => [file, await readFile(path.join(out, file))]));
    };
    expect(await build(3)).toEqual(await build(1));
  }, 120_000);
});
