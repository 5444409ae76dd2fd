// Finds where an article matches a query, in its block text: the index keeps
// no term positions, so after ranking, only the best articles' text is read
// and scanned with the same word cutting and stemming the index used.
import type { SearchPassage, TextMatch } from '../../common/api';
import type { TextRange } from '../../common/segments';
import type { Block } from '../../common/model';
import { searchableText } from '../../common/searchable-text';
import {
  escapeForPattern,
  isSegmented,
  startsWord,
  stemAnchor,
  wordKey,
  wordsAt,
  wordsIn,
  wordsStartingWith,
  type WordAt,
} from './words';
import { analyzer, type Analyzer, type LanguageName } from './languages';

/**
 * What to look for: index terms (stems), words of segmented scripts (as
 * sequences of characters, found wherever they are: see ranking.ts) and
 * phrases (word keys in order).
 */
export interface MatchTarget {
  stems: ReadonlySet<string>;
  sequences?: ReadonlySet<string>;
  /** The language the article was stemmed in (English when absent). */
  language?: LanguageName;
  phrases: readonly (readonly string[])[];
  /** How many of the phrases (the last ones) are to be avoided; their finding is reported, not marked. */
  excludedPhrases: number;
}

/** An article's blocks with what the scan needs, prepared once and cached. */
export interface PreparedText {
  blocks: readonly Block[];
  /**
   * A block's text in lower case, where that keeps every offset (almost
   * always; a few letters change length), else undefined and the block is
   * scanned word by word. Made on first use: a scan often stops early.
   */
  folded(index: number): string | undefined;
  /** The heading each block sits under ('' before the first, and for headings). */
  sections: readonly string[];
}

export function prepareText(articleBlocks: readonly Block[]): PreparedText {
  // An image is searched by its alt text (common/model.ts searchableText).
  const blocks = articleBlocks.some((block) => block.kind === 'image')
    ? articleBlocks.map((block) =>
        block.kind === 'image' ? { ...block, text: searchableText(block) } : block,
      )
    : articleBlocks;
  let section = '';
  const sections: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' && (block.level ?? 2) >= 2) section = block.text;
    sections.push(block.kind === 'heading' ? '' : section);
  }
  const folded: (string | null | undefined)[] = [];
  return {
    blocks,
    sections,
    folded(index) {
      let lower = folded[index];
      if (lower === undefined) {
        const text = blocks[index]?.text ?? '';
        const candidate = text.toLowerCase();
        lower = folded[index] = candidate.length === text.length ? candidate : null;
      }
      return lower ?? undefined;
    },
  };
}

interface BlockMatches {
  index: number;
  ranges: TextRange[];
  /** Distinct stems matched, plus phrases found. */
  distinct: number;
  phrasesFound: boolean[];
}

/** The target compiled for scanning: regular expressions that find candidate words fast. */
interface Scanner {
  target: MatchTarget;
  language: Analyzer;
  /**
   * Words that may have a wanted stem (they start with its anchor). Only for
   * English: other stemmers also rewrite inside a word (German "häuser" is
   * "haus"), so their words are all stemmed.
   */
  candidates?: RegExp;
  /** Words that may start a phrase (English only, likewise). */
  phraseStarts?: RegExp;
  /** Each phrase's words, stemmed. */
  phraseStems: string[][];
  longestPhrase: number;
}

// Compiling a Unicode, case-insensitive expression costs far more than running
// it over an article; one query scans up to a page of articles with the same
// words, and the next keystroke usually asks for them again.
const compiled = new Map<string, RegExp>();
const MAX_COMPILED = 64;

/** Drops prefixes that a shorter one already covers ("mem" covers "memori", "memcg"). */
function coveringPrefixes(prefixes: readonly string[]): string[] {
  const sorted = [...new Set(prefixes)].filter((p) => p !== '').sort();
  const kept: string[] = [];
  for (const prefix of sorted) {
    const last = kept.at(-1);
    if (last === undefined || !prefix.startsWith(last)) kept.push(prefix);
  }
  return kept;
}

