// Turns a parsed query into Lunr clauses (built in code: Lunr's own query
// parser is never given user input) and ranks the matching documents.
import lunr from 'lunr';
import { planCandidates } from './candidates';
import type { CompactIndex } from './compact-index';
import type { ParsedQuery } from './query';
import { typoCorrections } from './typos';
import { WORD_FIELDS } from './build-index';
import { analyzer, termsInLanguages } from './languages';
import { gramsOf, isSegmented, segmentsOf } from './words';

/** As-you-type: at most this many completions of the word being typed... */
const MAX_COMPLETIONS = 16;
/** ...or this many when what has been typed is already a whole indexed word. */
const MAX_COMPLETIONS_OF_WHOLE_WORD = 4;
/**
 * ...and at most this much posting data in all (bytes) per letter typed, so
 * one or two letters (thousands of completions, few of them meant) stay fast.
 */
const COMPLETION_BUDGET_PER_LETTER = 8 * 1024;
const MAX_COMPLETION_BUDGET = 40 * 1024;
/** Typo tolerance only for words long enough that one edit leaves them recognisable. */
const MIN_TYPO_WORD_LENGTH = 4;
/** Lunr builds an automaton per fuzzy word; a pasted 2,000-letter "word" must not cost seconds. */
const MAX_TYPO_WORD_LENGTH = 40;
/** Corrections tried per word besides Lunr's own edit distance on the stem. */
const MAX_CORRECTIONS = 8;

export interface RankedDoc {
  doc: number;
  score: number;
  /** Distinct query words (or phrase words) the document matched. */
  coverage: number;
  /** The index terms that matched this document: what the passage finder looks for. */
  matchedTerms: string[];
}

interface Clause {
  term: string;
  group?: number;
  boost: number;
  presence?: lunr.Query.presence;
  fields?: string[];
  editDistance?: number;
}

export interface Ranking {
  /**
   * Best first. With `wanted`, at least the first `wanted` of all matches
   * (fewer only when fewer match); otherwise every match.
   */
  ranked: RankedDoc[];
  /** How many documents match in all. */
  total: number;
  /** Does this document match (ranked or not)? */
  matches(doc: number): boolean;
}

/**
 * A word of a segmented script (Chinese, Japanese, Korean, Thai) is a
 * sequence of characters: an article holds it when its text has those
 * characters in that order, however the segmenter cut the text there
 * ("本文档" is cut 本文|档, and still holds 文档). Which articles do is read
 * from the grams field (every character and adjacent pair of such runs):
 * those holding all of the word's grams. For one or two characters that is
 * exact; for longer words it is the articles holding every pair, which in
 * practice are the ones holding the word (passages.ts finds where).
 * Lunr scores the word through the words the segmenter cuts it into, and
 * through its grams (so an article whose text was cut otherwise still scores).
 */
export interface Sequences {
  /** Per query-word group: 1 for the documents holding the sequence. */
  holding: ReadonlyMap<number, Uint8Array>;
  /** Documents left out or required by segmented words (-word, title:word). */
  allowed?: (doc: number) => boolean;
}

export interface RankOptions {
  /** How many of the best matches the caller will look at; others need not be ranked. */
  wanted?: number;
  /** A further condition on documents (tags). */
  allowed?: (doc: number) => boolean;
  /**
   * Does the document's text hold this segmented word? Asked only for words
   * of three or more characters, whose grams can all be in an article that
   * lacks the word; without it those articles count too.
   */
  holds?: (doc: number, word: string) => boolean;
}

