// A second build reuses each unchanged file's article from the compile cache
// beside the output and compiles only what changed; the collection it writes
// is byte for byte the one a cold build writes.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileCollection, type CompileCollectionOptions } from '../../../compiler/collection';
import { cacheDirFor, SEARCH_INDEX_ENTRY } from '../../../compiler/compile-cache';
import { CompilePool } from '../../../compiler/compile-pool';
import { compilerVersion } from '../../../compiler/compiler-version';
import { COLLECTION_FILES } from '../../../common/collection';
import { loadSearchEngine } from '../../../main/search/load-engine';
import { main } from '../../../scripts/content-build';
import { makeTempDir } from '../../support/temp-dir';

let root: string;
let inDir: string;
let outDir: string;

const builtAt = new Date('2024-10-31T08:00:00Z');

function build(extra: Partial<CompileCollectionOptions> = {}) {
  return compileCollection({ inDir, outDir, builtAt, keepGoing: true, workers: 2, ...extra });
}

/** Every file under dir with its bytes, by relative path. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full).split(path.sep).join('/')] = (await readFile(full)).toString(
      'base64',
    );
  }
  return files;
}

async function articleIds(): Promise<string[]> {
  return (await readdir(path.join(outDir, 'articles')))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
}

/** The articles the built collection's own index finds (never one the app would rebuild). */
async function searchIds(query: string): Promise<string[]> {
  const { engine, rebuiltBecause } = await loadSearchEngine({ contentDir: outDir, log: () => {} });
  expect(rebuiltBecause).toBeUndefined();
  return engine.search(query).hits.map((hit) => hit.articleId);
}

/** The cached articles (the folder also keeps the last search index). */
async function cacheEntries(): Promise<string[]> {
  return (await readdir(cacheDirFor(outDir))).filter((name) => name !== SEARCH_INDEX_ENTRY).sort();
}

