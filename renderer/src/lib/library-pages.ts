// The library list as the page holds it: the pages of one query that have
// arrived, fetched as the list scrolls to them. The main process sorts and
// filters the whole collection (common/library.ts); this keeps what it sent,
// asks for what is missing, drops answers to queries no longer shown, and
// starts afresh when the collection behind the answers changes.
import {
  LIBRARY_PAGE_SIZE,
  type CollectionInfo,
  type LanguageCount,
  type LibraryEntry,
  type LibraryPage,
  type LibraryQuery,
  type TagCount,
} from '../../../common/library';
import type { ReaderErrorData } from '../../../common/errors';
import type { LibrarySort } from './settings-options';
import { describeError, logIfUnexpected } from './api';

/** What the reader chose to see: filter words, a tag, a language, an order. */
export interface LibraryFilter {
  text: string;
  tag: string | null;
  language: string | null;
  sort: LibrarySort;
}

export type LibrarySnapshot =
  { state: 'loading' } | { state: 'failed'; error: ReaderErrorData } | LibraryResults;

export interface LibraryResults {
  state: 'ready';
  /** The filter these results answer: while a newer one loads, the older results stay shown. */
  filter: LibraryFilter;
  /** Names filter (text, tag, language, sort) alone: the same key is the same list, in the same order. */
  key: string;
  /** Goes up when the same filter is answered afresh (see readingChanged). */
  revision: number;
  collection: CollectionInfo;
  tags: readonly TagCount[];
  languages: readonly LanguageCount[];
  /** Articles matching the filter, loaded or not. */
  total: number;
  /** The entry at a place in the list, once its page has arrived. */
  entryAt(index: number): LibraryEntry | undefined;
  /** Where an article is in the list, if its page has arrived or the answer located it. */
  indexOf(articleId: string): number | undefined;
}

export interface LibraryPages {
  snapshot(): LibrarySnapshot;
  subscribe(listener: () => void): () => void;
  /**
   * Asks for the first page in the reader's saved order, before the page
   * knows its settings, so the two cross at once; the first setFilter that
   * names that order (no text, no tag) takes it as its answer.
   */
  open(): void;
  /** Shows this filter; `locate` is an article whose place in the new list is wanted. */
  setFilter(filter: LibraryFilter, locate?: string | null): void;
  /** Makes sure the entries at these places in the list are loaded or on their way. */
  ensure(indexes: Iterable<number>): void;
  /**
   * An article was read, so the recently read order is out of date. With that
   * order on screen (someone listening) it is asked for again at once;
   * otherwise the next setFilter with that order asks, even for the filter shown.
   */
  readingChanged(): void;
  /** Forgets every page and shows the list loading until the first page of it arrives again. */
  invalidate(): void;
  /**
   * The collection was rebuilt and reloaded: the list on screen is asked for
   * again and stays shown until the new answer replaces it (as the same list
   * answered afresh, see revision); a library that failed to open tries again.
   */
  collectionReloaded(): void;
}

export interface LibraryPagesOptions {
  fetch: (query: LibraryQuery) => Promise<LibraryPage>;
  /** A later page failed to arrive: the list keeps what it has, and the reader is told. */
  onPageError: (error: ReaderErrorData) => void;
  pageSize?: number;
}

interface ResultSet {
  pageSize: number;
  filter: LibraryFilter;
  key: string;
  revision: number;
  collection: CollectionInfo;
  tags: readonly TagCount[];
  languages: readonly LanguageCount[];
  total: number;
  pages: Map<number, readonly LibraryEntry[]>;
  /** Pages asked for and not yet answered, or answered with an error (not asked again). */
  requested: Set<number>;
  located: { id: string; index: number | null } | null;
}

export function filterKey(filter: LibraryFilter): string {
  return [filter.sort, filter.tag ?? '', filter.language ?? '', filter.text.trim()].join('\u0000');
}