export function rankDocuments(
  index: CompactIndex,
  parsed: ParsedQuery,
  typos: boolean,
  options: RankOptions = {},
): Ranking {
  const { clauses, sequences } = buildClauses(index, parsed, typos, options.holds);
  const { wanted } = options;
  const allowed = both(options.allowed, sequences.allowed);
  if (!clauses.some((c) => c.presence !== lunr.Query.presence.PROHIBITED)) {
    return { ranked: [], total: 0, matches: () => false };
  }
  const plan =
    wanted === undefined
      ? undefined
      : planCandidates(index, clauses, wanted, allowed, sequences.holding);
  if (plan?.total === 0) return { ranked: [], total: 0, matches: () => false };
  let ranked = runLunr(
    index,
    plan ? withoutFuzzy(clauses, plan.expanded) : clauses,
    typos,
    plan?.candidates,
    sequences.holding,
  );
  if (allowed) ranked = ranked.filter((r) => allowed(r.doc));
  if (plan) return { ranked, total: plan.total, matches: (doc) => plan.matching[doc] === 1 };
  const docs = new Set(ranked.map((r) => r.doc));
  return { ranked, total: ranked.length, matches: (doc) => docs.has(doc) };
}

/**
 * An optional typo clause ranks as the optional clauses of the terms it
 * expands to, each with its boost (Lunr adds a term per expansion to the
 * query vector either way). The plan has expanded them already: Lunr need
 * not walk the dictionary with its edit automaton a second time. Such terms
 * keep no group, as before. Required typo clauses (title:) stay as they are:
 * there, any one expansion satisfies the clause.
 */
function withoutFuzzy(clauses: readonly Clause[], expanded: readonly string[][]): Clause[] {
  return clauses.flatMap((c, i) =>
    c.editDistance && c.presence === lunr.Query.presence.OPTIONAL
      ? expanded[i]!.map((term) => ({
          term,
          boost: c.boost,
          presence: c.presence,
          ...(c.fields && { fields: c.fields }),
        }))
      : [c],
  );
}

function both(
  a: ((doc: number) => boolean) | undefined,
  b: ((doc: number) => boolean) | undefined,
): ((doc: number) => boolean) | undefined {
  return a && b ? (doc) => a(doc) && b(doc) : (a ?? b);
}

function runLunr(
  index: CompactIndex,
  clauses: readonly Clause[],
  typos: boolean,
  only: Uint8Array | undefined,
  holding: ReadonlyMap<number, Uint8Array>,
): RankedDoc[] {
  const groupOf = new Map<string, number>();
  for (const c of clauses)
    if (c.group !== undefined && !c.editDistance) groupOf.set(c.term, c.group);

  const results = index.query((query) => {
    for (const c of clauses) {
      query.term(c.term, {
        usePipeline: false,
        boost: c.boost,
        ...(c.presence !== undefined && { presence: c.presence }),
        ...(c.fields && { fields: c.fields }),
        ...(c.editDistance && { editDistance: c.editDistance }),
      });
    }
  }, only);

  let unknownGroup = 1_000_000;
  const groups = new Set(groupOf.values()).size;
  // One word (with its completions): every match covers it, Lunr's order stands.
  if (groups <= 1 && !typos && holding.size === 0) {
    return results.map((r) => ({
      doc: Number(r.ref),
      score: r.score,
      coverage: 1,
      matchedTerms: Object.keys(r.matchData.metadata),
    }));
  }
  return results
    .map((r) => {
      const doc = Number(r.ref);
      const matchedTerms = Object.keys(r.matchData.metadata);
      // A term found through a typo belongs to no one word; count it on its own.
      // A segmented word counts where its sequence is, not wherever one of its terms is.
      const covered = new Set<number>();
      for (const t of matchedTerms) {
        const group = groupOf.get(t) ?? unknownGroup++;
        if (!holding.has(group)) covered.add(group);
      }
      for (const [group, docs] of holding) if (docs[doc]) covered.add(group);
      return { doc, score: r.score, coverage: covered.size, matchedTerms };
    })
    .filter((r) => r.coverage > 0)
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score || a.doc - b.doc);
}