function wordsStartingWithCached(prefixes: string[]): RegExp {
  prefixes = coveringPrefixes(prefixes);
  const key = prefixes.join('\u0000');
  let regex = compiled.get(key);
  if (!regex) {
    regex = wordsStartingWith(prefixes);
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
    compiled.set(key, regex);
  }
  return regex;
}

function scannerFor(target: MatchTarget): Scanner {
  const language = analyzer(target.language);
  return {
    target,
    language,
    ...(language.porter && {
      candidates: wordsStartingWithCached(
        [...target.stems].filter((s) => !isSegmented(s)).map(stemAnchor),
      ),
      phraseStarts: phrasePattern(target.phrases),
    }),
    phraseStems: target.phrases.map((phrase) => phrase.map((w) => language.stem(w))),
    longestPhrase: Math.max(0, ...target.phrases.map((p) => p.length)),
  };
}

/**
 * A phrase word's text must have exactly the word's stem, and Porter's
 * stemmer only rewrites a word's last letter or two once its suffix is gone,
 * so all but the stem's last two letters (at least three) must start the
 * word: a much sharper test than stemAnchor for the short words phrases are
 * made of ("spin lock" would otherwise look at every "sp… lo…").
 */
function phraseWordAnchor(stemmed: string): string {
  return stemmed.slice(0, Math.max(3, stemmed.length - 2));
}

const WORD_REST_THEN_GAP = "[\\p{L}\\p{N}\\p{M}'’_]*[^\\p{L}\\p{N}]+";
const WORD_REST_THEN_MAYBE_GAP = "[\\p{L}\\p{N}\\p{M}'’_]*?[^\\p{L}\\p{N}]*";

/**
 * Lower-cased text that may hold one of the phrases: each word's stem anchor,
 * then the rest of a word, then something that is not a letter; checked word
 * by word afterwards.
 */
function phrasePattern(phrases: MatchTarget['phrases']): RegExp {
  if (phrases.length === 0) return /(?!)/gu;
  const key = phrases.map((p) => p.join(' ')).join('\u0000');
  let regex = compiled.get(key);
  if (!regex) {
    const alternatives = phrases.map((phrase) =>
      phrase
        .map((word, i) => {
          const anchor = escapeForPattern(phraseWordAnchor(analyzer('en').stem(word)));
          if (i === 0) return anchor;
          // Words of other scripts are apart; a segmented word may touch its neighbours.
          const apart = !isSegmented(word) && !isSegmented(phrase[i - 1]!);
          return `${apart ? WORD_REST_THEN_GAP : WORD_REST_THEN_MAYBE_GAP}${anchor}`;
        })
        .join(''),
    );
    regex = new RegExp(alternatives.join('|'), 'gu');
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
    compiled.set(key, regex);
  }
  return regex;
}

