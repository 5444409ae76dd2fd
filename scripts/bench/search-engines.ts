// The engines `npm run bench:search` compares, behind one small interface:
// build an index from articles into bytes, load those bytes, answer a query.
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';
import type { Article } from '../../common/model';
import { articleTextsFromDir } from '../../main/search/article-texts';
import { buildSearchIndex } from '../../main/search/build-index';
import { CompactIndex } from '../../main/search/compact-index';
import { SearchEngine } from '../../main/search/search-engine';
import type { BenchQuery } from './search-queries';

export const ENGINE_NAMES = ['project', 'lunr-baseline', 'minisearch', 'flexsearch'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export interface BenchEngine {
  build(articles: readonly Article[], contentHash: string): Promise<Uint8Array>;
  /** From the saved bytes to something that answers; the bench times this plus the first query. */
  load(bytes: Uint8Array, contentDir: string): Searcher;
}

export interface Searcher {
  /** Answers one query; returns how many results it found. */
  search(query: BenchQuery): number;
}

const bodyOf = (a: Article) => a.blocks.map((b) => b.text).join('\n');
const utf8 = (text: string) => new TextEncoder().encode(text);
const fromUtf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The words of a query without the project's syntax, for engines that have none. */
function plainWords(query: BenchQuery): string[] {
  return query.text.replace(/["]/g, ' ').split(/\s+/).filter(Boolean);
}

const project: BenchEngine = {
  async build(articles, contentHash) {
    return buildSearchIndex(articles, contentHash);
  },
  load(bytes, contentDir) {
    const engine = new SearchEngine(new CompactIndex(bytes), articleTextsFromDir(contentDir));
    // As the app's worker does before it reports ready (counted in load time).
    engine.warmUp();
    // The whole call the app makes: ranking, passages and snippets.
    return { search: (q) => engine.search(q.text).hits.length };
  },
};

const LUNR_FIELDS = { title: 10, tags: 5, body: 1 };

/**
 * Lunr used the usual way, the baseline the search targets are set against:
 * whole articles, term positions kept for highlighting, JSON.stringify to
 * save and lunr.Index.load(JSON.parse(...)) to load, queries through Lunr's
 * parser.
 */
const lunrBaseline: BenchEngine = {
  async build(articles) {
    const index = lunr(function () {
      this.ref('id');
      for (const [field, boost] of Object.entries(LUNR_FIELDS)) this.field(field, { boost });
      this.metadataWhitelist = ['position'];
      for (const a of articles) {
        this.add({ id: a.id, title: a.title, tags: a.tags.join(' '), body: bodyOf(a) });
      }
    });
    return utf8(JSON.stringify(index));
  },
  load(bytes) {
    const index = lunr.Index.load(JSON.parse(fromUtf8(bytes)));
    return {
      search(q) {
        const words = plainWords(q);
        const text =
          q.kind === 'prefix'
            ? words.map((w, i) => (i === words.length - 1 ? `${w}*` : w)).join(' ')
            : q.kind === 'typo'
              ? words.map((w) => `${w}~1`).join(' ')
              : q.kind === 'phrase'
                ? words.map((w) => `+${w}`).join(' ')
                : words.join(' ');
        try {
          return index.search(text).length;
        } catch {
          return 0; // Lunr's parser rejects some input; the project's query builder never does.
        }
      },
    };
  },
};

const MINISEARCH_OPTIONS = {
  fields: ['title', 'tags', 'body'],
  searchOptions: { boost: { title: 10, tags: 5 } },
};

const minisearch: BenchEngine = {
  async build(articles) {
    const index = new MiniSearch(MINISEARCH_OPTIONS);
    index.addAll(
      articles.map((a) => ({ id: a.id, title: a.title, tags: a.tags.join(' '), body: bodyOf(a) })),
    );
    return utf8(JSON.stringify(index));
  },
  load(bytes) {
    const index = MiniSearch.loadJSON(fromUtf8(bytes), MINISEARCH_OPTIONS);
    return {
      search(q) {
        const words = plainWords(q);
        return index.search(words.join(' '), {
          prefix:
            q.kind === 'prefix'
              ? (_term: string, i: number, terms: string[]) => i === terms.length - 1
              : false,
          fuzzy: q.kind === 'typo' ? 0.2 : false,
          combineWith: q.kind === 'phrase' ? 'AND' : 'OR',
        }).length;
      },
    };
  },
};

const FLEX_OPTIONS = {
  // "forward" indexes every word's prefixes: FlexSearch's way to answer as-you-type queries.
  tokenize: 'forward' as const,
  document: { id: 'id', index: ['title', 'tags', 'body'] },
};

const flexsearch: BenchEngine = {
  async build(articles) {
    const index = new FlexSearch.Document(FLEX_OPTIONS);
    for (const a of articles)
      index.add({ id: a.id, title: a.title, tags: a.tags.join(' '), body: bodyOf(a) });
    const parts: Record<string, string> = {};
    await index.export((key: string, data: string) => {
      parts[key] = data;
    });
    return utf8(JSON.stringify(parts));
  },
  load(bytes) {
    const index = new FlexSearch.Document(FLEX_OPTIONS);
    for (const [key, data] of Object.entries(
      JSON.parse(fromUtf8(bytes)) as Record<string, string>,
    )) {
      index.import(key, data);
    }
    return {
      search(q) {
        const results = index.search(plainWords(q).join(' '), {
          limit: 100,
          suggest: q.kind === 'typo',
        });
        const ids = new Set<unknown>();
        for (const field of results as Array<{ result: unknown[] }>)
          for (const id of field.result) ids.add(id);
        return ids.size;
      },
    };
  },
};

export const ENGINES: Record<EngineName, BenchEngine> = {
  project,
  'lunr-baseline': lunrBaseline,
  minisearch,
  flexsearch,
};
