// The manifest: what the app reads at start-up to show the library without
// opening any article file.
import { COLLECTION_FORMAT, COLLECTION_VERSION, type Manifest } from '../common/collection';
import type { Article, ArticleSummary } from '../common/model';
import type { CatalogueLanguage } from '../common/settings';
import { collectionContentHash } from './hash';

const byTitle = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function buildManifest(
  articles: readonly Article[],
  options: { title: string; builtAt: Date; interfaceLanguage?: CatalogueLanguage },
): Manifest {
  const summaries = articles
    .map(({ blocks: _blocks, ...summary }): ArticleSummary => summary)
    .sort((a, b) => byTitle.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
  return {
    format: COLLECTION_FORMAT,
    version: COLLECTION_VERSION,
    title: options.title,
    builtAt: options.builtAt.toISOString(),
    contentHash: collectionContentHash(articles),
    wordCount: articles.reduce((sum, article) => sum + article.wordCount, 0),
    ...(options.interfaceLanguage !== undefined && {
      interfaceLanguage: options.interfaceLanguage,
    }),
    articles: summaries,
  };
}
