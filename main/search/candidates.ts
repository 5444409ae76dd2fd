// Which documents Lunr needs to score for one query.
//
// Lunr's query loop costs a few microseconds per matching document (a field
// reference string, match data, a set entry, a field vector), so a very
// common word (`kernel` is in 1,855 of 3,020 kernel docs articles) costs
// milliseconds before any passage is looked for, while the reader sees only
// the first page. This module works out the same answer Lunr would give on
// typed arrays, a few nanoseconds per posting: which documents match
// (required, prohibited and tag conditions), how many, and their score by
// Lunr's own formula (a document's field vector times the query vector,
// divided by the query vector's length, summed over fields). From that it
// picks the documents that can be on the page: everything that sorts at or
// above the last wanted one, ties and rounding included. Lunr then ranks
// only those, so the order and the scores shown stay Lunr's, and the count
// of matches comes from here.
import lunr from 'lunr';
import type { CompactIndex } from './compact-index';

/** A query clause as ranking.ts hands it to Lunr. */
export interface PlannedClause {
  term: string;
  boost: number;
  presence?: lunr.Query.presence;
  fields?: string[];
  editDistance?: number;
  /** The typed word the clause stands for; terms of no group count on their own. */
  group?: number;
}

export interface CandidatePlan {
  /** Matching documents (after the allowed filter). */
  total: number;
  /** 1 where a document matches. */
  matching: Uint8Array;
  /** 1 where Lunr has to score the document; undefined: all matches are few enough to score. */
  candidates: Uint8Array | undefined;
  /** Per clause, the index terms it stands for (for a typo clause, Lunr's expansion). */
  expanded: string[][];
}

/** Below this many matches Lunr scores them all: cheap, and nothing to prove. */
export const MIN_MATCHES_TO_PRUNE = 200;
/** Scores computed here and by Lunr may differ in the last bits (other summing order). */
const SCORE_TOLERANCE = 1e-9;

/**
 * Plans a query: `wanted` is how many of the best documents the caller will
 * look at, `allowed` an extra condition (tags). Documents are ordered as
 * ranking.ts orders Lunr's results: more query words covered first, then
 * higher score.
 */
