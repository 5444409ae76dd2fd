// Turns whatever the reader typed into a Lunr query built in code, never by
// Lunr's own query parser, so no input can throw. Issue #3 grows this into
// phrases, exclusions, typo tolerance and filters.
import lunr from 'lunr';

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_TERMS = 24;

export interface ParsedQuery {
  /** Lower-cased words, in order, without duplicates. */
  terms: string[];
  /** The last word is still being typed: also match it as a prefix. */
  prefix: string | undefined;
}

export function parseQuery(input: string, options: { typing?: boolean } = {}): ParsedQuery {
  const words = [...input.normalize('NFC').toLowerCase().matchAll(WORD)].map((m) => m[0]);
  const terms = [...new Set(words)].slice(0, MAX_TERMS);
  const endsInWord = /[\p{L}\p{N}]$/u.test(input);
  const typing = options.typing ?? true;
  return { terms, prefix: typing && endsInWord ? words.at(-1) : undefined };
}

/** Applies a parsed query to a Lunr query: every word optional, more words rank higher. */
export function applyQuery(query: lunr.Query, parsed: ParsedQuery): void {
  for (const term of parsed.terms) {
    query.term(term, { boost: 10 });
  }
  if (parsed.prefix) {
    query.term(parsed.prefix, {
      wildcard: lunr.Query.wildcard.TRAILING,
      usePipeline: false,
      boost: 1,
    });
  }
}