/** Typo tolerance is for words of alphabets: one edit on a Chinese word is another word. */
const typoTolerable = (w: string) =>
  w.length >= MIN_TYPO_WORD_LENGTH && w.length <= MAX_TYPO_WORD_LENGTH && !isSegmented(w);

export function canRetryWithTypos(parsed: ParsedQuery): boolean {
  return [...parsed.words, ...parsed.titleWords].some(typoTolerable);
}

/** The documents holding the segmented word (see Sequences), as 1s. */
function documentsHolding(
  index: CompactIndex,
  word: string,
  holds: RankOptions['holds'],
): Uint8Array {
  const grams = gramsOf(word);
  const field = index.fields.indexOf('grams');
  const count = new Uint8Array(index.docs.length);
  const holding = new Uint8Array(index.docs.length);
  if (field < 0) return holding;
  grams.forEach((gram, g) => {
    const docs = index.termPostings(gram)?.docs[field];
    if (docs) for (const doc of docs) if (count[doc] === g) count[doc] = g + 1;
  });
  const exact = [...word].length <= 2 || !holds;
  for (let doc = 0; doc < count.length; doc++) {
    if (count[doc] === grams.length && (exact || holds(doc, word))) holding[doc] = 1;
  }
  return holding;
}

/** 1 for the documents holding any of the terms in any of the fields. */
function documentsWithAny(
  index: CompactIndex,
  terms: readonly string[],
  fields: readonly string[],
): Uint8Array {
  const holders = new Uint8Array(index.docs.length);
  const numbers = fields.map((f) => index.fields.indexOf(f)).filter((f) => f >= 0);
  for (const term of terms) {
    const decoded = index.termPostings(term);
    if (decoded) for (const f of numbers) for (const doc of decoded.docs[f]!) holders[doc] = 1;
  }
  return holders;
}

/** Lunr clauses that score a segmented word: the words it is cut into, and its grams. */
function sequenceClauses(
  index: CompactIndex,
  word: string,
  group: number | undefined,
  presence: lunr.Query.presence,
  fields: readonly string[],
): Clause[] {
  const clauses: Clause[] = segmentsOf(word).map((term) => ({
    term,
    ...(group !== undefined && { group }),
    boost: 10,
    presence,
    fields: [...fields],
  }));
  if (index.fields.includes('grams')) {
    for (const term of gramsOf(word)) {
      clauses.push({
        term,
        ...(group !== undefined && { group }),
        boost: 1,
        presence,
        fields: ['grams'],
      });
    }
  }
  return clauses;
}

