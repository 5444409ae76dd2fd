// Plain text body -> draft blocks. Paragraphs are lines or blank-line runs
// (see plaintext-lines.ts); headings are adorned section titles or short
// unpunctuated lines between paragraphs; reStructuredText markup is read
// just enough (plaintext-rst.ts) that RST files do not show their machinery.
import { normalizeCode, normalizeProse } from '../common/text';
import { groupLines, indentedSectionTitle, splitLines } from './plaintext-lines';
import {
  closesSimpleTable,
  isTable,
  looksLikeRest,
  opensSimpleTable,
  readExplicitMarkup,
  stripInlineMarkup,
  stripLiteralMarker,
} from './plaintext-rst';
import { isBoilerplate, isMetadataLine } from './furniture';
import { sameTitle } from './title';
import type { DraftBlock, ParsedBody, SourceWarning } from './types';

/** Headings are short: longer lines are sentences, even without a full stop. */
const MAX_HEADING_CHARS = 80;
const BULLET = /^\s*(?:[-*+•‣◦]|\d{1,3}[.)]|#\.|\([A-Za-z0-9]{1,3}\)|[A-Za-z]\))\s+(?=\S)/u;

/** A block plus what the heading rule needs to know about where it came from. */
type WorkingBlock = DraftBlock & { fromOneLine?: boolean };

/**
 * The document's own title gives the article's; with a front matter title, a
 * heading equal to it is not repeated as a block.
 */
export function parsePlainText(body: string, title?: string): ParsedBody {
  const groups = groupLines(splitLines(body));
  const warnings: SourceWarning[] = [];
  const blocks = classifyGroups(groups, looksLikeRest(body), warnings);
  const adorned = groups.some((group) => group.kind === 'title');
  // Adorned titles are explicit; guessing headings from short lines as well
  // would turn RST captions and labels into a noisy table of contents.
  if (!adorned) markShortLineHeadings(blocks);

  const parsed: ParsedBody = { blocks: [], warnings };
  const titleIndex = documentTitleIndex(blocks, adorned);
  const heading = blocks[titleIndex];
  if (heading && (title === undefined || sameTitle(heading.text, title))) {
    parsed.bodyTitle = heading.text;
    blocks.splice(titleIndex, 1);
  }
  parsed.blocks = keepSectionsBelowTitle(blocks.map(withoutWorkingFields));
  return parsed;
}

/**
 * Which heading is the document's title, or -1. With adorned section titles
 * it is the first of them, wherever it is, as Sphinx takes a page's title:
 * kernel documents put a licence tag, an include, field lists (":Original:",
 * ":Author:"), a translator's note or a block of maintainers above it. A
 * heading guessed from a short line is the title only when nothing but such
 * furniture comes before it; one after the opening prose is a section.
 */
function documentTitleIndex(blocks: WorkingBlock[], adorned: boolean): number {
  if (adorned) return blocks.findIndex((block) => block.kind === 'heading');
  const first = blocks.findIndex((block) => !isAboveTitle(block));
  return blocks[first]?.kind === 'heading' ? first : -1;
}

function isAboveTitle(block: WorkingBlock): boolean {
  // A heading is never skipped: "Copyright" may well be the title.
  if (block.kind === 'heading') return false;
  if (block.kind === 'code') return true;
  // Punctuation alone is a table read line by line, not furniture.
  return /[\p{L}\p{N}]/u.test(block.text) && isBoilerplate(block.text);
}

