// The last build's search index, reused when nothing it is built from has
// changed: on an unchanged rebuild, building the index is nearly all the
// work left (Lunr over every word of the collection), and the same articles
// always make the same index. It is one file in the compile cache's folder
// (so never in the collection): the last index built.
//
// The key covers the index builder's own sources (main/search/, common/, the
// lockfile and Node's version, as compiler-version.ts does for the compiler),
// the collection's content hash, and each article's id and content hash in
// order, since the index names articles by their place in the manifest. A
// file that cannot be read, is cut off or fails its checksum is a miss: the
// index is built again and the file replaced, never trusted.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../common/model';
import { SEARCH_INDEX_ENTRY } from './compile-cache';
import { compilerVersion } from './compiler-version';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the index builder's version is computed over; tests point it at a copy. */
export const INDEX_BUILDER_INPUTS = [
  path.join(repoRoot, 'main', 'search'),
  path.join(repoRoot, 'common'),
  path.join(repoRoot, 'package-lock.json'),
];

interface IndexHeader {
  key: string;
  sha256: string;
}

export async function searchIndexKey(
  articles: readonly Pick<Article, 'id' | 'contentHash'>[],
  collectionHash: string,
  inputs: readonly string[] = INDEX_BUILDER_INPUTS,
): Promise<string> {
  const hash = createHash('sha256')
    .update(`${await compilerVersion(inputs)}\0${collectionHash}\0`)
    .update(JSON.stringify(articles.map((article) => [article.id, article.contentHash])));
  return hash.digest('hex');
}

export class SearchIndexCache {
  constructor(private readonly dir: string) {}

  /** The index stored under key, or undefined when there is none that can be trusted. */
  async get(key: string): Promise<Uint8Array | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(this.dir, SEARCH_INDEX_ENTRY));
    } catch {
      return undefined; // none yet, or unreadable: built again either way
    }
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) return undefined;
    const body = bytes.subarray(newline + 1);
    try {
      const header = JSON.parse(
        bytes.subarray(0, newline).toString('utf8'),
      ) as Partial<IndexHeader>;
      if (header.key !== key || header.sha256 !== sha256(body)) return undefined;
    } catch {
      return undefined;
    }
    return new Uint8Array(body);
  }

  async set(key: string, index: Uint8Array): Promise<void> {
    const header: IndexHeader = { key, sha256: sha256(index) };
    await mkdir(this.dir, { recursive: true });
    // Written aside and renamed in, so an interrupted build leaves no half index.
    const temporary = path.join(
      this.dir,
      `.${SEARCH_INDEX_ENTRY}.${randomBytes(4).toString('hex')}.tmp`,
    );
    await writeFile(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), index]));
    await rename(temporary, path.join(this.dir, SEARCH_INDEX_ENTRY));
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
