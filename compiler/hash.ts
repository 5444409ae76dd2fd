// Content hashes: an article's tells anchoring code whether the text it
// stored offsets against is still the same; the collection's tells the app
// whether its search index is stale.
import { createHash } from 'node:crypto';
import type { Article } from '../common/model';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** JSON with object keys sorted, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field !== null && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(
          Object.entries(field as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : field,
  );
}

/**
 * Over what a reader sees: title, metadata and each block's kind, level,
 * text and marks (so a link that now leads elsewhere changes it). Block ids
 * are left out (they derive from the text), and so is the id (renaming a
 * file does not change its content). The structure around a block (list,
 * table, note), its cell, image and code language count too: the same words
 * laid out differently are a different page. A plain block hashes as it did
 * before marks and structure existed, and a block with marks only as it did
 * before structure existed.
 */
export function articleContentHash(article: Omit<Article, 'id' | 'contentHash'>): string {
  const { title, byline, source, sourceUrl, published, language, tags, summary } = article;
  return sha256Hex(
    canonicalJson({
      title,
      byline,
      source,
      sourceUrl,
      published,
      language,
      tags,
      summary,
      blocks: article.blocks.map(hashedBlock),
    }),
  );
}

function hashedBlock(block: Article['blocks'][number]): unknown[] {
  const { kind, level, text, marks, within, cell, image, language } = block;
  const base = [kind, level ?? 0, text];
  const layout = { within, cell, image, language };
  if (Object.values(layout).every((value) => value === undefined)) {
    return marks === undefined ? base : [...base, marks];
  }
  return [...base, marks ?? null, layout];
}

/** Over every article's id and contentHash, in id order. */
export function collectionContentHash(
  articles: ReadonlyArray<Pick<Article, 'id' | 'contentHash'>>,
): string {
  const lines = articles
    .map(({ id, contentHash }) => `${id} ${contentHash}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256Hex(lines.join('\n'));
}