beforeEach(async () => {
  root = await makeTempDir('incremental-');
  inDir = path.join(root, 'content');
  outDir = path.join(root, 'out', 'content');
  await mkdir(path.join(inDir, 'nested'), { recursive: true });
  await writeFile(path.join(inDir, 'zebra.md'), '---\ntitle: Zebra Crossing\n---\nStripes.');
  await writeFile(path.join(inDir, 'nested', 'apple.txt'), 'Apple Orchards\n\nTrees in rows.');
  // Three pages sharing a site name: the collection-wide title cleaning runs on every build.
  for (const [name, title] of [
    ['tea', 'Green tea'],
    ['coffee', 'Coffee'],
    ['cocoa', 'Cocoa'],
  ]) {
    await writeFile(
      path.join(inDir, `${name}.html`),
      `<title>${title} — Drinks Guide</title><main><h1>${title}</h1><p>All about ${name}.</p></main>`,
    );
  }
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('incremental content:build', { timeout: 90_000 }, () => {
  it('reuses every unchanged file and writes the same bytes as a cold build', async () => {
    const cold = await build();
    expect(cold).toMatchObject({ written: true, reused: 0, compiled: 5, articleCount: 5 });
    expect(cold.manifest?.articles.map((a) => a.title)).toContain('Green tea');
    const coldFiles = await snapshot(outDir);

    const warm = await build();
    expect(warm).toMatchObject({
      written: true,
      reused: 5,
      compiled: 0,
      articleCount: 5,
      indexReused: true,
    });
    expect(await snapshot(outDir)).toEqual(coldFiles);

    const clean = await build({ clean: true });
    expect(clean).toMatchObject({ reused: 0, compiled: 5 });
    expect(await snapshot(outDir)).toEqual(coldFiles);
  });

  it('compiles only the changed file, and the collection shows its new text', async () => {
    await build();
    await writeFile(
      path.join(inDir, 'zebra.md'),
      '---\ntitle: Zebra Crossing\n---\nBlack and white.',
    );
    const second = await build();
    expect(second).toMatchObject({ reused: 4, compiled: 1, indexReused: false });
    const zebra = JSON.parse(
      await readFile(path.join(outDir, 'articles', 'zebra.json'), 'utf8'),
    ) as {
      blocks: Array<{ text: string }>;
    };
    expect(zebra.blocks.map((block) => block.text)).toEqual(['Black and white.']);
    // The changed file's old entry is gone: the cache holds one entry per file.
    expect(await cacheEntries()).toHaveLength(5);
    // The index was built again from the new text: search finds the new words.
    expect(await searchIds('white')).toEqual(['zebra']);
    expect(await searchIds('stripes')).toEqual([]);
  });

  it('builds the index again when a file is renamed, though no text changed', async () => {
    await build();
    await rename(path.join(inDir, 'zebra.md'), path.join(inDir, 'okapi.md'));
    expect(await build()).toMatchObject({ indexReused: false });
    expect(await searchIds('stripes')).toEqual(['okapi']);
  });

  it('builds the index again when the stored one is damaged, and writes the same bytes', async () => {
    await build();
    const coldIndex = await readFile(path.join(outDir, COLLECTION_FILES.searchIndex));
    const stored = path.join(cacheDirFor(outDir), SEARCH_INDEX_ENTRY);
    const bytes = await readFile(stored);
    bytes[bytes.length - 1] = bytes.at(-1)! ^ 0xff;
    await writeFile(stored, bytes);
    expect(await build()).toMatchObject({ reused: 5, indexReused: false });
    expect(await readFile(path.join(outDir, COLLECTION_FILES.searchIndex))).toEqual(coldIndex);
    expect(await build()).toMatchObject({ indexReused: true });
  });

  it('compiles a file again when a file it includes changes, appears or goes', async () => {
    const guide = path.join(inDir, 'nested', 'guide.txt');
    const part = path.join(inDir, 'nested', 'part.txt');
    await writeFile(guide, 'Guide\n=====\n\nBefore.\n\n.. include:: part.txt\n\nAfter.\n');
    await writeFile(part, 'Included words, first edition.\n');
    const textOf = async () =>
      (
        JSON.parse(await readFile(path.join(outDir, 'articles', 'nested-guide.json'), 'utf8')) as {
          blocks: Array<{ text: string }>;
        }
      ).blocks.map((block) => block.text);
    await build();
    expect(await textOf()).toContain('Included words, first edition.');

    await writeFile(part, 'Included words, second edition.\n');
    // The included file is an article of its own too: both compile again, nothing else.
    expect(await build()).toMatchObject({ reused: 5, compiled: 2 });
    expect(await textOf()).toContain('Included words, second edition.');

    await rm(part);
    const gone = await build();
    expect(gone).toMatchObject({ reused: 5, compiled: 1 });
    expect(await textOf()).not.toContain('Included words, second edition.');
    expect(gone.warnings.map((warning) => warning.message).join('\n')).toMatch(/part\.txt/);

    expect(await build()).toMatchObject({ reused: 6, compiled: 0 });
  });

  it('drops a deleted file from the collection and its entry from the cache', async () => {
    await build();
    await rm(path.join(inDir, 'zebra.md'));
    expect(await build()).toMatchObject({ reused: 4, compiled: 0, articleCount: 4 });
    expect(await articleIds()).toEqual(['cocoa', 'coffee', 'nested-apple', 'tea']);
    expect(await cacheEntries()).toHaveLength(4);
  });

  it('gives a renamed or moved file its new id, since the id comes from its path', async () => {
    await build();
    expect(await articleIds()).toEqual(['cocoa', 'coffee', 'nested-apple', 'tea', 'zebra']);
    await rename(path.join(inDir, 'zebra.md'), path.join(inDir, 'crossing.md'));
    await rename(path.join(inDir, 'nested', 'apple.txt'), path.join(inDir, 'apple.txt'));
    // The path is part of the cache key: a moved file is compiled again under its new id.
    expect(await build()).toMatchObject({ reused: 3, compiled: 2, articleCount: 5 });
    expect(await articleIds()).toEqual(['apple', 'cocoa', 'coffee', 'crossing', 'tea']);
    expect(await cacheEntries()).toHaveLength(5);
  });

  it('compiles everything again under another compiler version', async () => {
    await build({ compilerVersion: 'one' });
    expect(await build({ compilerVersion: 'one' })).toMatchObject({ reused: 5 });
    expect(await build({ compilerVersion: 'two' })).toMatchObject({ reused: 0, compiled: 5 });
    // Only the current version's entries are kept.
    expect(await cacheEntries()).toHaveLength(5);
  });

  it('takes its version from the compiler source, so any edit to it changes the version', async () => {
    const source = path.join(root, 'compiler-copy');
    await mkdir(path.join(source, 'sub'), { recursive: true });
    await writeFile(path.join(source, 'a.ts'), 'export const a = 1;');
    await writeFile(path.join(source, 'sub', 'b.ts'), 'export const b = 2;');
    const lock = path.join(root, 'lock.json');
    await writeFile(lock, '{"lockfileVersion":3}');
    const before = await compilerVersion([source, lock]);
    expect(await compilerVersion([source, lock])).toBe(before);
    await writeFile(path.join(source, 'sub', 'b.ts'), 'export const b = 3;');
    const edited = await compilerVersion([source, lock]);
    expect(edited).not.toBe(before);
    await writeFile(lock, '{"lockfileVersion":3,"packages":{}}');
    expect(await compilerVersion([source, lock])).not.toBe(edited);
    // The real one covers this compiler's files.
    expect(await compilerVersion()).toMatch(/^[0-9a-f]{32}$/);
  });

  it('ignores and replaces corrupt cache entries without an error', async () => {
    await build();
    const coldFiles = await snapshot(outDir);
    const entries = await cacheEntries();
    const dir = cacheDirFor(outDir);
    const [truncated, flipped, garbage, foreign] = entries;
    const text = await readFile(path.join(dir, truncated!), 'utf8');
    await writeFile(path.join(dir, truncated!), text.slice(0, text.length - 10));
    const other = await readFile(path.join(dir, flipped!), 'utf8');
    await writeFile(path.join(dir, flipped!), other.replace('"text":"', '"text":"X'));
    await writeFile(path.join(dir, garbage!), '\u0000\u0001 not an entry');
    // Valid JSON with a good checksum but not an article: the schema check catches it.
    const body = JSON.stringify({ article: { id: 'x' }, warnings: [] });
    const header = JSON.parse(
      (await readFile(path.join(dir, foreign!), 'utf8')).split('\n')[0]!,
    ) as {
      sha256: string;
    };
    const { createHash } = await import('node:crypto');
    header.sha256 = createHash('sha256').update(body).digest('hex');
    await writeFile(path.join(dir, foreign!), `${JSON.stringify(header)}\n${body}`);

    expect(await build()).toMatchObject({ written: true, reused: 1, compiled: 4, rejections: [] });
    expect(await snapshot(outDir)).toEqual(coldFiles);
    expect(await build()).toMatchObject({ reused: 5, compiled: 0 });
  });

  it('checks a rejected file again on every build, and takes it in once fixed', async () => {
    await writeFile(path.join(inDir, 'broken.md'), '---\ntitle: [\n---\nText');
    const first = await build();
    expect(first.rejections.map((r) => r.code)).toEqual(['bad-front-matter']);
    const second = await build();
    expect(second).toMatchObject({ reused: 5, compiled: 1 });
    expect(second.rejections.map((r) => r.code)).toEqual(['bad-front-matter']);
    await writeFile(path.join(inDir, 'broken.md'), '---\ntitle: Mended\n---\nText');
    expect(await build()).toMatchObject({
      reused: 5,
      compiled: 1,
      articleCount: 6,
      rejections: [],
    });
  });

  it('finds a duplicate id again on a warm build, where both files come from the cache', async () => {
    await writeFile(path.join(inDir, 'nested', 'zz-copy.md'), '---\nid: zebra\n---\nCopy.');
    const first = await build();
    expect(first.rejections.map((r) => r.code)).toEqual(['duplicate-id']);
    const second = await build();
    expect(second).toMatchObject({ reused: 6, compiled: 0, articleCount: 5 });
    expect(second.rejections).toEqual(first.rejections);
  });

  it('rebuilds with no worker thread when the only misses are files rejected unparsed', async () => {
    await writeFile(path.join(inDir, 'empty.txt'), '');
    await writeFile(path.join(inDir, 'changelog.html.gz'), 'compressed');
    const cold = await build();
    expect(cold.rejections.map((r) => [path.basename(r.path), r.code])).toEqual([
      ['changelog.html.gz', 'unsupported-type'],
      ['empty.txt', 'empty'],
    ]);
    const compile = vi.spyOn(CompilePool.prototype, 'compile');
    try {
      const warm = await build();
      expect(warm).toMatchObject({ reused: 5, indexReused: true });
      expect(warm.rejections).toEqual(cold.rejections);
      expect(compile).not.toHaveBeenCalled();
    } finally {
      compile.mockRestore();
    }
  });

  it('--clean compiles every file again, and the last line says what was reused', async () => {
    const lines: string[] = [];
    const run = (args: string[]) =>
      main(['--in', inDir, '--out', outDir, ...args], {
        stdout: (line) => lines.push(line),
        stderr: () => {},
      });
    expect(await run([])).toBe(0);
    expect(lines.pop()).toMatch(/ in \d+\.\d s \(0 reused, 5 compiled\); 0 rejected/);
    expect(await run([])).toBe(0);
    expect(lines.pop()).toMatch(
      / in \d+\.\d s \(5 reused, 0 compiled; search index reused\); 0 rejected/,
    );
    expect(await run(['--clean'])).toBe(0);
    expect(lines.pop()).toMatch(/ in \d+\.\d s \(0 reused, 5 compiled\); 0 rejected/);
  });
});