export function planCandidates(
  index: CompactIndex,
  clauses: readonly PlannedClause[],
  wanted: number,
  allowed?: (doc: number) => boolean,
  holding: ReadonlyMap<number, Uint8Array> = new Map(),
): CandidatePlan {
  const docCount = index.docs.length;
  const fields = index.fields;
  const { REQUIRED, PROHIBITED } = lunr.Query.presence;
  const matching = new Uint8Array(docCount);
  const expanded: string[][] = [];
  const none: CandidatePlan = { total: 0, matching, candidates: undefined, expanded };

  const score = new Float64Array(docCount);
  const coverage = new Uint16Array(docCount);
  const requiredMet = new Uint16Array(docCount);
  const prohibited = new Uint8Array(docCount);
  const stamp = new Int32Array(docCount).fill(-1);
  let required = 0;
  let stampId = 0;

  // Per field, the query vector's entries by term (Lunr adds up repeated terms).
  const queryVector = fields.map(() => new Map<string, number>());
  // Per distinct matched term: its group and the fields it was asked in.
  const termFields = new Map<string, Set<number>>();
  const termGroup = new Map<string, number>();

  for (const clause of clauses) {
    const clauseFields = (clause.fields ?? fields).map((f) => fields.indexOf(f));
    const terms = expand(index, clause);
    expanded.push(terms);
    if (clause.presence === REQUIRED) {
      required++;
      const id = stampId++;
      for (const term of terms) {
        const decoded = index.termPostings(term)!;
        for (const f of clauseFields) {
          for (const doc of decoded.docs[f]!) {
            if (stamp[doc] !== id) {
              stamp[doc] = id;
              requiredMet[doc]!++;
            }
          }
        }
      }
      if (terms.length === 0) return none;
    }
    for (const term of terms) {
      if (clause.presence === PROHIBITED) {
        const decoded = index.termPostings(term)!;
        for (const f of clauseFields) for (const doc of decoded.docs[f]!) prohibited[doc] = 1;
        continue;
      }
      for (const f of clauseFields) {
        const vector = queryVector[f]!;
        vector.set(term, (vector.get(term) ?? 0) + clause.boost);
        let asked = termFields.get(term);
        if (!asked) termFields.set(term, (asked = new Set()));
        asked.add(f);
      }
      // ranking.ts: a term's group is the last exact clause's that names it.
      if (clause.group !== undefined && !clause.editDistance) termGroup.set(term, clause.group);
    }
  }

  queryVector.forEach((vector, f) => {
    let squares = 0;
    for (const boost of vector.values()) squares += boost * boost;
    const length = Math.sqrt(squares);
    for (const [term, boost] of vector) {
      const decoded = index.termPostings(term)!;
      const docs = decoded.docs[f]!;
      const weights = decoded.weights[f]!;
      const factor = boost / length;
      for (let i = 0; i < docs.length; i++) {
        score[docs[i]!]! += factor * weights[i]!;
        matching[docs[i]!] = 1;
      }
    }
  });

  // Coverage: distinct groups among a document's matched terms, as ranking.ts
  // counts them; a segmented word's group where the document holds its sequence.
  const byGroup = new Map<number | string, string[]>();
  for (const term of termFields.keys()) {
    const key = termGroup.get(term) ?? `term:${term}`;
    if (typeof key === 'number' && holding.has(key)) continue;
    byGroup.set(key, [...(byGroup.get(key) ?? []), term]);
  }
  for (const docs of holding.values()) {
    for (let doc = 0; doc < docCount; doc++) if (docs[doc]) coverage[doc]!++;
  }
  for (const terms of byGroup.values()) {
    const id = stampId++;
    for (const term of terms) {
      const decoded = index.termPostings(term)!;
      for (const f of termFields.get(term)!) {
        for (const doc of decoded.docs[f]!) {
          if (stamp[doc] !== id) {
            stamp[doc] = id;
            coverage[doc]!++;
          }
        }
      }
    }
  }

  const eligible: number[] = [];
  for (let doc = 0; doc < docCount; doc++) {
    if (!matching[doc]) continue;
    if (
      requiredMet[doc] !== required ||
      prohibited[doc] ||
      coverage[doc] === 0 ||
      (allowed && !allowed(doc))
    ) {
      matching[doc] = 0;
      continue;
    }
    eligible.push(doc);
  }
  const total = eligible.length;
  if (total < MIN_MATCHES_TO_PRUNE || total <= wanted)
    return { total, matching, candidates: undefined, expanded };

  eligible.sort((a, b) => coverage[b]! - coverage[a]! || score[b]! - score[a]!);
  const last = eligible[wanted - 1]!;
  const floor = score[last]! - SCORE_TOLERANCE * Math.max(1, Math.abs(score[last]!));
  const candidates = new Uint8Array(docCount);
  for (const doc of eligible) {
    if (coverage[doc]! < coverage[last]!) break;
    if (coverage[doc]! > coverage[last]! || score[doc]! >= floor) candidates[doc] = 1;
  }
  return { total, matching, candidates, expanded };
}

/** The index terms a clause stands for: itself, or with an edit distance, Lunr's expansion. */
function expand(index: CompactIndex, clause: PlannedClause): string[] {
  if (clause.editDistance) {
    // Lunr's own automaton for the clause (untyped in @types/lunr), as Index#query builds it.
    const tokenSets = lunr.TokenSet as unknown as {
      fromFuzzyString(term: string, editDistance: number): lunr.TokenSet;
    };
    return index.dictionary
      .intersect(tokenSets.fromFuzzyString(clause.term, clause.editDistance))
      .toArray();
  }
  return index.dictionary.rankOf(clause.term) >= 0 ? [clause.term] : [];
}
