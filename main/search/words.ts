// How search cuts text into words, in one place: the index, the query, the
// passage finder and the notes scan all use it, so a word marked in a snippet
// is exactly a word the index matched. Offsets are UTF-16 offsets into the
// text given.
//
// Two rules, chosen per run of characters:
// - Chinese, Japanese, Korean and Thai are written without spaces between
//   words (Korean with particles attached), so their runs are cut by
//   Intl.Segmenter (ICU's dictionaries, built into Node and Chromium).
// - Everything else: letters and digits (with their combining marks), joined
//   by inner apostrophes or underscores.
// Only the segmented runs go through Intl.Segmenter: it costs microseconds a
// word, the regular expression nanoseconds. Stems and stop words, which
// depend on the article's language, are in languages.ts.

/**
 * The scripts Intl.Segmenter cuts. The prolonged sound mark ー and the
 * halfwidth forms are "Common" script but only ever written inside kana
 * words. (Text is NFC, so kana carry their voicing marks composed.)
 */
const SEGMENTED_CLASS =
  '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}\\u30fc\\uff70\\uff9e\\uff9f]';
/** A letter or digit that starts or continues a word of the other scripts. */
const LETTER = `[[\\p{L}\\p{N}]--${SEGMENTED_CLASS}]`;
/** What may follow it inside a word: also combining marks (Devanagari vowel signs, Arabic vowels). */
const WORD_CHAR = `[[\\p{L}\\p{N}\\p{M}]--${SEGMENTED_CLASS}]`;
/**
 * A word of the other scripts: "don't" and "pci_enable_device" are one word
 * each (the kernel docs are full of identifiers a reader types whole).
 * Hyphens and dots separate words.
 */
const WORD_SOURCE = `${LETTER}${WORD_CHAR}*(?:['’_]${LETTER}${WORD_CHAR}*)*`;

/** A segmented run (group 1) or a word (group 0 alone). */
const TOKEN = new RegExp(`(${SEGMENTED_CLASS}+)|${WORD_SOURCE}`, 'gv');
const SEGMENTED_CHAR = new RegExp(SEGMENTED_CLASS, 'v');

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

/** Is this key (or word) written in a script that Intl.Segmenter cuts? */
export function isSegmented(key: string): boolean {
  return key !== '' && SEGMENTED_CHAR.test(key[0]!);
}

/** Does the text hold any character of those scripts? */
export function hasSegmentedText(text: string): boolean {
  return SEGMENTED_CHAR.test(text);
}

// --- Intl.Segmenter, for the runs of those scripts ---

const segmenters = new Map<string, Intl.Segmenter>();

/** One segmenter per locale: making one costs far more than using it. */
function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * The locale is read from the run's own characters, never from the article's
 * language, so a query (which has none) is cut exactly as the text was.
 */
function localeOf(run: string): string {
  if (/\p{Script=Thai}/u.test(run)) return 'th';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}\u30fc\uff70]/u.test(run)) return 'ja';
  if (/\p{Script=Hangul}/u.test(run)) return 'ko';
  return 'zh';
}

/**
 * ICU's word iterator slows down sharply on long inputs (a 20,000-character
 * run took 20 times longer per word than a 2,000-character one), so a long
 * run is cut in windows: every word but a window's last is kept, and the
 * next window starts where that last word started.
 */
const WINDOW = 1000;

/** A run's words as [start, end) pairs relative to the run. */
function segmentRun(run: string): Int32Array {
  const segmenter = segmenterFor(localeOf(run));
  const bounds: number[] = [];
  let from = 0;
  while (from < run.length) {
    let to = Math.min(run.length, from + WINDOW);
    // Never between the two halves of a character outside the BMP.
    const high = run.charCodeAt(to - 1);
    if (to < run.length && high >= 0xd800 && high <= 0xdbff) to--;
    const last = to === run.length;
    const words: number[] = [];
    for (const part of segmenter.segment(from === 0 && last ? run : run.slice(from, to))) {
      if (part.isWordLike) words.push(from + part.index, from + part.index + part.segment.length);
    }
    if (last || words.length <= 2) {
      bounds.push(...words);
      from = to;
    } else {
      bounds.push(...words.slice(0, -2));
      from = words.at(-2)!;
    }
  }
  return Int32Array.from(bounds);
}

/**
 * The same runs recur (titles, headings, "本文档" at the top of every
 * translation); a run is cut once.
 */
const runCache = new Map<string, Int32Array>();
const MAX_CACHED_RUNS = 10_000;

function wordsOfRun(run: string): Int32Array {
  let bounds = runCache.get(run);
  if (!bounds) {
    bounds = segmentRun(run);
    if (runCache.size >= MAX_CACHED_RUNS) runCache.clear();
    runCache.set(run, bounds);
  }
  return bounds;
}

