// A lunr.Index over the compact index file, without unpacking it.
//
// Index#query reads three things: tokenSet.intersect (TermDictionary),
// invertedIndex[term] (postings decoded on first use, from the file's bytes)
// and fieldVectors["field/doc"] (for the cosine similarity with the query
// vector). A document's full field vector is only ever multiplied by the
// query vector, whose non-zero entries are the query's own terms, so the
// vector handed to Lunr holds just the entries of the terms this query
// looked up: the scores are Lunr's own, and nothing else of the document has
// to be in memory.
import lunr from 'lunr';
import { decodeIndex, type IndexData, type IndexedDocument } from './index-file';
import { TermDictionary } from './term-dictionary';
import { readVarint } from './varint';

type FieldPosting = Record<string, object>;
type Posting = Record<string, FieldPosting> & { _index: number };

const MAX_DECODED_TERMS = 4096;

/** Lunr copies match metadata key by key; without positions there are none. */
const NO_METADATA: object = Object.freeze(Object.create(null));

export class CompactIndex {
  readonly dictionary: TermDictionary;
  readonly docs: readonly IndexedDocument[];
  readonly contentHash: string;
  /** The lunr.Index to query; see the file comment. */
  readonly lunr: lunr.Index;
  private readonly data: IndexData;
  private readonly decoded = new Map<string, Posting | undefined>();
  /** "field/doc" (Lunr's FieldRef) -> [termRank, weight, ...] for the terms of the query being run. */
  private queryVectors = new Map<string, number[]>();
  private queryTerms = new Set<string>();

  constructor(bytes: Uint8Array) {
    this.data = decodeIndex(bytes);
    this.dictionary = new TermDictionary(this.data.terms);
    this.docs = this.data.docs;
    this.contentHash = this.data.contentHash;

    const invertedIndex = new Proxy(Object.create(null) as Record<string, Posting>, {
      get: (_target, term) => (typeof term === 'string' ? this.postingFor(term) : undefined),
    });
    const fieldVectors = new Proxy(Object.create(null) as Record<string, lunr.Vector>, {
      get: (_target, fieldRef) =>
        typeof fieldRef === 'string' ? this.vectorFor(fieldRef) : undefined,
    });
    // @types/lunr leaves fieldVectors out of the attributes; Lunr reads it.
    this.lunr = new lunr.Index({
      invertedIndex,
      fieldVectors,
      tokenSet: this.dictionary as unknown as lunr.TokenSet,
      fields: this.data.fields,
      // Query terms arrive already cut, filtered and stemmed (query.ts).
      pipeline: new lunr.Pipeline(),
    } as unknown as lunr.Index.Attributes);
  }

  get termCount(): number {
    return this.data.terms.length;
  }

  /** Runs a query built in code; never call Lunr's string query parser. */
  query(build: (query: lunr.Query) => void): lunr.Index.Result[] {
    this.queryVectors = new Map();
    this.queryTerms = new Set();
    try {
      return this.lunr.query(build);
    } finally {
      this.queryVectors = new Map();
      this.queryTerms = new Set();
    }
  }

  /** How many documents contain the term (any field), from its postings' size: for ranking completions. */
  postingBytes(rank: number): number {
    return this.data.postingStarts[rank + 1]! - this.data.postingStarts[rank]!;
  }

  private postingFor(term: string): Posting | undefined {
    let posting = this.decoded.get(term);
    if (posting === undefined && !this.decoded.has(term)) {
      posting = this.decode(term);
      // Decoded postings are kept: the words people search for recur. A bound
      // keeps a long session from holding the whole index decoded.
      if (this.decoded.size >= MAX_DECODED_TERMS) this.decoded.clear();
      this.decoded.set(term, posting);
    }
    if (posting && !this.queryTerms.has(term)) {
      this.queryTerms.add(term);
      this.addToQueryVectors(posting);
    }
    return posting;
  }

  private decode(term: string): Posting | undefined {
    const rank = this.dictionary.rankOf(term);
    if (rank < 0) return undefined;
    const posting = Object.create(null) as Posting;
    posting._index = rank;
    const cursor = { at: this.data.postingStarts[rank]! };
    const weights: number[] = [];
    for (const field of this.data.fields) {
      const docs = Object.create(null) as FieldPosting;
      let doc = 0;
      for (let n = readVarint(this.data.postings, cursor); n > 0; n--) {
        doc += readVarint(this.data.postings, cursor);
        docs[doc] = NO_METADATA;
        weights.push(doc, readVarint(this.data.postings, cursor) / 1000);
      }
      posting[field] = docs;
      weights.push(-1, 0); // field separator
    }
    WEIGHTS.set(posting, weights);
    return posting;
  }

  private addToQueryVectors(posting: Posting): void {
    const weights = WEIGHTS.get(posting)!;
    let field = 0;
    for (let i = 0; i < weights.length; i += 2) {
      const doc = weights[i]!;
      if (doc < 0) {
        field++;
        continue;
      }
      const key = this.fieldRef(field, doc);
      let entries = this.queryVectors.get(key);
      if (!entries) this.queryVectors.set(key, (entries = []));
      entries.push(posting._index, weights[i + 1]!);
    }
  }

  /** Lunr's "field/doc" reference strings, made once rather than per posting per query. */
  private readonly fieldRefs: string[][] = [];

  private fieldRef(field: number, doc: number): string {
    const refs = (this.fieldRefs[field] ??= []);
    return (refs[doc] ??= `${this.data.fields[field]}/${doc}`);
  }

  private vectorFor(fieldRef: string): lunr.Vector {
    const entries = this.queryVectors.get(fieldRef) ?? [];
    // Lunr's dot product merges two vectors sorted by term number; most
    // documents match one or two query terms, so sort only when needed.
    if (entries.length > 2) sortPairs(entries);
    return new lunr.Vector(entries);
  }
}

/** Sorts [key, value, key, value, ...] by key in place (insertion sort: a handful of pairs). */
function sortPairs(entries: number[]): void {
  for (let i = 2; i < entries.length; i += 2) {
    const key = entries[i]!;
    const value = entries[i + 1]!;
    let j = i - 2;
    while (j >= 0 && entries[j]! > key) {
      entries[j + 2] = entries[j]!;
      entries[j + 3] = entries[j + 1]!;
      j -= 2;
    }
    entries[j + 2] = key;
    entries[j + 3] = value;
  }
}

/** Each decoded posting's (doc, weight) list, kept beside it rather than on it (Lunr walks its keys). */
const WEIGHTS = new WeakMap<Posting, number[]>();

export function loadCompactIndex(bytes: Uint8Array): CompactIndex {
  return new CompactIndex(bytes);
}
