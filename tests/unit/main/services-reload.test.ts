// A collection rebuilt by the compiler while the services run (content:build
// --watch): the services notice the swap, answer from the new collection
// (library, articles, search, highlights placed again) and say so once with
// a collectionReloaded event the contract accepts.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readerEvents } from '../../../common/api';
import { ManifestSchema } from '../../../common/collection';
import { ReaderError } from '../../../common/errors';
import { compileCollection } from '../../../compiler/collection';
import { createReaderServices, type ReaderServices } from '../../../main/services';
import { makeTempDir } from '../../support/temp-dir';

let root: string;
let inDir: string;
let outDir: string;
const open: ReaderServices[] = [];

beforeEach(async () => {
  root = await makeTempDir('reader-reload-');
  inDir = join(root, 'content');
  outDir = join(root, 'out', 'content');
  await mkdir(inDir, { recursive: true });
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await rm(root, { recursive: true, force: true });
});

async function build(files: Record<string, string>): Promise<void> {
  await rm(inDir, { recursive: true, force: true });
  await mkdir(inDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(inDir, name), text);
  const result = await compileCollection({ inDir, outDir, workers: 1 });
  if (!result.written) throw new Error(`the test collection did not build: ${result.rejections}`);
}

async function manifestHash(): Promise<string> {
  const manifest = ManifestSchema.parse(
    JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')),
  );
  return manifest.contentHash;
}

async function start(watchContent: boolean) {
  const log: string[] = [];
  const services = await createReaderServices({
    contentDir: outDir,
    userDataDir: await makeTempDir('reader-reload-user-'),
    log: (m) => log.push(m),
    watchContent,
  });
  open.push(services);
  const reloads: unknown[] = [];
  services.events.subscribe((event, payload) => {
    if (event === 'collectionReloaded') reloads.push(payload);
  });
  return { services, api: services.api, reloads, log };
}

async function searchWhenReady(services: ReaderServices, query: string) {
  await expect
    .poll(async () => (await services.api.getSearchStatus()).state, { timeout: 15_000 })
    .toBe('ready');
  return services.api.search(query);
}

const quiet = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const TEA = '---\ntitle: Tea\n---\nGreen tea is picked in spring.\n\nOolong is half oxidised.\n';
const COFFEE = '---\ntitle: Coffee\n---\nEspresso is pressed through fine grounds.\n';

describe('a collection rebuilt while the app runs', { timeout: 90_000 }, () => {
  it('is reloaded: the library lists the new article, articles and search answer anew, highlights are placed again', async () => {
    await build({ 'tea.md': TEA, 'coffee.md': COFFEE });
    const { services, api, reloads } = await start(true);
    expect((await api.getLibrary()).total).toBe(2);
    const tea = await api.getArticle('tea');
    const oolong = tea.blocks.find((b) => b.text.startsWith('Oolong'))!;
    const kept = await api.createHighlight({
      articleId: 'tea',
      range: { startBlockId: oolong.id, startOffset: 0, endBlockId: oolong.id, endOffset: 6 },
    });
    const espresso = (await api.getArticle('coffee')).blocks[0]!;
    await api.createHighlight({
      articleId: 'coffee',
      range: { startBlockId: espresso.id, startOffset: 0, endBlockId: espresso.id, endOffset: 8 },
    });
    // Listed once as the page does when the article opens: placed for this build.
    expect(await api.listAnnotations('tea')).toHaveLength(1);
    expect(await api.listAnnotations('coffee')).toHaveLength(1);
    await searchWhenReady(services, 'tea');

    await build({
      'tea.md': TEA.replace('Green tea', 'White tea is rare. Green tea'),
      'coffee.md': '---\ntitle: Coffee\n---\nFilter coffee drips slowly.\n',
      'cocoa.md': '---\ntitle: Cocoa\n---\nCocoa beans are fermented.\n',
    });
    await expect.poll(() => reloads.length, { timeout: 10_000 }).toBe(1);
    expect(reloads[0]).toEqual({
      contentHash: await manifestHash(),
      articleCount: 3,
      title: expect.any(String),
    });
    expect(readerEvents.collectionReloaded.safeParse(reloads[0]).success).toBe(true);

    const library = await api.getLibrary();
    expect(library.entries.map((e) => e.title)).toEqual(['Cocoa', 'Coffee', 'Tea']);
    expect(library.collection.contentHash).toBe(await manifestHash());
    expect((await api.getArticle('tea')).blocks[0]?.text).toContain('White tea is rare.');
    const found = await searchWhenReady(services, 'fermented');
    expect(found.hits.map((h) => h.articleId)).toEqual(['cocoa']);

    // The highlight whose words are still there follows them; the other is
    // kept as unanchored, never dropped.
    const [followed] = await api.listAnnotations('tea');
    expect(followed?.id).toBe(kept.id);
    expect(followed?.anchor.quote.exact).toBe('Oolong');
    expect(followed?.anchor.contentHash).toBe((await api.getArticle('tea')).contentHash);
    const [orphan] = await api.listAnnotations('coffee');
    expect(orphan?.anchoring?.method).toBe('orphan');
  });

  it('says nothing when a rebuild changed nothing the reader sees', async () => {
    await build({ 'tea.md': TEA });
    const { api, reloads } = await start(true);
    await api.getLibrary();
    await build({ 'tea.md': TEA });
    await quiet(1500);
    expect(reloads).toEqual([]);
    await build({ 'tea.md': TEA, 'coffee.md': COFFEE });
    await expect.poll(() => reloads.length, { timeout: 10_000 }).toBe(1);
  });

  it('opens a collection first built after the app started', async () => {
    // The folder beside which the build swaps its output in is there; the output is not.
    await mkdir(join(root, 'out'));
    const { api, reloads } = await start(true);
    await expect(api.getLibrary()).rejects.toThrow(ReaderError);
    await build({ 'tea.md': TEA });
    await expect.poll(() => reloads.length, { timeout: 10_000 }).toBe(1);
    expect((await api.getLibrary()).entries.map((e) => e.title)).toEqual(['Tea']);
  });

  it('keeps the collection it opened when not asked to watch (the packaged collection)', async () => {
    await build({ 'tea.md': TEA });
    const { api, reloads } = await start(false);
    expect((await api.getLibrary()).total).toBe(1);
    await build({ 'tea.md': TEA, 'coffee.md': COFFEE });
    await quiet(1500);
    expect(reloads).toEqual([]);
    expect((await api.getLibrary()).total).toBe(1);
  });
});