// --- Cutting text ---

/** Every word of the text, in order: segmented runs cut into their words. */
export function* wordsIn(text: string): Generator<WordAt> {
  const token = new RegExp(TOKEN);
  for (let m = token.exec(text); m; m = token.exec(text)) {
    if (m[1] === undefined) {
      yield { key: wordKey(m[0]), start: m.index, end: m.index + m[0].length };
      continue;
    }
    const bounds = wordsOfRun(m[1]);
    for (let i = 0; i < bounds.length; i += 2) {
      const start = m.index + bounds[i]!;
      const end = m.index + bounds[i + 1]!;
      yield { key: text.slice(start, end).toLowerCase(), start, end };
    }
  }
}

/**
 * Up to `count` consecutive words, the first starting exactly at `start`;
 * none when no word starts there (inside a segmented run, only where the
 * segmenter put a boundary).
 */
export function wordsAt(text: string, start: number, count: number): WordAt[] {
  let runStart = start;
  while (runStart > 0 && SEGMENTED_CHAR.test(text[runStart - 1]!)) runStart--;
  const words: WordAt[] = [];
  if (count <= 0) return words;
  const token = new RegExp(TOKEN);
  token.lastIndex = runStart;
  for (let m = token.exec(text); m && words.length < count; m = token.exec(text)) {
    if (m[1] === undefined) {
      if (m.index < start) continue;
      words.push({ key: wordKey(m[0]), start: m.index, end: m.index + m[0].length });
      continue;
    }
    const bounds = wordsOfRun(m[1]);
    for (let i = 0; i < bounds.length && words.length < count; i += 2) {
      const wordStart = m.index + bounds[i]!;
      if (wordStart < start) continue;
      const end = m.index + bounds[i + 1]!;
      words.push({ key: text.slice(wordStart, end).toLowerCase(), start: wordStart, end });
    }
  }
  return words.length > 0 && words[0]!.start === start ? words : [];
}

/** The keys of every word, as the index cuts them. */
export function wordKeys(text: string): string[] {
  return Array.from(wordsIn(text), (w) => w.key);
}

/**
 * The words of a query as the reader means them: a segmented run stays one
 * word (a sequence of characters that must appear in that order: see
 * ranking.ts), other words are cut as in the text.
 */
export function queryWordKeys(text: string): string[] {
  const keys: string[] = [];
  const token = new RegExp(TOKEN);
  for (let m = token.exec(text); m; m = token.exec(text)) {
    keys.push(m[1] === undefined ? wordKey(m[0]) : m[1].toLowerCase());
  }
  return keys;
}

/** The words the segmenter cuts a segmented query word into (the index's terms for it). */
export function segmentsOf(key: string): string[] {
  return wordKeys(key);
}

/**
 * The characters of every segmented run, one by one and in adjacent pairs:
 * the index's "grams" field, which tells without reading the text which
 * articles hold a sequence of characters, however the segmenter cut them.
 */
export function* gramsIn(text: string): Generator<string> {
  if (!hasSegmentedText(text)) return;
  const token = new RegExp(TOKEN);
  for (let m = token.exec(text); m; m = token.exec(text)) {
    if (m[1] === undefined) continue;
    let previous = '';
    for (const character of m[1].toLowerCase()) {
      yield character;
      if (previous) yield previous + character;
      previous = character;
    }
  }
}

/**
 * The grams that must all be in an article holding this segmented word:
 * the word itself when it is one or two characters long, else its pairs.
 */
export function gramsOf(key: string): string[] {
  const characters = [...key];
  if (characters.length <= 2) return [key];
  const pairs = new Set<string>();
  for (let i = 1; i < characters.length; i++) pairs.add(characters[i - 1]! + characters[i]!);
  return [...pairs];
}

// --- Scanning lower-cased text fast (passages.ts) ---

/**
 * A regular expression for words of the other scripts, in lower-cased
 * text, that start with one of the given lower-case prefixes. It may match
 * inside a word: check with startsWord. (A look-behind in the expression
 * itself, tried at every position, made scanning ten times slower.)
 */
export function wordsStartingWith(prefixes: readonly string[]): RegExp {
  const alternatives = [...new Set(prefixes)]
    .filter((p) => p !== '')
    .map((p) => escapeForPattern(p));
  if (alternatives.length === 0) return /(?!)/gu;
  return new RegExp(
    `(?:${alternatives.join('|')})${WORD_CHAR}*(?:['’_]${LETTER}${WORD_CHAR}*)*`,
    'gv',
  );
}

/** A literal for a regular expression, apostrophes either way. */
export function escapeForPattern(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "['’]");
}

const WORD_CHARACTER = new RegExp(WORD_CHAR, 'v');
const JOINER = /['’_]/;

/** Does a word of the other scripts start at this offset? */
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