export function createLibraryPages(options: LibraryPagesOptions): LibraryPages {
  const pageSize = options.pageSize ?? LIBRARY_PAGE_SIZE;
  const listeners = new Set<() => void>();
  let shown: ResultSet | null = null;
  let failure: ReaderErrorData | null = null;
  /**
   * The newest filter asked for; answers to any other are dropped. A null
   * filter is the first page in the reader's saved order (open), which a
   * filter set meanwhile may take as its own answer (`adopt`).
   */
  let wanted: {
    filter: LibraryFilter | null;
    key: string | null;
    ticket: number;
    adopt?: { filter: LibraryFilter; locate: string | null | undefined };
  } | null = null;
  let tickets = 0;
  let snapshot: LibrarySnapshot = { state: 'loading' };
  let recentOrderStale = false;
  /** The article last named to setFilter: the one asked for again is located too. */
  let lastLocate: string | null = null;

  function publish() {
    snapshot = shown
      ? results(shown)
      : failure
        ? { state: 'failed', error: failure }
        : { state: 'loading' };
    for (const listener of [...listeners]) listener();
  }

  function queryOf(filter: LibraryFilter, offset: number): LibraryQuery {
    const query: LibraryQuery = { sort: filter.sort, offset, limit: pageSize };
    if (filter.text.trim()) query.text = filter.text;
    if (filter.tag !== null) query.tag = filter.tag;
    if (filter.language !== null) query.language = filter.language;
    return query;
  }

  function requestFirstPage(filter: LibraryFilter | null, locate: string | null | undefined) {
    const ticket = ++tickets;
    const request = { filter, key: filter && filterKey(filter), ticket };
    wanted = request;
    // No filter: no order named, so the main process answers in the reader's.
    const query: LibraryQuery = filter ? queryOf(filter, 0) : { offset: 0, limit: pageSize };
    if (locate) query.locate = locate;
    options.fetch(query).then(
      (page) => {
        if (wanted !== request) return;
        const answered = filter ?? { text: '', tag: null, language: null, sort: page.sort };
        const key = filterKey(answered);
        const adopted = wanted.adopt;
        if (adopted && filterKey(adopted.filter) !== key) {
          // The reader's order changed before the answer came: ask for theirs.
          requestFirstPage(adopted.filter, adopted.locate);
          return;
        }
        const sameList = shown?.key === key;
        shown = {
          pageSize,
          filter: adopted?.filter ?? answered,
          key,
          revision: sameList && shown ? shown.revision + 1 : 0,
          collection: page.collection,
          tags: page.tags,
          languages: page.languages,
          total: page.total,
          pages: new Map([[0, page.entries]]),
          requested: new Set([0]),
          located: locate ? { id: locate, index: page.located ?? null } : null,
        };
        wanted = { filter: shown.filter, key, ticket };
        failure = null;
        publish();
      },
      (error: unknown) => {
        if (wanted !== request) return;
        logIfUnexpected(error);
        const described = describeError(error);
        // With a list on screen, keep it and say what failed; with none, the library failed.
        if (shown) options.onPageError(described);
        else failure = described;
        // Asking for the same filter again tries again.
        wanted = null;
        publish();
      },
    );
  }

  function requestPage(set: ResultSet, page: number) {
    set.requested.add(page);
    options.fetch(queryOf(set.filter, page * pageSize)).then(
      (answer) => {
        if (shown !== set) return;
        if (answer.collection.contentHash !== set.collection.contentHash) {
          // The collection changed under the list: its pages no longer fit together.
          invalidate();
          return;
        }
        set.pages.set(page, answer.entries);
        publish();
      },
      (error: unknown) => {
        if (shown !== set) return;
        logIfUnexpected(error);
        options.onPageError(describeError(error));
      },
    );
  }

  function invalidate() {
    const filter = wanted?.filter ?? shown?.filter;
    shown = null;
    failure = null;
    publish();
    if (filter) requestFirstPage(filter, null);
  }

  return {
    snapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    open() {
      if (wanted || shown || failure) return;
      requestFirstPage(null, null);
    },
    setFilter(filter, locate) {
      lastLocate = locate ?? null;
      const key = filterKey(filter);
      if (filter.sort === 'recent' && recentOrderStale) {
        recentOrderStale = false;
        requestFirstPage(filter, locate);
        return;
      }
      if (
        wanted &&
        wanted.filter === null &&
        !filter.text.trim() &&
        filter.tag === null &&
        filter.language === null
      ) {
        // Opening in the reader's order: that answer will do, if the order is this one.
        wanted.adopt = { filter, locate };
        return;
      }
      if (shown?.key === key) {
        // Back to what is shown before the newer answer came: that answer is dropped.
        wanted = { filter, key, ticket: ++tickets };
        // An article the shown list cannot place is asked for (the list was
        // opened before anyone named it).
        const placed = !locate || shown.located?.id === locate || findLoaded(shown, locate) >= 0;
        if (!placed) requestFirstPage(filter, locate);
        return;
      }
      if (wanted?.key === key) return;
      requestFirstPage(filter, locate);
    },
    ensure(indexes) {
      const set = shown;
      if (!set) return;
      for (const index of indexes) {
        if (!Number.isInteger(index) || index < 0 || index >= set.total) continue;
        const page = Math.floor(index / pageSize);
        if (!set.requested.has(page)) requestPage(set, page);
      }
    },
    readingChanged() {
      const filter = wanted?.filter ?? shown?.filter;
      if (filter?.sort === 'recent' && listeners.size > 0) requestFirstPage(filter, lastLocate);
      else recentOrderStale = true;
    },
    invalidate,
    collectionReloaded() {
      const filter = wanted ? wanted.filter : (shown?.filter ?? null);
      if (filter) {
        requestFirstPage(filter, lastLocate);
        return;
      }
      // Still opening in the reader's order (or failed to): ask again, keeping
      // a filter set meanwhile as the one the answer is for.
      const adopt = wanted?.adopt;
      if (!wanted && !failure) return;
      failure = null;
      publish();
      requestFirstPage(null, null);
      if (adopt && wanted) wanted.adopt = adopt;
    },
  };
}

function results(set: ResultSet): LibraryResults {
  return {
    state: 'ready',
    filter: set.filter,
    key: set.key,
    revision: set.revision,
    collection: set.collection,
    tags: set.tags,
    languages: set.languages,
    total: set.total,
    entryAt(index) {
      return set.pages.get(Math.floor(index / set.pageSize))?.[index % set.pageSize];
    },
    indexOf(articleId) {
      const loaded = findLoaded(set, articleId);
      if (loaded >= 0) return loaded;
      if (set.located?.id === articleId && set.located.index !== null) return set.located.index;
      return undefined;
    },
  };
}

/** The article's place among the pages that have arrived, or -1. */
function findLoaded(set: ResultSet, articleId: string): number {
  for (const [page, entries] of set.pages) {
    const at = entries.findIndex((entry) => entry.id === articleId);
    if (at >= 0) return page * set.pageSize + at;
  }
  return -1;
}