function buildClauses(
  index: CompactIndex,
  parsed: ParsedQuery,
  typos: boolean,
  holds: RankOptions['holds'],
): { clauses: Clause[]; sequences: Sequences } {
  const { OPTIONAL, REQUIRED, PROHIBITED } = lunr.Query.presence;
  const clauses: Clause[] = [];
  const holding = new Map<number, Uint8Array>();
  const conditions: Array<(doc: number) => boolean> = [];
  let group = 0;
  const fuzzy = (word: string) => (typos && typoTolerable(word) ? 1 : 0);
  const termsOf = (word: string) => termsInLanguages(word, index.languages);

  for (const word of parsed.words) {
    const g = group++;
    if (isSegmented(word)) {
      clauses.push(...sequenceClauses(index, word, g, OPTIONAL, WORD_FIELDS));
      holding.set(g, documentsHolding(index, word, holds));
      continue;
    }
    // A word is stemmed in every language of the collection: any of its stems will do.
    const terms = termsOf(word);
    terms.forEach((term, i) => {
      // Lunr's edit distance on one stem; the word's own edits below cover the others.
      const editDistance = i === 0 ? fuzzy(word) : 0;
      clauses.push({ term, group: g, boost: 10, presence: OPTIONAL, editDistance });
    });
    if (terms.length > 0 && fuzzy(word)) {
      for (const corrected of typoCorrections(index, word, MAX_CORRECTIONS)) {
        clauses.push({ term: corrected, group: g, boost: 10, presence: OPTIONAL });
      }
    }
    if (word === parsed.prefix && !typos) {
      // A word that is already a whole indexed word needs few completions.
      const whole = terms.some((term) => index.dictionary.rankOf(term) >= 0);
      for (const completion of completions(index, word, whole)) {
        if (!terms.includes(completion))
          clauses.push({ term: completion, group: g, boost: 3, presence: OPTIONAL });
      }
    }
  }
  /**
   * A word the document must hold in these fields. With one stem that is a
   * Lunr REQUIRED clause; with a stem per language, any of them will do,
   * which Lunr cannot say: optional clauses, and a condition on documents.
   */
  const require = (word: string, fields: string[] | undefined, editDistance = 0) => {
    const terms = termsOf(word);
    const g = group++;
    const asked = fields && { fields };
    if (terms.length === 1) {
      clauses.push({
        term: terms[0]!,
        group: g,
        boost: 10,
        presence: REQUIRED,
        editDistance,
        ...asked,
      });
      return;
    }
    if (terms.length === 0) return;
    for (const term of terms)
      clauses.push({ term, group: g, boost: 10, presence: OPTIONAL, ...asked });
    const holders = documentsWithAny(index, terms, fields ?? index.fields);
    conditions.push((doc) => holders[doc] === 1);
  };
  for (const phrase of parsed.phrases) {
    for (const word of phrase) {
      // A stop word in any language is not indexed there; the text check sees it.
      if (index.languages.some((language) => analyzer(language).isStopWord(word))) continue;
      // Segmented words not in the grams field, which holds the same strings in another sense.
      require(word, isSegmented(word) ? [...WORD_FIELDS] : undefined);
    }
  }
  for (const word of parsed.titleWords) {
    if (isSegmented(word)) {
      // Titles are in the index's header: the sequence is looked for in them directly.
      const g = group++;
      clauses.push(...sequenceClauses(index, word, g, OPTIONAL, ['title']));
      conditions.push((doc) => index.docs[doc]!.title.toLowerCase().includes(word));
      continue;
    }
    require(word, ['title'], fuzzy(word));
  }
  for (const word of parsed.excludedWords) {
    if (isSegmented(word)) {
      const excluded = documentsHolding(index, word, holds);
      conditions.push((doc) => excluded[doc] !== 1);
      continue;
    }
    for (const term of termsOf(word)) clauses.push({ term, boost: 1, presence: PROHIBITED });
  }
  const allowed =
    conditions.length === 0 ? undefined : (doc: number) => conditions.every((c) => c(doc));
  return { clauses, sequences: { holding, ...(allowed && { allowed }) } };
}

/**
 * Index terms that start with what has been typed so far, the most widely
 * used first, within a budget: one typed letter has thousands of
 * completions, and Lunr's cost grows with every document each one matches.
 */
export function completions(index: CompactIndex, prefix: string, whole = false): string[] {
  const [from, to] = index.dictionary.prefixRange(prefix);
  const ranks: number[] = [];
  for (let rank = from; rank < to; rank++) ranks.push(rank);
  if (ranks.length > MAX_COMPLETIONS)
    ranks.sort((a, b) => index.postingBytes(b) - index.postingBytes(a));
  const chosen: string[] = [];
  const most = whole ? MAX_COMPLETIONS_OF_WHOLE_WORD : MAX_COMPLETIONS;
  let budget = whole
    ? COMPLETION_BUDGET_PER_LETTER
    : Math.min(MAX_COMPLETION_BUDGET, COMPLETION_BUDGET_PER_LETTER * prefix.length);
  for (const rank of ranks) {
    if (chosen.length >= most) break;
    const size = index.postingBytes(rank);
    if (size > budget && chosen.length > 0) continue;
    budget -= size;
    chosen.push(index.dictionary.terms[rank]!);
  }
  return chosen;
}
