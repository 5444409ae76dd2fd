// A loaded Lunr index and the titles needed to name its hits. Pure and
// synchronous: the search worker runs it off the main thread.
import lunr from 'lunr';
import type { SearchResults } from '../../common/api';
import { applyQuery, parseQuery } from './query';

export const MAX_HITS = 50;

export class SearchEngine {
  private constructor(
    private readonly index: lunr.Index,
    private readonly titles: ReadonlyMap<string, string>,
  ) {}

  static load(serialized: object, titles: ReadonlyMap<string, string>): SearchEngine {
    return new SearchEngine(lunr.Index.load(serialized), titles);
  }

  get documents(): number {
    return this.titles.size;
  }

  search(query: string): SearchResults {
    const parsed = parseQuery(query);
    if (parsed.terms.length === 0) return { query, total: 0, hits: [] };
    const results = this.index.query((q) => applyQuery(q, parsed));
    const known = results.filter((r) => this.titles.has(r.ref));
    return {
      query,
      total: known.length,
      hits: known.slice(0, MAX_HITS).map((r) => ({
        articleId: r.ref,
        title: this.titles.get(r.ref) ?? r.ref,
        score: Math.round(r.score * 1000) / 1000,
      })),
    };
  }
}
