// A lunr.Index over the compact index file, without unpacking it.
//
// Index#query reads three things: tokenSet.intersect (TermDictionary),
// invertedIndex[term] (postings decoded on first use, from the file's bytes)
// and fieldVectors["field/doc"] (for the cosine similarity with the query
// vector). A document's full field vector is only ever multiplied by the
// query vector, whose non-zero entries are the query's own terms, so the
// vector handed to Lunr holds just the entries of the terms this query
// looked up (found by binary search in their decoded postings): the scores
// are Lunr's own, and nothing else of the document has to be in memory.
import lunr from 'lunr';
import { decodeIndex, IndexFormatError, type IndexData, type IndexedDocument } from './index-file';
import { languageName, type LanguageName } from './languages';
import { TermDictionary } from './term-dictionary';
import { readVarint } from './varint';

type FieldPosting = Record<string, object>;
type Posting = Record<string, FieldPosting> & { _index: number };

const MAX_DECODED_TERMS = 4096;

/** Lunr copies match metadata key by key; without positions there are none. */
const NO_METADATA: object = Object.freeze(Object.create(null));

/** One term's postings, decoded: what Lunr reads, and per field the documents and weights. */
export interface DecodedTerm {
  rank: number;
  /** Made on first use: with a candidate set (candidates.ts) Lunr reads a restricted copy instead. */
  posting?: Posting;
  /** Per field, ascending document numbers... */
  docs: Int32Array[];
  /** ...and the weight of the term in each. */
  weights: Float64Array[];
}

/** Document numbers fit in 21 bits (two million articles), so field and doc share one number. */
const DOC_BITS = 2 ** 21;

export class CompactIndex {
  readonly dictionary: TermDictionary;
  readonly docs: readonly IndexedDocument[];
  readonly contentHash: string;
  /** The languages the articles were stemmed in, the most common first. */
  readonly languages: readonly LanguageName[];
  /** The lunr.Index to query; see the file comment. */
  readonly lunr: lunr.Index;
  private readonly data: IndexData;
  private readonly fieldNumbers: ReadonlyMap<string, number>;
  private readonly decoded = new Map<string, DecodedTerm | undefined>();
  /** The terms the running query has looked up, in order. */
  private queryTerms: DecodedTerm[] = [];
  /** While a query runs with a candidate set: 1 for the documents Lunr is to see. */
  private only: Uint8Array | undefined;
  /** Lunr's "field/doc" reference strings, read once into field * DOC_BITS + doc. */
  private readonly fieldRefs = new Map<string, number>();

