// The library list over a whole collection, built once per manifest: each
// article's list entry, its text folded for the filter, the orders the list
// can be sorted in and the tag and language counts. A query walks an order
// and keeps what matches, so a page is right for the whole collection
// however little of it the page has loaded (common/library.ts).
import type { Manifest } from '../../common/collection';
import {
  LIBRARY_PAGE_SIZE,
  type CollectionInfo,
  type LanguageCount,
  type LibraryEntry,
  type LibraryPage,
  type LibraryQuery,
  type LibrarySort,
  type TagCount,
} from '../../common/library';
import type { ArticleSummary } from '../../common/model';
import type { StoredReadingPosition } from '../../common/settings';

/** When each article was last read, by article id (the reading positions store). */
export type ReadingTimes = Readonly<Record<string, Pick<StoredReadingPosition, 'updatedAt'>>>;

export interface LibraryIndex {
  readonly collection: CollectionInfo;
  readonly tags: TagCount[];
  readonly languages: LanguageCount[];
  /** `readingTimes` orders the 'recent' sort; the other sorts ignore it. */
  query(query: LibraryQuery, readingTimes: ReadingTimes): LibraryPage;
  /**
   * Folds the filter text of up to `count` more articles; true once all are.
   * A filter folds whatever is left itself, so this only takes that work off
   * the first keystroke (60 ms at 10,000 articles).
   */
  prepareFilter(count: number): boolean;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
/** Anything but printable ASCII and white space may carry an accent to fold. */
const MAY_NEED_FOLDING = /[^ -~\s]/u;

/** Lower case, accents removed: "Émile" is found by typing "emile". */
export function foldForMatching(text: string): string {
  // Most text is ASCII, and decomposing it is most of the cost at 10,000 articles.
  if (!MAY_NEED_FOLDING.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a filter, folded: every one must occur in an article's text. */
export function filterWords(text: string): string[] {
  return foldForMatching(text).split(/\s+/u).filter(Boolean);
}

/** The text a filter looks through: what the card shows, in one folded string. */
export function filterableText(entry: LibraryEntry): string {
  return foldForMatching(
    [entry.title, entry.byline, entry.source, entry.summary, ...entry.tags]
      .filter(Boolean)
      .join('\n'),
  );
}

export function listEntry(article: ArticleSummary): LibraryEntry {
  const entry: LibraryEntry = {
    id: article.id,
    title: article.title,
    language: article.language,
    tags: article.tags,
    summary: article.summary,
    readingMinutes: article.readingMinutes,
  };
  // Absent stays absent: no undefined-valued keys to carry across.
  if (article.byline !== undefined) entry.byline = article.byline;
  if (article.source !== undefined) entry.source = article.source;
  if (article.published !== undefined) entry.published = article.published;
  return entry;
}

export function buildLibraryIndex(manifest: Manifest): LibraryIndex {
  const entries = manifest.articles.map(listEntry);
  const positionOf = new Map(entries.map((entry, index) => [entry.id, index]));
  const collection: CollectionInfo = {
    title: manifest.title,
    articleCount: entries.length,
    wordCount: manifest.wordCount,
    builtAt: manifest.builtAt,
    contentHash: manifest.contentHash,
  };
  const tags = countTags(entries);
  const languages = countLanguages(entries);

  const folded: string[] = [];
  function foldMore(count: number): boolean {
    const end = Math.min(entries.length, folded.length + count);
    for (let index = folded.length; index < end; index++)
      folded.push(filterableText(entries[index]!));
    return folded.length === entries.length;
  }
  function foldedTexts(): readonly string[] {
    foldMore(entries.length);
    return folded;
  }

  const byTitle = (a: number, b: number) =>
    collator.compare(entries[a]!.title, entries[b]!.title) || a - b;
  const titleOrder = entries.map((_, index) => index).sort(byTitle);
  const titleRank = new Int32Array(entries.length);
  titleOrder.forEach((index, rank) => (titleRank[index] = rank));
  const publishedTime = entries.map((entry) => dateValue(entry.published));

  const fixedOrders = new Map<LibrarySort, readonly number[]>([['title', titleOrder]]);
  function order(sort: LibrarySort, readingTimes: ReadingTimes): readonly number[] {
    if (sort === 'recent') return recentOrder(readingTimes);
    let known = fixedOrders.get(sort);
    if (!known) {
      const ranked = [...titleOrder];
      known =
        sort === 'published'
          ? // Newest first; undated articles go last rather than pretending a date.
            ranked.sort(
              (a, b) => publishedTime[b]! - publishedTime[a]! || titleRank[a]! - titleRank[b]!,
            )
          : ranked.sort(
              (a, b) =>
                entries[a]!.readingMinutes - entries[b]!.readingMinutes ||
                titleRank[a]! - titleRank[b]!,
            );
      fixedOrders.set(sort, known);
    }
    return known;
  }

  /** Most recently read first; never-opened articles follow, by title. */
  function recentOrder(readingTimes: ReadingTimes): number[] {
    const read: Array<{ index: number; time: number }> = [];
    for (const [id, place] of Object.entries(readingTimes)) {
      const index = positionOf.get(id);
      if (index !== undefined) read.push({ index, time: dateValue(place.updatedAt) });
    }
    read.sort((a, b) => b.time - a.time || titleRank[a.index]! - titleRank[b.index]!);
    const seen = new Set(read.map((r) => r.index));
    return [...read.map((r) => r.index), ...titleOrder.filter((index) => !seen.has(index))];
  }

  // The last answer's matches, so paging through one query filters once, and
  // typing on narrows what the last keystroke matched instead of the whole
  // collection: an article with every new word has every old one, when each
  // old word is inside a new one.
  let last:
    | {
        sort: LibrarySort;
        tag: string | null;
        language: string | null;
        words: string[];
        readingTimes: ReadingTimes | null;
        matches: readonly number[];
      }
    | undefined;
  function matching(
    sort: LibrarySort,
    tag: string | null,
    language: string | null,
    words: string[],
    readingTimes: ReadingTimes,
  ): readonly number[] {
    const times = sort === 'recent' ? readingTimes : null;
    const sameList =
      last &&
      last.sort === sort &&
      last.tag === tag &&
      last.language === language &&
      last.readingTimes === times;
    if (sameList && last!.words.join(' ') === words.join(' ')) return last!.matches;
    const narrows =
      sameList && last!.words.every((old) => words.some((word) => word.includes(old)));
    const candidates = narrows ? last!.matches : order(sort, readingTimes);
    const texts = words.length > 0 ? foldedTexts() : [];
    const matches =
      tag === null && language === null && words.length === 0
        ? candidates
        : candidates.filter(
            (index) =>
              (tag === null || entries[index]!.tags.includes(tag)) &&
              (language === null || entries[index]!.language === language) &&
              words.every((word) => texts[index]!.includes(word)),
          );
    last = { sort, tag, language, words, readingTimes: times, matches };
    return matches;
  }

  return {
    collection,
    tags,
    languages,
    prepareFilter: foldMore,
    query(query, readingTimes) {
      const sort = query.sort ?? 'title';
      const matches = matching(
        sort,
        query.tag ?? null,
        query.language ?? null,
        filterWords(query.text ?? ''),
        readingTimes,
      );
      const offset = query.offset ?? 0;
      const limit = query.limit ?? LIBRARY_PAGE_SIZE;
      const page: LibraryPage = {
        collection,
        tags,
        languages,
        sort,
        total: matches.length,
        offset,
        entries: matches.slice(offset, offset + limit).map((index) => entries[index]!),
      };
      if (query.locate !== undefined) {
        const index = positionOf.get(query.locate);
        const located = index === undefined ? -1 : matches.indexOf(index);
        page.located = located < 0 ? null : located;
      }
      return page;
    },
  };
}

/** Tags with how many articles carry them, most used first. */
function countTags(entries: readonly LibraryEntry[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag));
}

/**
 * The languages articles are written in, with how many are, most first.
 * The tags are the articles' own ("zh-Hans" and a page's "zh-CN" are two):
 * the filter keeps to what the collection says rather than guessing which
 * tags a reader would count as one language.
 */
function countLanguages(entries: readonly LibraryEntry[]): LanguageCount[] {
  const counts = new Map<string, number>();
  for (const { language } of entries) counts.set(language, (counts.get(language) ?? 0) + 1);
  return [...counts]
    .map(([language, count]) => ({ language, count }))
    .sort((a, b) => b.count - a.count || (a.language < b.language ? -1 : 1));
}

function dateValue(iso: string | undefined): number {
  if (!iso) return Number.NEGATIVE_INFINITY;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}
