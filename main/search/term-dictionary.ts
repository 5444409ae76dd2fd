// The index's terms as one sorted array, standing in for Lunr's TokenSet.
//
// Lunr builds a TokenSet (a minimised automaton of every term) when an index
// loads; over the kernel docs' ~200,000 terms that alone costs hundreds of
// milliseconds and tens of megabytes. A sorted array is a trie already: the
// terms sharing a prefix are one contiguous run, and a run's children are
// found by binary search. intersect() walks Lunr's query automaton over that
// implicit trie exactly as TokenSet#intersect walks two automata, so exact
// terms, wildcards and edit distances mean what they mean in Lunr.
import type lunr from 'lunr';

interface Frame {
  query: lunr.TokenSet;
  lo: number;
  hi: number;
  depth: number;
}

type TokenSetNode = lunr.TokenSet & { edges: Record<string, TokenSetNode>; final: boolean };

export class TermDictionary {
  constructor(readonly terms: readonly string[]) {}

  /** The rank of a term, or -1. */
  rankOf(term: string): number {
    const i = this.lowerBound(term, 0, this.terms.length);
    return this.terms[i] === term ? i : -1;
  }

  /** The terms starting with prefix: [from, to) in rank order. */
  prefixRange(prefix: string): [number, number] {
    const from = this.lowerBound(prefix, 0, this.terms.length);
    let lo = from;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]!.startsWith(prefix)) lo = mid + 1;
      else hi = mid;
    }
    return [from, lo];
  }

  /** What Lunr's Index#query calls: the terms the query automaton accepts. */
  intersect(query: lunr.TokenSet): { toArray(): string[] } {
    const found = new Set<string>();
    const stack: Frame[] = [{ query, lo: 0, hi: this.terms.length, depth: 0 }];
    while (stack.length > 0) {
      const frame = stack.pop()!;
      const node = frame.query as TokenSetNode;
      for (const [edge, next] of Object.entries(node.edges)) {
        if (edge === '*') {
          for (const [lo, hi] of this.children(frame.lo, frame.hi, frame.depth)) {
            this.visit(next, lo, hi, frame.depth + 1, found, stack);
          }
        } else {
          const [lo, hi] = this.child(frame.lo, frame.hi, frame.depth, edge.charCodeAt(0));
          if (lo < hi) this.visit(next, lo, hi, frame.depth + 1, found, stack);
        }
      }
    }
    return { toArray: () => [...found] };
  }

  private visit(
    query: TokenSetNode,
    lo: number,
    hi: number,
    depth: number,
    found: Set<string>,
    stack: Frame[],
  ): void {
    // The shortest term of a run comes first: it ends here if its length is depth.
    const first = this.terms[lo]!;
    if (query.final && first.length === depth) found.add(first);
    stack.push({ query, lo, hi, depth });
  }

  /** The sub-run of [lo, hi) whose character at depth is code. */
  private child(lo: number, hi: number, depth: number, code: number): [number, number] {
    return [this.firstAtLeast(lo, hi, depth, code), this.firstAtLeast(lo, hi, depth, code + 1)];
  }

  /** Every sub-run of [lo, hi) by character at depth, skipping the term that ends at depth. */
  private *children(lo: number, hi: number, depth: number): Generator<[number, number]> {
    let i = lo;
    if (i < hi && this.terms[i]!.length === depth) i++;
    while (i < hi) {
      const code = this.terms[i]!.charCodeAt(depth);
      const end = this.firstAtLeast(i, hi, depth, code + 1);
      yield [i, end];
      i = end;
    }
  }

  /** First index in [lo, hi) whose code unit at depth is >= code (a missing one counts as -1). */
  private firstAtLeast(lo: number, hi: number, depth: number, code: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const term = this.terms[mid]!;
      const at = depth < term.length ? term.charCodeAt(depth) : -1;
      if (at < code) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private lowerBound(term: string, lo: number, hi: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
