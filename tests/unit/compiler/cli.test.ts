// The content:build command: exit codes, --keep-going, the written collection
// and its schemas, the atomic replace, and that nothing lands outside --out.
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManifestSchema } from '../../../common/collection';
import { decodeIndexHeader } from '../../../main/search/index-file';
import { ArticleSchema } from '../../../common/model';
import { writeCollection } from '../../../compiler/write';
import { collectionContentHash } from '../../../compiler/hash';
import { defaultCollectionTitle, main } from '../../../scripts/content-build';
import { makeTempDir } from '../../support/temp-dir';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const script = path.join(repoRoot, 'scripts', 'content-build.ts');

/** Runs the CLI as `npm run content:build` does: tsx in a child process. */
async function runCli(args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      { cwd: repoRoot },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Calls main() in-process, collecting what it prints. */
async function runMain(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** Every path under dir, relative, sorted. */
async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.map((entry) => entry.split(path.sep).join('/')).sort();
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

let root: string;
let inDir: string;
let outDir: string;

beforeEach(async () => {
  root = await makeTempDir('content-build-');
  inDir = path.join(root, 'content');
  outDir = path.join(root, 'out', 'content');
  await mkdir(path.join(inDir, 'articles', 'more'), { recursive: true });
  await writeFile(
    path.join(inDir, 'articles', 'zebra.md'),
    '---\ntitle: Zebra Crossing\n---\nStripes.',
  );
  await writeFile(
    path.join(inDir, 'articles', 'more', 'apple.txt'),
    'Apple Orchards\nTrees in rows, all of them bearing fruit.',
  );
  await writeFile(path.join(inDir, 'articles', 'page.html'), '<title>Mango</title><p>Ripe.</p>');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

// Every build compiles in worker threads (compile-pool.ts), which take
// seconds to start on a busy machine: each test may take a while.
describe('content:build', { timeout: 90_000 }, () => {
  it('exits 1 and writes nothing when a file is rejected, 0 with --keep-going', async () => {
    await writeFile(path.join(inDir, 'articles', 'broken.md'), '---\ntitle: [\n---\nText');

    const failed = await runCli(['--in', inDir, '--out', outDir]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(
      `rejected ${path.join(inDir, 'articles', 'broken.md')}: front matter is not valid YAML`,
    );
    expect(failed.stderr).toMatch(/nothing written .* --keep-going/);
    await expect(stat(outDir)).rejects.toThrow();

    const kept = await runCli(['--in', inDir, '--out', outDir, '--keep-going']);
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain('broken.md: front matter is not valid YAML');
    expect(kept.stdout).toMatch(
      new RegExp(
        `3 articles, 10 words compiled into ${outDir.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')} in \\d+\\.\\d s \\(3 reused, 1 compiled\\); 1 rejected`,
      ),
    );
    expect(await listTree(path.join(outDir, 'articles'))).toEqual([
      'more-apple.json',
      'page.json',
      'zebra.json',
    ]);
  }, 60_000);

  it('names the collection after the product in package.json unless --title is given', async () => {
    const { productName } = (await readJson(path.join(repoRoot, 'package.json'))) as {
      productName: string;
    };
    expect((await runMain(['--in', inDir, '--out', outDir])).code).toBe(0);
    const manifest = ManifestSchema.parse(await readJson(path.join(outDir, 'manifest.json')));
    expect(manifest.title).toBe(`${productName} Library`);
  });

  it('derives the default title from any product name, and falls back without one', async () => {
    const named = path.join(root, 'named.json');
    await writeFile(named, JSON.stringify({ productName: ' Harbour Reader ' }));
    expect(defaultCollectionTitle(named)).toBe('Harbour Reader Library');
    const unnamed = path.join(root, 'unnamed.json');
    await writeFile(unnamed, JSON.stringify({ name: 'x' }));
    expect(defaultCollectionTitle(unnamed)).toBe('Offline Reader Library');
  });

  it('writes a manifest, articles and a search index that match their schemas', async () => {
    const result = await runMain(['--in', inDir, '--out', outDir, '--title', 'Fruit and Stripes']);
    expect(result.code).toBe(0);
    expect(await listTree(outDir)).toEqual([
      '.offline-reader-collection',
      'articles',
      'articles/more-apple.json',
      'articles/page.json',
      'articles/zebra.json',
      'manifest.json',
      'search-index.bin',
    ]);
    const manifest = ManifestSchema.parse(await readJson(path.join(outDir, 'manifest.json')));
    expect(manifest.title).toBe('Fruit and Stripes');
    expect(manifest.articles.map((a) => a.title)).toEqual([
      'Apple Orchards',
      'Mango',
      'Zebra Crossing',
    ]);
    expect(manifest.articles.every((a) => !('blocks' in a))).toBe(true);
    expect(manifest.wordCount).toBe(10);
    expect(manifest.contentHash).toBe(collectionContentHash(manifest.articles));
    for (const summary of manifest.articles) {
      const article = ArticleSchema.parse(
        await readJson(path.join(outDir, 'articles', `${summary.id}.json`)),
      );
      expect(article.contentHash).toBe(summary.contentHash);
    }
    const index = decodeIndexHeader(await readFile(path.join(outDir, 'search-index.bin')));
    expect(index.contentHash).toBe(manifest.contentHash);
    expect(index.docs.map((d) => d.title).sort()).toEqual(manifest.articles.map((a) => a.title));
  });

  it('reads <in> itself when it has no articles/ folder', async () => {
    const flat = path.join(root, 'flat');
    await mkdir(flat);
    await writeFile(path.join(flat, 'one.md'), 'One.');
    expect((await runMain(['--in', flat, '--out', outDir])).code).toBe(0);
    expect(await listTree(path.join(outDir, 'articles'))).toEqual(['one.json']);
  });

  it('writes nothing outside --out, even for an id like ../escape', async () => {
    await writeFile(path.join(inDir, 'articles', 'sneaky.md'), '---\nid: ../escape\n---\nText.');
    const before = await listTree(root);
    const result = await runMain(['--in', inDir, '--out', outDir, '--keep-going']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/rejected .*sneaky\.md: id "\.\.\/escape" is not allowed/);
    const added = (await listTree(root)).filter((entry) => !before.includes(entry));
    // The compile cache sits beside the output, so it never ships inside it.
    expect(
      added.filter(
        (entry) =>
          !entry.startsWith('out/content') && !entry.startsWith('out/.content.compile-cache'),
      ),
    ).toEqual(['out']);
    expect(added.some((entry) => entry.includes('escape'))).toBe(false);
  });

  it('replaces the previous collection whole, so removed articles disappear', async () => {
    expect((await runMain(['--in', inDir, '--out', outDir])).code).toBe(0);
    await rm(path.join(inDir, 'articles', 'zebra.md'));
    expect((await runMain(['--in', inDir, '--out', outDir])).code).toBe(0);
    expect(await listTree(path.join(outDir, 'articles'))).toEqual(['more-apple.json', 'page.json']);
    // No staging or old folders are left beside the output, only the compile cache.
    expect((await readdir(path.dirname(outDir))).sort()).toEqual([
      '.content.compile-cache',
      'content',
    ]);
  });

  it('keeps the previous collection when writing fails part way', async () => {
    expect((await runMain(['--in', inDir, '--out', outDir])).code).toBe(0);
    const before = await readFile(path.join(outDir, 'manifest.json'), 'utf8');
    const manifest = ManifestSchema.parse(JSON.parse(before));
    const badArticle = { ...manifest.articles[0]!, id: '../x', blocks: [] };
    await expect(
      writeCollection(outDir, {
        manifest,
        articles: [badArticle],
        searchIndex: new Uint8Array(0),
      }),
    ).rejects.toThrow(/refusing to write article id/);
    expect(await readFile(path.join(outDir, 'manifest.json'), 'utf8')).toBe(before);
    // The failed write leaves no staging folder, only the compile cache, beside the output.
    expect((await readdir(path.dirname(outDir))).sort()).toEqual([
      '.content.compile-cache',
      'content',
    ]);
  });

  it('refuses to replace a folder that is not a compiled collection, or one holding the sources', async () => {
    const documents = path.join(root, 'documents');
    await mkdir(documents);
    await writeFile(path.join(documents, 'precious.txt'), 'keep me');
    const foreign = await runMain(['--in', inDir, '--out', documents]);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(/refusing to replace .*not a collection this compiler built/);
    expect(await readFile(path.join(documents, 'precious.txt'), 'utf8')).toBe('keep me');

    const overSources = await runMain(['--in', inDir, '--out', root]);
    expect(overSources.code).toBe(1);
    expect(overSources.stderr).toMatch(/contains the sources/);
    const insideSources = await runMain(['--in', inDir, '--out', path.join(inDir, 'out')]);
    expect(insideSources.code).toBe(1);
    expect(insideSources.stderr).toMatch(/inside the sources/);
  });

  it('refuses a folder with a manifest.json it did not write, such as a browser extension', async () => {
    const extension = path.join(root, 'extension');
    await mkdir(path.join(extension, 'src'), { recursive: true });
    await writeFile(path.join(extension, 'manifest.json'), '{"manifest_version": 3}');
    await writeFile(path.join(extension, 'src', 'background.js'), 'chrome.runtime;');
    await writeFile(path.join(extension, 'README.md'), '# My extension');
    const before = await listTree(extension);
    const result = await runMain(['--in', inDir, '--out', extension]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `refusing to replace ${path.resolve(extension)}: it is not empty and holds no .offline-reader-collection, so it is not a collection this compiler built; choose an empty or new folder for --out`,
    );
    expect(await listTree(extension)).toEqual(before);
    expect(await readFile(path.join(extension, 'README.md'), 'utf8')).toBe('# My extension');
  });

  it('replaces a collection built before the marker existed, but not one with other files added', async () => {
    expect((await runMain(['--in', inDir, '--out', outDir])).code).toBe(0);
    const marker = path.join(outDir, '.offline-reader-collection');
    expect(await readFile(marker, 'utf8')).toMatch(/^offline-reader-collection\n/);
    // What builds before the marker wrote: manifest, search index, articles/*.json.
    await rm(marker);
    expect((await runMain(['--in', inDir, '--out', outDir])).code).toBe(0);
    expect(await readFile(marker, 'utf8')).toMatch(/^offline-reader-collection\n/);

    await rm(marker);
    await writeFile(path.join(outDir, 'notes.txt'), 'mine');
    const refused = await runMain(['--in', inDir, '--out', outDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refusing to replace .*holds no \.offline-reader-collection/);
    expect(await readFile(path.join(outDir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('exits 1 without writing when there are no articles at all', async () => {
    const empty = path.join(root, 'empty');
    await mkdir(empty);
    const result = await runMain(['--in', empty, '--out', outDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nothing written .* no articles/);
  });

  it('prints usage for --help, and exits 2 on an unknown option', async () => {
    const help = await runMain(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run content:build -- \[options\]/);
    expect(help.stdout).toMatch(/--keep-going/);
    const wrong = await runMain(['--colour']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/Unknown option '--colour'/);
  });

  it('takes a per-file budget, and refuses one that is not a positive number', async () => {
    expect((await runMain(['--help'])).stdout).toMatch(
      /--file-timeout <seconds>[\s\S]*--file-memory <MB>/,
    );
    for (const [flag, value] of [
      ['--file-timeout', 'soon'],
      ['--file-timeout', '0'],
      ['--file-memory', 'lots'],
    ]) {
      const wrong = await runMain(['--in', inDir, '--out', outDir, flag!, value!]);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain(`${flag} takes a positive number, not "${value}"`);
    }
    await expect(stat(outDir)).rejects.toThrow();
    const built = await runMain(['--in', inDir, '--out', outDir, '--file-timeout', '30']);
    expect(built.code).toBe(0);
  });

  it('fixes the interface language a collection opens in, and refuses one the app does not speak', async () => {
    const wrong = await runMain([
      '--in',
      inDir,
      '--out',
      outDir,
      '--interface-language',
      'klingon',
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      '--interface-language "klingon" is not a language the app speaks: use one of en, fr, de, es, zh-Hans, ja, ar',
    );
    await expect(stat(outDir)).rejects.toThrow();
    const built = await runMain([
      '--in',
      inDir,
      '--out',
      outDir,
      '--interface-language',
      'zh-hans',
    ]);
    expect(built.code).toBe(0);
    const manifest = ManifestSchema.parse(await readJson(path.join(outDir, 'manifest.json')));
    expect(manifest.interfaceLanguage).toBe('zh-Hans');
    const plain = await runMain(['--in', inDir, '--out', outDir]);
    expect(plain.code).toBe(0);
    const again = ManifestSchema.parse(await readJson(path.join(outDir, 'manifest.json')));
    expect(again).not.toHaveProperty('interfaceLanguage');
  });
});
