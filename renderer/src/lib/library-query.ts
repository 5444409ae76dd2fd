// Filtering, sorting and tag counting for the library list: pure functions
// over ArticleSummary so they are cheap to memoise and easy to reason about.
import type { ArticleSummary } from '../../../common/model';
import type { LibrarySort } from './settings-options';
import type { ReadingPositions } from './reading-positions';

/** Lower case, accents removed: "Émile" is found by typing "emile". */
export function foldForMatching(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The text a filter looks through, folded once per article. */
export function filterableText(article: ArticleSummary): string {
  return foldForMatching(
    [article.title, article.byline, article.source, article.summary, ...article.tags]
      .filter(Boolean)
      .join('\n'),
  );
}

export interface LibraryFilter {
  text: string;
  tag: string | null;
}

/** Every word of the filter must occur somewhere in the article's text. */
export function filterArticles(
  articles: readonly ArticleSummary[],
  textOf: (article: ArticleSummary) => string,
  filter: LibraryFilter,
): ArticleSummary[] {
  const words = foldForMatching(filter.text).split(/\s+/u).filter(Boolean);
  return articles.filter(
    (article) =>
      (filter.tag === null || article.tags.includes(filter.tag)) &&
      words.every((word) => textOf(article).includes(word)),
  );
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function sortArticles(
  articles: readonly ArticleSummary[],
  sort: LibrarySort,
  positions: ReadingPositions,
): ArticleSummary[] {
  const byTitle = (a: ArticleSummary, b: ArticleSummary) => collator.compare(a.title, b.title);
  const sorted = [...articles];
  switch (sort) {
    case 'title':
      return sorted.sort(byTitle);
    case 'published':
      // Newest first; undated articles go last rather than pretending a date.
      return sorted.sort(
        (a, b) => dateValue(b.published) - dateValue(a.published) || byTitle(a, b),
      );
    case 'reading-time':
      return sorted.sort((a, b) => a.readingMinutes - b.readingMinutes || byTitle(a, b));
    case 'recent':
      // Most recently read first; never-opened articles follow, by title.
      return sorted.sort(
        (a, b) =>
          dateValue(positions[b.id]?.updatedAt) - dateValue(positions[a.id]?.updatedAt) ||
          byTitle(a, b),
      );
  }
}

function dateValue(iso: string | undefined): number {
  if (!iso) return Number.NEGATIVE_INFINITY;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

export interface TagCount {
  tag: string;
  count: number;
}

/** Tags with how many articles carry them, most used first. */
export function countTags(articles: readonly ArticleSummary[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const tag of article.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag));
}
