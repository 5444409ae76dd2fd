// The index key changes with anything the index is built from, so a reused
// index is always the one a fresh build would make.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchIndexKey, SearchIndexCache } from '../../../compiler/index-cache';
import { makeTempDir } from '../../support/temp-dir';

let root: string;
let builder: string;

const articles = [
  { id: 'tea', contentHash: 'a'.repeat(64) },
  { id: 'coffee', contentHash: 'b'.repeat(64) },
];

beforeEach(async () => {
  root = await makeTempDir('index-cache-');
  builder = path.join(root, 'search');
  await mkdir(builder);
  await writeFile(path.join(builder, 'build-index.ts'), 'export const stem = "porter";');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the search index key', () => {
  it('changes when the index builder, an article, its place or the collection changes', async () => {
    const key = await searchIndexKey(articles, 'c1', [builder]);
    expect(await searchIndexKey(articles, 'c1', [builder])).toBe(key);
    expect(await searchIndexKey(articles, 'c2', [builder])).not.toBe(key);
    expect(await searchIndexKey([...articles].reverse(), 'c1', [builder])).not.toBe(key);
    expect(
      await searchIndexKey([articles[0]!, { id: 'cocoa', contentHash: 'b'.repeat(64) }], 'c1', [
        builder,
      ]),
    ).not.toBe(key);
    await writeFile(path.join(builder, 'build-index.ts'), 'export const stem = "snowball";');
    expect(await searchIndexKey(articles, 'c1', [builder])).not.toBe(key);
  });
});

describe('the search index cache', () => {
  it('gives back the index stored under the same key only', async () => {
    const cache = new SearchIndexCache(path.join(root, 'cache'));
    expect(await cache.get('k1')).toBeUndefined();
    const index = new Uint8Array([1, 10, 2, 0, 255]);
    await cache.set('k1', index);
    expect(await cache.get('k1')).toEqual(index);
    expect(await cache.get('k2')).toBeUndefined();
    await cache.set('k2', new Uint8Array([7]));
    expect(await cache.get('k1')).toBeUndefined();
    expect(await cache.get('k2')).toEqual(new Uint8Array([7]));
  });

  it('treats a cut-off file as missing', async () => {
    const dir = path.join(root, 'cache');
    const cache = new SearchIndexCache(dir);
    await cache.set('k1', new Uint8Array(100).fill(3));
    const file = path.join(dir, 'search-index.bin');
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length - 10));
    expect(await cache.get('k1')).toBeUndefined();
  });
});
