// Finds where an article matches a query, in its block text: the index keeps
// no term positions, so after ranking, only the best articles' text is read
// and scanned with the same word cutting and stemming the index used.
import type { SearchPassage, TextMatch } from '../../common/api';
import type { TextRange } from '../../common/segments';
import type { Block } from '../../common/model';
import { stem, stemAnchor, wordKey, wordsIn, wordsStartingWith, type WordAt } from './words';

/** What to look for: index terms (stems) and phrases (word keys in order). */
export interface MatchTarget {
  stems: ReadonlySet<string>;
  phrases: readonly (readonly string[])[];
  /** How many of the phrases (the last ones) are to be avoided; their finding is reported, not marked. */
  excludedPhrases: number;
}

/** An article's blocks with what the scan needs, prepared once and cached. */
export interface PreparedText {
  blocks: readonly Block[];
  /** The heading each block sits under ('' before the first, and for headings). */
  sections: readonly string[];
}

export function prepareText(blocks: readonly Block[]): PreparedText {
  let section = '';
  const sections: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' && (block.level ?? 2) >= 2) section = block.text;
    sections.push(block.kind === 'heading' ? '' : section);
  }
  return { blocks, sections };
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
  /** Words that may have a wanted stem (they start with its anchor). */
  candidates: RegExp;
  /** Words that may start a phrase. */
  phraseStarts: RegExp;
}

function scannerFor(target: MatchTarget): Scanner {
  return {
    target,
    candidates: wordsStartingWith([...target.stems].map(stemAnchor)),
    phraseStarts: wordsStartingWith(target.phrases.map((p) => p[0] ?? '')),
  };
}

/** Matches in one block: words whose stem is wanted, and whole phrases. */
function matchBlock(text: string, scanner: Scanner): Omit<BlockMatches, 'index'> {
  const { target } = scanner;
  const ranges: TextRange[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(scanner.candidates)) {
    const stemmed = stem(wordKey(m[0]));
    if (target.stems.has(stemmed)) {
      ranges.push({ start: m.index, end: m.index + m[0].length });
      seen.add(stemmed);
    }
  }
  let phrasesFound = target.phrases.map(() => false);
  scanner.phraseStarts.lastIndex = 0;
  if (target.phrases.length > 0 && scanner.phraseStarts.test(text)) {
    // Phrase words compare by stem: "barn owl" finds "barn owls".
    const words: WordAt[] = [...wordsIn(text)];
    const stems = words.map((w) => stem(w.key));
    const marked = target.phrases.length - target.excludedPhrases;
    phrasesFound = target.phrases.map((phrase, p) => {
      const wanted = phrase.map(stem);
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
  return {
    ranges: mergeRanges(ranges),
    distinct: seen.size + phrasesFound.filter(Boolean).length,
    phrasesFound,
  };
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
    const matches = matchBlock(text.blocks[index]!.text, scanner);
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
  const enough = (options.enoughDistinct ?? target.stems.size) + target.phrases.length;
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
