// Writes a small compiled collection straight from Article objects, so the
// service tests do not depend on the compiler's parsing.
import type { CatalogueLanguage } from '../../common/settings';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import {
  COLLECTION_FILES,
  COLLECTION_FORMAT,
  COLLECTION_VERSION,
  type Manifest,
} from '../../common/collection';
import type { Article, Block } from '../../common/model';
import { countWords, readingMinutes } from '../../common/text';
import { buildSearchIndex } from '../../main/search/build-index';
import { makeTempDir } from './temp-dir';

export function article(
  id: string,
  title: string,
  paragraphs: Array<string | Block>,
  extra: Partial<Article> = {},
): Article {
  const blocks: Block[] = paragraphs.map((p, i) =>
    typeof p === 'string' ? { id: `${id}-b${i}`, kind: 'paragraph', text: p } : p,
  );
  const words = countWords(blocks.map((b) => b.text).join(' '));
  return {
    id,
    title,
    language: 'en',
    tags: [],
    summary: blocks[0]?.text.slice(0, 100) ?? '',
    wordCount: words,
    readingMinutes: readingMinutes(words),
    contentHash: createHash('sha256')
      .update(JSON.stringify([title, blocks]))
      .digest('hex'),
    blocks,
    ...extra,
  };
}

export function collectionHash(articles: Article[]): string {
  return createHash('sha256')
    .update(
      [...articles]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((a) => a.contentHash)
        .join('\n'),
    )
    .digest('hex');
}

export async function writeCollection(
  articles: Article[],
  options: { dir?: string; withIndex?: boolean; interfaceLanguage?: CatalogueLanguage } = {},
): Promise<string> {
  const dir = options.dir ?? (await makeTempDir('reader-collection-'));
  await mkdir(join(dir, COLLECTION_FILES.articlesDir), { recursive: true });
  const contentHash = collectionHash(articles);
  const manifest: Manifest = {
    format: COLLECTION_FORMAT,
    version: COLLECTION_VERSION,
    title: 'Test collection',
    builtAt: new Date(0).toISOString(),
    contentHash,
    wordCount: articles.reduce((n, a) => n + a.wordCount, 0),
    ...(options.interfaceLanguage && { interfaceLanguage: options.interfaceLanguage }),
    articles: articles.map(({ blocks: _blocks, ...summary }) => summary),
  };
  await writeFile(join(dir, COLLECTION_FILES.manifest), JSON.stringify(manifest));
  for (const a of articles) {
    await writeFile(join(dir, COLLECTION_FILES.articlesDir, `${a.id}.json`), JSON.stringify(a));
  }
  if (options.withIndex ?? true) {
    await writeFile(
      join(dir, COLLECTION_FILES.searchIndex),
      buildSearchIndex(articles, contentHash),
    );
  }
  return dir;
}

/** Two short articles: the collection the service, fault and notes tests share. */
export const TWO_ARTICLES: readonly Article[] = [
  article('alliance', 'A Dangerous Alliance', [
    'Troops stationed in the Kursk region.',
    'A defense treaty was signed.',
  ]),
  article('homecoming', 'A Grim Homecoming', ['Many were sent to gulags after the war.']),
];
