// How search cuts text into words, in one place: the index, the query and the
// passage finder all use it, so a word marked in a snippet is exactly a word
// the index matched. Offsets are UTF-16 offsets into the text given.
import lunr from 'lunr';

/**
 * Letters and digits, joined by inner apostrophes or underscores: "don't"
 * and "pci_enable_device" are one word each (the kernel docs are full of
 * identifiers a reader types whole). Hyphens and dots separate words.
 */
const WORD = /[\p{L}\p{N}]+(?:['’_][\p{L}\p{N}]+)*/gu;

export interface WordAt {
  /** The word as the index knows it before stemming: lower case, straight apostrophes, no possessive 's. */
  key: string;
  start: number;
  end: number;
}

/** The key of one word as typed or as found in text. */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  if (!lower.includes("'") && !lower.includes('’')) return lower;
  return lower.replace(/’/g, "'").replace(/'s$/, '');
}

export function* wordsIn(text: string): Generator<WordAt> {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    yield { key: wordKey(m[0]), start: m.index, end: m.index + m[0].length };
  }
}

/** WORD's own copy for wordsAt, so that it never moves an iteration of wordsIn. */
const WORD_AT = new RegExp(WORD.source, 'gu');

/** Up to `count` consecutive words, the first starting at `start` (a word start: see startsWord). */
export function wordsAt(text: string, start: number, count: number): WordAt[] {
  const words: WordAt[] = [];
  WORD_AT.lastIndex = start;
  for (let m = WORD_AT.exec(text); m && words.length < count; m = WORD_AT.exec(text)) {
    words.push({ key: wordKey(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return words;
}

export function wordKeys(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => wordKey(m[0]));
}

const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 200_000;

/** Lunr's Porter stemmer, memoised: the same few thousand words recur across a whole library. */
export function stem(key: string): string {
  let stemmed = stems.get(key);
  if (stemmed === undefined) {
    stemmed = lunr.stemmer(new lunr.Token(key, {})).toString();
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stems.set(key, stemmed);
  }
  return stemmed;
}

const stopWords = lunr.stopWordFilter;

/** English words too common to index (Lunr's list); a query skips them too. */
export function isStopWord(key: string): boolean {
  return stopWords(new lunr.Token(key, {})) === undefined;
}

/** The index term of a word, or undefined for a stop word. */
export function indexTerm(key: string): string | undefined {
  return isStopWord(key) ? undefined : stem(key);
}

/**
 * A regular expression for runs of word characters, in lower-cased text,
 * that start with one of the given lower-case prefixes. It may match inside
 * a word: check with startsWord. (A look-behind in the expression itself,
 * tried at every position, made scanning ten times slower.)
 */
export function wordsStartingWith(prefixes: readonly string[]): RegExp {
  const alternatives = [...new Set(prefixes)]
    .filter((p) => p !== '')
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"));
  if (alternatives.length === 0) return /(?!)/gu;
  return new RegExp(`(?:${alternatives.join('|')})[\\p{L}\\p{N}]*(?:['’_][\\p{L}\\p{N}]+)*`, 'gu');
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const JOINER = /['’_]/;

/** Does a word (as WORD cuts them) start at this offset? */
export function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text[at - 1]!;
  if (WORD_CHARACTER.test(before)) return false;
  return !(JOINER.test(before) && at >= 2 && WORD_CHARACTER.test(text[at - 2]!));
}

/**
 * A stem's first characters that every word with that stem starts with
 * (Porter rewrites at most the last three letters), to skip blocks quickly
 * before matching word by word.
 */
export function stemAnchor(stemmed: string): string {
  return stemmed.slice(0, Math.max(2, stemmed.length - 3));
}