  constructor(bytes: Uint8Array) {
    this.data = decodeIndex(bytes);
    this.dictionary = new TermDictionary(this.data.terms);
    this.docs = this.data.docs;
    this.contentHash = this.data.contentHash;
    this.languages = (this.data.languages ?? []).map((tag) => {
      const name = languageName(tag);
      // A language this build cannot stem in would make every search miss its articles.
      if (name !== tag) throw new IndexFormatError(`it was stemmed in "${tag}", unknown here`);
      return name;
    });
    if (this.languages.length === 0) this.languages = ['en'];
    this.fieldNumbers = new Map(this.data.fields.map((f, i) => [f, i]));

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

  /** The language a document was stemmed in. */
  languageOf(doc: number): LanguageName {
    return this.languages[this.docs[doc]?.language ?? 0] ?? 'en';
  }

  get termCount(): number {
    return this.data.terms.length;
  }

  get fields(): readonly string[] {
    return this.data.fields;
  }

  /**
   * Runs a query built in code; never call Lunr's string query parser. With
   * `only`, Lunr's postings hold just those documents (candidates.ts); their
   * field vectors, and so their scores, are unchanged.
   */
  query(build: (query: lunr.Query) => void, only?: Uint8Array): lunr.Index.Result[] {
    this.queryTerms = [];
    this.only = only;
    try {
      return this.lunr.query(build);
    } finally {
      this.queryTerms = [];
      this.only = undefined;
    }
  }

  /** A term's decoded postings (per field: documents and weights), or undefined when not indexed. */
  termPostings(term: string): Readonly<DecodedTerm> | undefined {
    return this.decodedTerm(term);
  }

  private decodedTerm(term: string): DecodedTerm | undefined {
    let decoded = this.decoded.get(term);
    if (decoded === undefined && !this.decoded.has(term)) {
      decoded = this.decode(term);
      // Decoded postings are kept: the words people search for recur. A bound
      // keeps a long session from holding the whole index decoded.
      if (this.decoded.size >= MAX_DECODED_TERMS) this.decoded.clear();
      this.decoded.set(term, decoded);
    }
    return decoded;
  }

  /** How many documents contain the term (any field), from its postings' size: for ranking completions. */
  postingBytes(rank: number): number {
    return this.data.postingStarts[rank + 1]! - this.data.postingStarts[rank]!;
  }

  private postingFor(term: string): Posting | undefined {
    const decoded = this.decodedTerm(term);
    if (!decoded) return undefined;
    if (!this.queryTerms.includes(decoded)) this.queryTerms.push(decoded);
    if (this.only) return restrict(decoded, this.data.fields, this.only);
    return (decoded.posting ??= restrict(decoded, this.data.fields));
  }

  private decode(term: string): DecodedTerm | undefined {
    const rank = this.dictionary.rankOf(term);
    if (rank < 0) return undefined;
    const decoded: DecodedTerm = { rank, docs: [], weights: [] };
    const cursor = { at: this.data.postingStarts[rank]! };
    for (let field = 0; field < this.data.fields.length; field++) {
      const count = readVarint(this.data.postings, cursor);
      const docs = new Int32Array(count);
      const weights = new Float64Array(count);
      let doc = 0;
      for (let i = 0; i < count; i++) {
        doc += readVarint(this.data.postings, cursor);
        docs[i] = doc;
        weights[i] = readVarint(this.data.postings, cursor) / 1000;
      }
      decoded.docs.push(docs);
      decoded.weights.push(weights);
    }
    return decoded;
  }

  private vectorFor(fieldRef: string): lunr.Vector {
    let code = this.fieldRefs.get(fieldRef);
    if (code === undefined) {
      const slash = fieldRef.indexOf('/');
      code =
        (this.fieldNumbers.get(fieldRef.slice(0, slash)) ?? 0) * DOC_BITS +
        Number(fieldRef.slice(slash + 1));
      this.fieldRefs.set(fieldRef, code);
    }
    const field = Math.floor(code / DOC_BITS);
    const doc = code % DOC_BITS;
    const elements: number[] = [];
    for (const term of this.queryTerms) {
      const at = findDoc(term.docs[field]!, doc);
      if (at >= 0) elements.push(term.rank, term.weights[field]![at]!);
    }
    // Lunr's dot product merges two vectors sorted by term number; most
    // documents match one or two query terms, so sort only when needed.
    if (elements.length > 2) sortPairs(elements);
    return new lunr.Vector(elements);
  }
}

/** A term's posting as Lunr reads it; with `only`, holding just the documents marked there. */
function restrict(decoded: DecodedTerm, fields: readonly string[], only?: Uint8Array): Posting {
  const posting = Object.create(null) as Posting;
  posting._index = decoded.rank;
  fields.forEach((field, f) => {
    const byDoc = Object.create(null) as FieldPosting;
    for (const doc of decoded.docs[f]!) if (!only || only[doc]) byDoc[doc] = NO_METADATA;
    posting[field] = byDoc;
  });
  return posting;
}

function findDoc(docs: Int32Array, doc: number): number {
  let lo = 0;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo < docs.length && docs[lo] === doc ? lo : -1;
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

export function loadCompactIndex(bytes: Uint8Array): CompactIndex {
  return new CompactIndex(bytes);
}
