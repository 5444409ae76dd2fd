// Builds the collection's Lunr index. Used by the content compiler ahead of
// time and by the main process when a bundled index is missing or stale.
import lunr from 'lunr';
import type { Article } from '../../common/model';
import type { SearchIndexFile } from '../../common/collection';

export function buildSearchIndex(
  articles: Iterable<Article>,
  contentHash: string,
): SearchIndexFile {
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(lunr.stemmer);
  builder.ref('id');
  builder.field('title', { boost: 10 });
  builder.field('tags', { boost: 5 });
  builder.field('body');
  for (const article of articles) {
    builder.add({
      id: article.id,
      title: article.title,
      tags: article.tags.join(' '),
      body: article.blocks.map((b) => b.text).join('\n'),
    });
  }
  return {
    version: 1,
    contentHash,
    index: builder.build().toJSON() as unknown as Record<string, unknown>,
  };
}