/** Matches in one block: words whose stem is wanted, and whole phrases. */
function matchBlock(
  text: string,
  folded: string | undefined,
  scanner: Scanner,
): Omit<BlockMatches, 'index'> {
  const { target, language } = scanner;
  const ranges: TextRange[] = [];
  let seen: Set<string> | undefined;
  const consider = (start: number, end: number) => {
    const stemmed = language.stem(wordKey(text.slice(start, end)));
    if (target.stems.has(stemmed)) {
      ranges.push({ start, end });
      (seen ??= new Set()).add(stemmed);
    }
  };
  if (target.sequences?.size) {
    // These scripts have no case: the text itself will do where lower case moves offsets.
    const lower = folded ?? text;
    for (const sequence of target.sequences) {
      for (let at = lower.indexOf(sequence); at >= 0; at = lower.indexOf(sequence, at + 1)) {
        ranges.push({ start: at, end: at + sequence.length });
        (seen ??= new Set()).add(sequence);
      }
    }
  }
  if (target.stems.size === 0) {
    // Only phrases: no word to look for on its own (an empty pattern still walks the whole text).
  } else if (folded !== undefined && scanner.candidates) {
    // exec with lastIndex rather than matchAll, which copies the expression per call.
    const candidates = scanner.candidates;
    candidates.lastIndex = 0;
    for (let m = candidates.exec(folded); m; m = candidates.exec(folded)) {
      if (startsWord(folded, m.index)) consider(m.index, m.index + m[0].length);
    }
  } else {
    for (const word of wordsIn(text)) consider(word.start, word.end);
  }
  let phrasesFound = target.phrases.map(() => false);
  const marked = target.phrases.length - target.excludedPhrases;
  const starts = scanner.phraseStarts;
  if (target.phrases.length > 0 && folded !== undefined && starts) {
    phrasesFound = findPhrasesAtStarts(text, folded, starts, scanner, marked, ranges);
  } else if (target.phrases.length > 0) {
    if (starts) starts.lastIndex = 0;
    if (!starts || starts.test(text.toLowerCase())) {
      // Phrase words compare by stem: "barn owl" finds "barn owls".
      const words: WordAt[] = [...wordsIn(text)];
      const stems = words.map((w) => language.stem(w.key));
      phrasesFound = target.phrases.map((phrase, p) => {
        const wanted = scanner.phraseStems[p]!;
        let found = false;
        for (let i = 0; i + phrase.length <= words.length; i++) {
          if (wanted.every((s, k) => stems[i + k] === s)) {
            if (p < marked)
              ranges.push({ start: words[i]!.start, end: words[i + phrase.length - 1]!.end });
            found = true;
          }
        }
        return found;
      });
    }
  }
  return {
    ranges: mergeRanges(ranges),
    distinct: (seen?.size ?? 0) + phrasesFound.filter(Boolean).length,
    phrasesFound,
  };
}

/**
 * Phrases in a block whose lower-cased text keeps its offsets. Every
 * occurrence starts where the phrase pattern matches at a word start, so
 * only there are the next words cut and stemmed: a long block full of
 * near misses ("spin_lock(&lock)" for "spin lock") is not cut into words
 * as a whole. Each position is tried (lastIndex moves by one), so
 * overlapping occurrences are all found.
 */
function findPhrasesAtStarts(
  text: string,
  folded: string,
  starts: RegExp,
  scanner: Scanner,
  marked: number,
  ranges: TextRange[],
): boolean[] {
  const wanted = scanner.phraseStems;
  const found = wanted.map(() => false);
  const longest = scanner.longestPhrase;
  const { language } = scanner;
  starts.lastIndex = 0;
  for (let m = starts.exec(folded); m; m = starts.exec(folded)) {
    starts.lastIndex = m.index + 1;
    // Inside a segmented run, wordsAt tells whether a word starts here.
    if (!isSegmented(folded[m.index]!) && !startsWord(folded, m.index)) continue;
    const words = wordsAt(text, m.index, longest);
    wanted.forEach((stems, p) => {
      if (stems.length > words.length || !stems.every((s, k) => language.stem(words[k]!.key) === s))
        return;
      found[p] = true;
      if (p < marked) ranges.push({ start: words[0]!.start, end: words[stems.length - 1]!.end });
    });
  }
  return found;
}

/** Sorted, with overlapping ranges (a word inside a found phrase) joined. */
function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Scans blocks in reading order. With `stopAfter`, stops once that many
 * blocks matched `enough` distinct terms: the first full matches of a long
 * article are as good as any, and the rest need not be read.
 */