function classifyGroups(
  groups: ReturnType<typeof groupLines>,
  isRest: boolean,
  warnings: SourceWarning[],
): WorkingBlock[] {
  const blocks: WorkingBlock[] = [];
  const headingStyles: string[] = [];
  /**
   * What the runs indented deeper than `bodyIndent` are: the code after a
   * `::` or code directive, the hidden body of a directive, or plain prose.
   */
  let nested: {
    runsAre: 'prose' | 'code' | 'hidden';
    bodyIndent: number;
    /** Said once if a hidden body turns out to hold text. */
    hiddenBodyWarning?: SourceWarning;
  } = { runsAre: 'prose', bodyIndent: 0 };
  let code: string[] = [];
  const endCode = () => {
    pushCode(blocks, code);
    code = [];
  };
  const appendCode = (lines: string[], blankLinesBefore: number) => {
    // Blank lines inside a code block are part of it.
    // A loop, not push(...lines): spreading a huge array overflows the stack.
    if (code.length > 0) for (let i = 0; i < blankLinesBefore; i++) code.push('');
    for (const line of lines) code.push(line);
  };
  let inSimpleTable = false;
  const pushHeading = (text: string, style: string) => {
    if (!headingStyles.includes(style)) headingStyles.push(style);
    const level = Math.min(6, headingStyles.indexOf(style) + 1);
    pushProse(blocks, 'heading', text, level);
  };

  for (const group of groups) {
    if (inSimpleTable && group.kind === 'lines') {
      appendCode(group.lines, group.blankLinesBefore);
      inSimpleTable = !closesSimpleTable(group.lines);
      if (!inSimpleTable) endCode();
      continue;
    }
    inSimpleTable = false;
    if (group.kind === 'title') {
      endCode();
      nested = { runsAre: 'prose', bodyIndent: 0 };
      pushHeading(group.text, group.style);
      continue;
    }
    const { lines } = group;
    const indent = smallestIndent(lines);
    const isNested = indent > nested.bodyIndent;
    if (isNested && nested.runsAre === 'code') {
      appendCode(lines, group.blankLinesBefore);
      continue;
    }
    if (isNested && nested.runsAre === 'hidden') {
      if (nested.hiddenBodyWarning) warnings.push(nested.hiddenBodyWarning);
      delete nested.hiddenBodyWarning;
      continue;
    }
    endCode();
    nested = { runsAre: 'prose', bodyIndent: indent };

    const markup = readExplicitMarkup(
      lines.map((line) => line.slice(indent)),
      isRest,
    );
    const nestedTitle = isRest ? indentedSectionTitle(lines) : undefined;
    if (markup && 'warning' in markup && markup.warning) {
      warnings.push({ line: group.line, ...markup.warning });
    }
    if (markup?.kind === 'text') pushProse(blocks, 'paragraph', markup.text);
    else if (markup) {
      nested.runsAre = markup.kind;
      if (markup.kind === 'hidden' && markup.bodyWarning) {
        nested.hiddenBodyWarning = { line: group.line, ...markup.bodyWarning };
      }
    } else if (opensSimpleTable(lines)) {
      appendCode(lines, 0);
      inSimpleTable = true;
    } else if (isTable(lines)) pushCode(blocks, lines);
    else if (nestedTitle) pushHeading(nestedTitle.text, nestedTitle.style);
    else if (BULLET.test(lines[0] ?? '')) {
      // Code after an item's `::` is indented past the item's text, not its bullet.
      const lastLine = lines.at(-1) ?? '';
      const itemTextColumn = BULLET.exec(lastLine)?.[0].length ?? smallestIndent([lastLine]);
      if (pushListItems(blocks, lines)) nested = { runsAre: 'code', bodyIndent: itemTextColumn };
    } else {
      const paragraph = stripLiteralMarker(normalizeProse(lines.join(' ')));
      if (paragraph.introducesCode) nested.runsAre = 'code';
      pushProse(blocks, 'paragraph', paragraph.text, undefined, lines.length === 1);
    }
  }
  endCode();
  return blocks;
}

function smallestIndent(lines: string[]): number {
  const indents = lines
    .filter((line) => line.trim() !== '')
    .map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  return indents.length === 0 ? 0 : indents.reduce((a, b) => Math.min(a, b));
}

/**
 * A run that starts with a bullet holds items, each starting at a bullet
 * line. Returns whether the last item ends with `::`, introducing code.
 */
function pushListItems(blocks: WorkingBlock[], lines: string[]): boolean {
  const items: string[][] = [];
  for (const line of lines) {
    if (BULLET.test(line) || items.length === 0) items.push([line.replace(BULLET, '')]);
    else items.at(-1)?.push(line);
  }
  let introducesCode = false;
  for (const item of items) {
    const itemText = stripLiteralMarker(normalizeProse(item.join(' ')));
    introducesCode = itemText.introducesCode;
    pushProse(blocks, 'list-item', itemText.text);
  }
  return introducesCode;
}

function pushProse(
  blocks: WorkingBlock[],
  kind: DraftBlock['kind'],
  rawText: string,
  level?: number,
  fromOneLine?: boolean,
): void {
  const text = stripInlineMarkup(normalizeProse(rawText));
  if (text === '') return;
  const block: WorkingBlock = level === undefined ? { kind, text } : { kind, level, text };
  if (fromOneLine) block.fromOneLine = true;
  blocks.push(block);
}

/** Code keeps its lines, minus the indentation they all share. */
function pushCode(blocks: WorkingBlock[], lines: string[]): void {
  const common = smallestIndent(lines);
  const text = normalizeCode(lines.map((line) => line.slice(common)).join('\n'));
  if (text !== '') blocks.push({ kind: 'code', text });
}

function isHeadingLike(block: WorkingBlock | undefined): boolean {
  if (block?.kind !== 'paragraph' || !block.fromOneLine) return false;
  const { text } = block;
  return (
    text.length < MAX_HEADING_CHARS &&
    /\p{L}/u.test(text) &&
    !/[.!?:;,"”’…]$/u.test(text) &&
    // ":Original: path", "Copyright (C) 2021 Jane Doe" are metadata, not sections.
    !isMetadataLine(text)
  );
}

/** A short line without end punctuation between paragraphs is a section heading. */
function markShortLineHeadings(blocks: WorkingBlock[]): void {
  const candidates = blocks.map((block) => isHeadingLike(block));
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    const followedByParagraph = next?.kind === 'paragraph' && !candidates[i + 1];
    if (candidates[i] && followedByParagraph && !candidates[i - 1]) {
      block.kind = 'heading';
      block.level = 2;
    }
  });
}

/** Level 1 is the article's title: when body headings use it, move all of them down one. */
function keepSectionsBelowTitle(blocks: DraftBlock[]): DraftBlock[] {
  if (!blocks.some((block) => block.kind === 'heading' && block.level === 1)) return blocks;
  return blocks.map((block) =>
    block.kind === 'heading' ? { ...block, level: Math.min(6, (block.level ?? 1) + 1) } : block,
  );
}

function withoutWorkingFields({ kind, level, text }: WorkingBlock): DraftBlock {
  return level === undefined ? { kind, text } : { kind, level, text };
}
