// Reads what the reader typed into a query description, by hand and never by
// Lunr's query parser, so no input can throw. Understood:
//
//   word word        ranked; articles with every word come first
//   "a phrase"       these words in this order (checked against the text)
//   -word -"phrase"  leave out articles containing it
//   title:word       the word must be in the title (title:"two words" too)
//   tag:name         only articles with this tag (tag:"two words" too)
//   wor              the last word, while it is being typed, also matches as a prefix
//   内存管理          a run of Chinese, Japanese, Korean or Thai: one word, found where
//                    its characters appear in this order (however the text was cut)
//
// Anything else (stray quotes, colons, *, ~, ^, emoji) is read as the words
// it contains, or as nothing.
import { MAX_QUERY_LENGTH } from '../../common/api';
import { isSegmented, queryWordKeys, wordKeys } from './words';

/** More words than anyone types into a search box; keeps a pasted essay cheap. */
export const MAX_QUERY_WORDS = 32;

export interface ParsedQuery {
  /**
   * Plain words, as word keys (words.ts), without duplicates, in typed order.
   * A run of a segmented script (isSegmented) is one word, not cut.
   */
  words: string[];
  /** The last plain word, still being typed: also matched as a prefix. */
  prefix?: string;
  /** Required phrases, each a list of word keys (stop words included), cut as the text is. */
  phrases: string[][];
  excludedWords: string[];
  excludedPhrases: string[][];
  /** Words that must appear in the title. */
  titleWords: string[];
  /** Tags (lower case) an article must all have. */
  tags: string[];
}

interface RawPart {
  text: string;
  quoted: boolean;
  negated: boolean;
  filter?: 'title' | 'tag';
  /** A quoted part whose closing quote has not been typed yet. */
  open: boolean;
}

const FILTERS = new Set(['title', 'tag']);

/** Splits the input into parts: bare runs of non-space, or quoted runs (closing quote optional). */
function splitParts(input: string): RawPart[] {
  const parts: RawPart[] = [];
  let i = 0;
  while (i < input.length) {
    while (i < input.length && /\s/u.test(input[i]!)) i++;
    if (i >= input.length) break;
    let negated = false;
    let filter: RawPart['filter'];
    if (input[i] === '-' && i + 1 < input.length && !/\s/u.test(input[i + 1]!)) {
      negated = true;
      i++;
    }
    const named = /^([a-z]+):/i.exec(input.slice(i, i + 8));
    if (named && FILTERS.has(named[1]!.toLowerCase())) {
      filter = named[1]!.toLowerCase() as RawPart['filter'];
      i += named[0].length;
    }
    if (input[i] === '"' || input[i] === '“' || input[i] === '”') {
      const close = input.slice(i + 1).search(/["“”]/u);
      const end = close < 0 ? input.length : i + 1 + close;
      parts.push({ text: input.slice(i + 1, end), quoted: true, negated, filter, open: close < 0 });
      i = end + 1;
    } else {
      let end = i;
      while (end < input.length && !/\s/u.test(input[end]!)) end++;
      parts.push({ text: input.slice(i, end), quoted: false, negated, filter, open: false });
      i = end;
    }
  }
  return parts;
}

export function parseQuery(input: string, options: { typing?: boolean } = {}): ParsedQuery {
  const text = input.slice(0, MAX_QUERY_LENGTH).normalize('NFC');
  const parsed: ParsedQuery = {
    words: [],
    phrases: [],
    excludedWords: [],
    excludedPhrases: [],
    titleWords: [],
    tags: [],
  };
  let budget = MAX_QUERY_WORDS;
  const take = (keys: string[]) => {
    const kept = keys.slice(0, Math.max(0, budget));
    budget -= kept.length;
    return kept;
  };
  const addUnique = (list: string[], keys: string[]) => {
    for (const key of keys) if (!list.includes(key)) list.push(key);
  };

  const parts = splitParts(text);
  parts.forEach((part, index) => {
    if (part.filter === 'tag') {
      const tag = part.text.trim().toLowerCase();
      if (tag && !part.negated && parsed.tags.length < 8) addUnique(parsed.tags, [tag]);
      return;
    }
    // A phrase is compared word by word with the text, so its runs are cut as the text's were.
    const phraseKeys = part.quoted && !part.filter ? wordKeys(part.text) : [];
    if (phraseKeys.length > 1) {
      const kept = take(phraseKeys);
      if (kept.length > 0) (part.negated ? parsed.excludedPhrases : parsed.phrases).push(kept);
      return;
    }
    const keys = take(queryWordKeys(part.text));
    if (keys.length === 0) return;
    if (part.filter === 'title') {
      if (!part.negated) addUnique(parsed.titleWords, keys);
    } else if (part.negated) {
      addUnique(parsed.excludedWords, keys);
    } else {
      addUnique(parsed.words, keys);
      const last = index === parts.length - 1;
      const typing = options.typing ?? true;
      // A segmented word needs no prefix: it is found inside longer words anyway.
      const lastKey = keys.at(-1)!;
      if (last && typing && !part.quoted && /[\p{L}\p{N}]$/u.test(text) && !isSegmented(lastKey)) {
        parsed.prefix = lastKey;
      }
    }
  });
  // A word both wanted and excluded is excluded.
  parsed.words = parsed.words.filter((w) => !parsed.excludedWords.includes(w));
  if (parsed.prefix && !parsed.words.includes(parsed.prefix)) delete parsed.prefix;
  return parsed;
}

/** True when the query asks for something to be found (exclusions alone find nothing). */
export function hasPositiveTerms(parsed: ParsedQuery): boolean {
  return parsed.words.length > 0 || parsed.phrases.length > 0 || parsed.titleWords.length > 0;
}