function scanArticle(
  text: PreparedText,
  target: MatchTarget,
  stopAfter?: { blocks: number; enough: number },
): BlockMatches[] {
  const scanner = scannerFor(target);
  const found: BlockMatches[] = [];
  let full = 0;
  for (let index = 0; index < text.blocks.length; index++) {
    const matches = matchBlock(text.blocks[index]!.text, text.folded(index), scanner);
    if (matches.ranges.length === 0 && !matches.phrasesFound.some(Boolean)) continue;
    found.push({ index, ...matches });
    if (stopAfter && matches.distinct >= stopAfter.enough && ++full >= stopAfter.blocks) break;
  }
  return found;
}

export interface ArticleScan {
  /** Best passages first (most distinct terms, then most matches, then earliest). */
  passages: SearchPassage[];
  /** Per required phrase: does the article contain it anywhere? */
  phrasesFound: boolean[];
}

export const MAX_PASSAGES = 3;

export function findPassages(
  text: PreparedText,
  target: MatchTarget,
  options: { maxPassages?: number; enoughDistinct?: number } = {},
): ArticleScan {
  const maxPassages = options.maxPassages ?? MAX_PASSAGES;
  // Phrases to avoid must be looked for everywhere; otherwise stop at enough good passages.
  const enough =
    (options.enoughDistinct ?? target.stems.size + (target.sequences?.size ?? 0)) +
    target.phrases.length;
  const matches = scanArticle(
    text,
    target,
    target.excludedPhrases > 0 ? undefined : { blocks: maxPassages, enough },
  );
  const phrasesFound = target.phrases.map((_, p) => matches.some((m) => m.phrasesFound[p]));
  const best = [...matches]
    .sort(
      (a, b) => b.distinct - a.distinct || b.ranges.length - a.ranges.length || a.index - b.index,
    )
    .slice(0, maxPassages);
  return {
    phrasesFound,
    passages: best.map((m) => {
      const block = text.blocks[m.index]!;
      const snippet = makeSnippet(block.text, m.ranges);
      const section = text.sections[m.index];
      return {
        blockId: block.id,
        ...(section ? { sectionHeading: section } : {}),
        snippet: snippet.text,
        ranges: snippet.ranges,
        matchCount: m.ranges.length,
      };
    }),
  };
}

/** Every match in the article, in reading order: what the reader marks and steps through. */
export function findAllMatches(text: PreparedText, target: MatchTarget): TextMatch[] {
  return scanArticle(text, target).flatMap((m) =>
    m.ranges.map((r) => ({ blockId: text.blocks[m.index]!.id, start: r.start, end: r.end })),
  );
}

const SNIPPET_LENGTH = 200;
const LEAD_IN = 60;

/**
 * About SNIPPET_LENGTH characters of the block around its densest run of
 * matches, cut at spaces, with "…" where text was left out; ranges are
 * offsets into the snippet.
 */
export function makeSnippet(
  text: string,
  ranges: readonly TextRange[],
): { text: string; ranges: TextRange[] } {
  if (text.length <= SNIPPET_LENGTH) return { text, ranges: ranges.map((r) => ({ ...r })) };
  // Start near the match that has the most other matches just after it.
  let anchor = ranges[0] ?? { start: 0, end: 0 };
  let bestCount = -1;
  for (const range of ranges) {
    const count = ranges.filter(
      (r) => r.start >= range.start && r.end <= range.start + SNIPPET_LENGTH - LEAD_IN,
    ).length;
    if (count > bestCount) {
      bestCount = count;
      anchor = range;
    }
  }
  let start = Math.max(0, anchor.start - LEAD_IN);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < anchor.start ? space + 1 : start;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > Math.max(start, anchor.end) ? space : Math.max(end, anchor.end);
  }
  const before = start > 0 ? '…' : '';
  const after = end < text.length ? '…' : '';
  const shift = before.length - start;
  return {
    text: `${before}${text.slice(start, end)}${after}`,
    ranges: ranges
      .filter((r) => r.start >= start && r.end <= end)
      .map((r) => ({ start: r.start + shift, end: r.end + shift })),
  };
}
