// A loaded index and the article text it points into: ranks with Lunr, then
// finds passages and snippets in the best articles. Pure and synchronous;
// the search worker runs it off the main thread.
import {
  MAX_SEARCH_LIMIT,
  type ArticleMatches,
  type SearchHit,
  type SearchResults,
} from '../../common/api';
import type { ArticleTexts } from './article-texts';
import type { CompactIndex } from './compact-index';
import { matchNotes, type NotesSource } from './notes';
import { findAllMatches, findPassages, MAX_PASSAGES, type MatchTarget } from './passages';
import { hasPositiveTerms, parseQuery, type ParsedQuery } from './query';
import { canRetryWithTypos, rankDocuments, type Ranking, type RankedDoc } from './ranking';
import { analyzer } from './languages';
import { isSegmented } from './words';

/** Articles in one answer: a screenful; the reader asks for more when wanted. */
export const DEFAULT_LIMIT = 10;
/** With phrases, candidates are checked against their text: at most this many per query. */
const PHRASE_CHECK_BUDGET = 60;
/** Segmented words whose articles are remembered (as-you-type asks for the same ones again). */
const REMEMBERED_SEQUENCES = 64;

export interface SearchOptions {
  limit?: number;
}

export interface EngineOptions {
  log?: (message: string) => void;
  /** The reader's highlight notes, searched beside the text (see notes.ts). */
  notes?: NotesSource;
}

export class SearchEngine {
  private readonly docByArticle: ReadonlyMap<string, number>;

  private readonly log: (message: string) => void;
  private readonly notes: NotesSource | undefined;
  /** Per segmented word, per document: does its text hold the word? */
  private readonly holdings = new Map<string, Map<number, boolean>>();

  constructor(
    private readonly index: CompactIndex,
    private readonly texts: ArticleTexts,
    options: EngineOptions = {},
  ) {
    this.log = options.log ?? ((m) => console.warn(m));
    this.notes = options.notes;
    this.docByArticle = new Map(index.docs.map((d, n) => [d.id, n]));
  }

  /**
   * Runs a few searches over the index's most common term, so the first
   * query the reader types does not pay for compiling the search code:
   * ranking, completions, the typo retry and passage scanning all run once.
   */
  warmUp(): void {
    let common = 0;
    for (let rank = 1; rank < this.index.termCount; rank++) {
      if (this.index.postingBytes(rank) > this.index.postingBytes(common)) common = rank;
    }
    const term = this.index.dictionary.terms[common];
    if (!term) return;
    for (const query of [
      term,
      term.slice(0, 2),
      `${term} ${term}x`,
      `"${term} ${term}"`,
      'qqxqzq',
    ]) {
      this.search(query);
    }
  }

  get documents(): number {
    return this.index.docs.length;
  }

  search(query: string, options: SearchOptions = {}): SearchResults {
    const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, MAX_SEARCH_LIMIT));
    const parsed = parseQuery(query);
    const empty: SearchResults = {
      query,
      total: 0,
      totalIsLowerBound: false,
      typoTolerant: false,
      hits: [],
    };
    if (!hasPositiveTerms(parsed)) {
      return parsed.tags.length > 0 ? this.listTagged(query, parsed, limit) : empty;
    }
    const needsText = parsed.phrases.length > 0 || parsed.excludedPhrases.length > 0;
    // Only the articles this call looks at need Lunr's ranking; the rest are counted.
    const wanted = needsText ? Math.max(limit, PHRASE_CHECK_BUDGET) : limit;
    const { ranking, typoTolerant } = this.rank(parsed, wanted);
    const { ranked } = ranking;

    const hits: SearchHit[] = [];
    let checked = 0;
    for (const candidate of ranked) {
      if (hits.length >= limit || (needsText && checked >= PHRASE_CHECK_BUDGET)) break;
      checked++;
      const hit = this.hitFor(candidate, parsed);
      if (hit) hits.push(hit);
    }
    const unchecked = ranking.total - checked;
    const noteOnly = this.addNotePassages(hits, ranking, parsed, limit);
    return {
      query,
      // With phrases only checked articles count; more may match among the unchecked.
      total: (needsText ? hits.length - noteOnly : ranking.total) + noteOnly,
      totalIsLowerBound: needsText && unchecked > 0,
      typoTolerant,
      hits,
    };
  }

  /**
   * Puts matching notes first among their article's passages, and lists
   * articles that match only through a note after the others. Returns how
   * many such note-only articles were added.
   */
  private addNotePassages(
    hits: SearchHit[],
    ranking: Ranking,
    parsed: ParsedQuery,
    limit: number,
  ): number {
    const notes = this.notes?.notes() ?? [];
    if (notes.length === 0) return 0;
    const byArticle = matchNotes(notes, parsed, {
      all: this.index.languages,
      of: (articleId) => {
        const doc = this.docByArticle.get(articleId);
        return doc === undefined ? this.index.languages[0]! : this.index.languageOf(doc);
      },
    });
    let added = 0;
    for (const [articleId, { passages, more }] of byArticle) {
      const moreNotes = more > 0 ? { moreNotes: more } : {};
      const hit = hits.find((h) => h.articleId === articleId);
      if (hit) {
        hit.passages = [...passages, ...hit.passages].slice(0, MAX_PASSAGES + passages.length);
        Object.assign(hit, moreNotes);
      } else {
        const doc = this.docByArticle.get(articleId);
        if (doc === undefined || ranking.matches(doc)) continue;
        added++;
        if (hits.length < limit) {
          const title = this.index.docs[doc]!.title;
          hits.push({ articleId, title, score: 0, passages, ...moreNotes });
        }
      }
    }
    return added;
  }

  /** Every match of the query in one article, for marking and stepping through in the reader. */
  searchInArticle(articleId: string, query: string): ArticleMatches {
    const none: ArticleMatches = { articleId, query, matches: [] };
    const doc = this.docByArticle.get(articleId);
    const parsed = parseQuery(query);
    if (doc === undefined || !hasPositiveTerms(parsed)) return none;
    const found = this.rank(parsed).ranking.ranked.find((r) => r.doc === doc);
    if (!found) return none;
    return {
      articleId,
      query,
      matches: findAllMatches(this.texts.get(articleId), targetOf(this.index, found, parsed)),
    };
  }

  /** Ranks the matches; with `wanted`, only that many of the best need to be in order. */
  private rank(parsed: ParsedQuery, wanted?: number): { ranking: Ranking; typoTolerant: boolean } {
    const options = {
      holds: (doc: number, word: string) => this.holds(doc, word),
      ...(wanted !== undefined && { wanted }),
      ...(parsed.tags.length > 0 && {
        allowed: (doc: number) => hasTags(this.index.docs[doc]!.tags, parsed.tags),
      }),
    };
    let ranking = rankDocuments(this.index, parsed, false, options);
    if (ranking.total > 0 || !canRetryWithTypos(parsed)) return { ranking, typoTolerant: false };
    ranking = rankDocuments(this.index, parsed, true, options);
    return { ranking, typoTolerant: ranking.total > 0 };
  }

  /**
   * Whether an article's title, tags or text hold a segmented word, read from
   * its text (ranking.ts asks for the few articles that hold every pair of
   * the word's characters). An article that cannot be read counts: its hit
   * says why (hitFor).
   */
  private holds(doc: number, word: string): boolean {
    let byDoc = this.holdings.get(word);
    if (byDoc) {
      this.holdings.delete(word);
    } else {
      if (this.holdings.size >= REMEMBERED_SEQUENCES) {
        this.holdings.delete(this.holdings.keys().next().value as string);
      }
      byDoc = new Map();
    }
    this.holdings.set(word, byDoc);
    let held = byDoc.get(doc);
    if (held === undefined) {
      const { id, title, tags } = this.index.docs[doc]!;
      const has = (text: string) => text.toLowerCase().includes(word);
      try {
        held = has(title) || tags.some(has) || this.texts.get(id).blocks.some((b) => has(b.text));
      } catch {
        held = true;
      }
      byDoc.set(doc, held);
    }
    return held;
  }

  /** The hit for a ranked document, or undefined when its text fails a phrase condition. */
  private hitFor(candidate: RankedDoc, parsed: ParsedQuery): SearchHit | undefined {
    const doc = this.index.docs[candidate.doc]!;
    const hit: SearchHit = {
      articleId: doc.id,
      title: doc.title,
      score: Math.round(candidate.score * 1000) / 1000,
      passages: [],
    };
    let scan;
    try {
      scan = findPassages(this.texts.get(doc.id), targetOf(this.index, candidate, parsed), {
        enoughDistinct: candidate.coverage,
      });
    } catch (error) {
      // The ranking stands; only the passages are missing. Say why, once per query.
      this.log(`Search could not read the text of "${doc.id}": ${(error as Error).message}`);
      return parsed.phrases.length > 0 ? undefined : hit;
    }
    const required = parsed.phrases.length;
    if (scan.phrasesFound.slice(0, required).some((found) => !found)) return undefined;
    if (scan.phrasesFound.slice(required).some((found) => found)) return undefined;
    hit.passages = scan.passages;
    return hit;
  }

  private listTagged(query: string, parsed: ParsedQuery, limit: number): SearchResults {
    const tagged = this.index.docs
      .filter((d) => hasTags(d.tags, parsed.tags))
      .sort((a, b) => a.title.localeCompare(b.title));
    return {
      query,
      total: tagged.length,
      totalIsLowerBound: false,
      typoTolerant: false,
      hits: tagged
        .slice(0, limit)
        .map((d) => ({ articleId: d.id, title: d.title, score: 0, passages: [] })),
    };
  }
}

/** What to look for in a document's text: the terms it matched, the phrases asked for or against. */
function targetOf(index: CompactIndex, candidate: RankedDoc, parsed: ParsedQuery): MatchTarget {
  const language = index.languageOf(candidate.doc);
  const stem = (word: string) => analyzer(language).stem(word);
  // A phrase's words are marked where the phrase is, not wherever they occur alone.
  const single = new Set([...parsed.words, ...parsed.titleWords].map(stem));
  const phraseOnly = new Set(
    parsed.phrases
      .flat()
      .map(stem)
      .filter((s) => !single.has(s)),
  );
  // A segmented word is marked where its characters are, not where the words it was cut into are.
  return {
    stems: new Set(candidate.matchedTerms.filter((t) => !phraseOnly.has(t) && !isSegmented(t))),
    sequences: new Set([...parsed.words, ...parsed.titleWords].filter(isSegmented)),
    phrases: [...parsed.phrases, ...parsed.excludedPhrases],
    excludedPhrases: parsed.excludedPhrases.length,
    language,
  };
}

const tagKey = (tag: string) =>
  tag
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

function hasTags(tags: readonly string[], wanted: readonly string[]): boolean {
  const own = new Set(tags.map(tagKey));
  return wanted.every((t) => own.has(tagKey(t)));
}
