// Plain text body -> draft blocks. Paragraphs are lines or blank-line runs
// (see plaintext-lines.ts); headings are adorned section titles or short
// unpunctuated lines between paragraphs; reStructuredText markup is read
// just enough (plaintext-rst.ts) that RST files do not show their machinery.
import type { Container } from '../common/model';
import { normalizeCode, normalizeProse } from '../common/text';
import { expandIncludes, type IncludeReader } from './include';
import {
  expandTabs,
  groupLines,
  indentedSectionTitle,
  splitLines,
  type LineGroup,
} from './plaintext-lines';
import {
  citationLabels,
  closesSimpleTable,
  isDrawing,
  isTable,
  looksLikeRest,
  explicitMarkupStarts,
  opensSimpleTable,
  readExplicitMarkup,
  stripLiteralMarker,
  type MarkupWarning,
} from './plaintext-rst';
import { PlainStructure } from './plaintext-structure';
import { isBoilerplate, isMetadataLine } from './furniture';
import { definitionItems } from './rst-definitions';
import { RestFootnotes } from './rst-footnotes';
import { restInline, type RestInlineContext } from './rst-inline';
import { sameTitle } from './title';
import type { DraftBlock, ParsedBody, SourceWarning } from './types';

/** Where a plain-text source is, for its includes and its links to other sources. */
export interface PlainTextSource {
  /** The source file's real path, which relative includes start from. */
  file?: string;
  /** Reads an included file; without one, includes are reported as not followed. */
  readInclude?: IncludeReader;
  /** The file's path from the documentation's root, "/" between folders (see rst-inline.ts). */
  pathFromRoot?: string;
}

/** Headings are short: longer lines are sentences, even without a full stop. */
const MAX_HEADING_CHARS = 80;
const BULLET = /^\s*(?:[-*+•‣◦]|\d{1,3}[.)]|#\.|\([A-Za-z0-9]{1,3}\)|[A-Za-z]\))\s+(?=\S)/u;
/** A bullet that numbers its item: 1. 2) (3) #. a) (b). */
const ENUMERATOR = /^\s*\(?([0-9]{1,3}|#|[A-Za-z]{1,3})[.)]/;

/** A block plus what the heading rule needs to know about where it came from. */
type WorkingBlock = DraftBlock & { fromOneLine?: boolean };

/**
 * The document's own title gives the article's; with a front matter title, a
 * heading equal to it is not repeated as a block.
 */
export function parsePlainText(
  body: string,
  title?: string,
  source: PlainTextSource = {},
): ParsedBody {
  const warnings: SourceWarning[] = [];
  const isRest = looksLikeRest(body);
  const expanded = isRest
    ? expandIncludes(splitLines(body), source.file, source.readInclude, warnings)
    : { lines: splitLines(body), lineOf: [] };
  const groups = groupLines(expanded.lines.map(expandTabs));
  const inline: RestInlineContext = {
    footnotes: new RestFootnotes(isRest ? citationLabels(expanded.lines) : new Set()),
    ...(source.pathFromRoot === undefined ? {} : { pathFromRoot: source.pathFromRoot }),
  };
  const blocks = classifyGroups(groups, isRest, warnings, inline, expanded.lineOf);
  const adorned = groups.some((group) => group.kind === 'title');
  // Adorned titles are explicit; guessing headings from short lines as well
  // would turn RST captions and labels into a noisy table of contents.
  if (!adorned) markShortLineHeadings(blocks);

  const parsed: ParsedBody = { blocks: [], warnings };
  const titleIndex = documentTitleIndex(blocks, adorned);
  const heading = blocks[titleIndex];
  if (heading && (title === undefined || sameTitle(heading.text, title))) {
    parsed.bodyTitle = heading.text;
    // Labels above the title are how other documents :ref: this one: they lead to its top.
    if (heading.anchors) parsed.titleAnchors = heading.anchors;
    if (heading.labels) parsed.titleLabels = heading.labels;
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

/** Builds the blocks, with the structure around each and the labels waiting for the next one. */
class BlockSink {
  readonly blocks: WorkingBlock[] = [];
  readonly structure = new PlainStructure();
  #labels: string[] = [];

  constructor(readonly inline: RestInlineContext) {}

  /** A `.. _label:` target: the next block's name for links and `:ref:` roles. */
  label(name: string): void {
    this.#labels.push(name);
  }

  push(block: WorkingBlock, within: Container[]): void {
    if (within.length > 0) block.within = within;
    if (this.#labels.length > 0) {
      block.anchors = [...(block.anchors ?? []), ...this.#labels];
      block.labels = this.#labels;
      this.#labels = [];
    }
    this.blocks.push(block);
  }
}

function classifyGroups(
  groups: ReturnType<typeof groupLines>,
  isRest: boolean,
  warnings: SourceWarning[],
  inline: RestInlineContext,
  lineOf: number[],
): WorkingBlock[] {
  const sink = new BlockSink(inline);
  const { structure } = sink;
  const blocks = sink.blocks;
  const lineInSource = (line: number) => lineOf[line - 1] ?? line;
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
  let codeWithin: Container[] = [];
  const endCode = () => {
    pushCode(sink, code, codeWithin);
    code = [];
  };
  const appendCode = (lines: string[], blankLinesBefore: number) => {
    // Blank lines inside a code block are part of it.
    // A loop, not push(...lines): spreading a huge array overflows the stack.
    if (code.length > 0) for (let i = 0; i < blankLinesBefore; i++) code.push('');
    else codeWithin = structure.path();
    for (const line of lines) code.push(line);
  };
  let inSimpleTable = false;
  const pushHeading = (text: string, style: string) => {
    if (!headingStyles.includes(style)) headingStyles.push(style);
    const level = Math.min(6, headingStyles.indexOf(style) + 1);
    structure.clear();
    pushProse(sink, 'heading', text, [], { level, anchor: true });
  };

  // Runs the loop itself splits off (a definition's lines) are read before the next group.
  // A stack, the next run to read last: a definition list's lines are pushed in reverse.
  const queued: QueuedGroup[] = [];
  const pushTerm = (term: string, indent: number) => {
    const literal = stripLiteralMarker(term);
    if (literal.introducesCode) {
      // "For level 4::" with its code right below, no blank line between: a literal block still.
      pushProse(sink, 'paragraph', literal.text, structure.at(indent));
      nested = { runsAre: 'code', bodyIndent: indent };
    } else {
      pushProse(sink, 'term', term, structure.definition(indent).term);
      nested = { runsAre: 'prose', bodyIndent: indent };
    }
  };
  for (let next = 0; queued.length > 0 || next < groups.length;) {
    const group: QueuedGroup | undefined = queued.pop() ?? groups[next++];
    if (group === undefined) break;
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
    let { lines } = group;
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
    const markupStarts = isRest ? explicitMarkupStarts(lines, indent) : [];
    if (markupStarts.length > 0) {
      // Each block after the first is read as a run of its own, in order.
      const ends = [...markupStarts.slice(1), lines.length];
      for (let i = markupStarts.length - 1; i >= 0; i--) {
        const start = markupStarts[i] ?? 0;
        queued.push(lineGroup(lines.slice(start, ends[i]), group.line + start));
      }
      lines = lines.slice(0, markupStarts[0]);
    }
    nested = { runsAre: 'prose', bodyIndent: indent };
    sink.inline.line = lineInSource(group.line);
    if (group.term !== undefined) {
      pushTerm(lines[0]?.trim() ?? '', group.term);
      continue;
    }

    const markup = readExplicitMarkup(
      lines.map((line) => line.slice(indent)),
      isRest,
    );
    const nestedTitle = isRest ? indentedSectionTitle(lines) : undefined;
    if (markup && 'warning' in markup && markup.warning) {
      warnings.push({ line: lineInSource(group.line), ...markup.warning });
    }
    const isBullet = !markup && BULLET.test(lines[0] ?? '');
    if (markup?.kind === 'text' && markup.aside) {
      pushProse(sink, 'paragraph', markup.text, structure.aside(indent, markup.aside.label));
      continue;
    }
    const noteLabel = markup?.kind === 'text' ? (markup.footnote ?? markup.citation) : undefined;
    if (markup?.kind === 'text' && noteLabel !== undefined && sink.inline.footnotes) {
      const { footnotes } = sink.inline;
      const note =
        markup.citation === undefined
          ? footnotes.definition(noteLabel)
          : footnotes.citation(noteLabel);
      pushProse(sink, 'paragraph', markup.text, structure.footnote(indent, note.id, note.label));
      continue;
    }
    if (markup?.kind === 'image') {
      const within = markup.figure ? structure.figure(indent) : structure.directive(indent);
      const line = lineInSource(group.line);
      sink.push(
        { kind: 'image', text: '', imageSource: { src: markup.src, alt: markup.alt, line } },
        within,
      );
      if (markup.caption !== undefined) pushProse(sink, 'caption', markup.caption, within);
      // Options and the caption's later paragraphs are indented past the directive.
      nested.runsAre = 'prose';
      continue;
    }
    const definitions =
      isRest &&
      !markup &&
      !isBullet &&
      !nestedTitle &&
      !opensSimpleTable(lines) &&
      !isTable(lines) &&
      !isDrawing(lines)
        ? definitionItems(lines)
        : undefined;
    if (definitions) {
      // The first term now; each definition, and each later term, as runs of their own.
      for (let i = definitions.length - 1; i >= 0; i--) {
        const item = definitions[i];
        if (!item) continue;
        queued.push(lineGroup(item.body, group.line + item.termIndex + 1));
        if (i > 0)
          queued.push({ ...lineGroup([item.term], group.line + item.termIndex), term: indent });
      }
      pushTerm(definitions[0]?.term ?? '', indent);
      continue;
    }
    if (!isBullet) structure.at(indent);
    if (markup?.kind === 'text')
      pushProse(sink, 'paragraph', markup.text, structure.directive(indent));
    else if (markup) {
      nested.runsAre = markup.kind;
      if (markup.kind === 'hidden' && markup.label !== undefined) sink.label(markup.label);
      if (markup.kind === 'hidden' && markup.bodyWarning) {
        nested.hiddenBodyWarning = { line: lineInSource(group.line), ...markup.bodyWarning };
      }
    } else if (opensSimpleTable(lines)) {
      appendCode(lines, 0);
      inSimpleTable = true;
    } else if (isTable(lines)) pushCode(sink, lines, structure.path());
    else if (nestedTitle) pushHeading(nestedTitle.text, nestedTitle.style);
    else if (isBullet) {
      // Code after an item's `::` is indented past the item's text, not its bullet.
      const lastLine = lines.at(-1) ?? '';
      const itemTextColumn = BULLET.exec(lastLine)?.[0].length ?? smallestIndent([lastLine]);
      const hidden = (offset: number, warning: MarkupWarning) =>
        warnings.push({ line: lineInSource(group.line + offset), ...warning });
      const introducesCode = pushListItems(sink, lines, isRest ? hidden : undefined);
      if (introducesCode) nested = { runsAre: 'code', bodyIndent: itemTextColumn };
    } else if (isDrawing(lines)) pushCode(sink, lines, structure.path());
    else {
      const paragraph = stripLiteralMarker(normalizeProse(lines.join(' ')));
      if (paragraph.introducesCode) nested.runsAre = 'code';
      const within = isRest ? structure.paragraph(indent) : structure.path();
      pushProse(sink, 'paragraph', paragraph.text, within, {
        fromOneLine: lines.length === 1,
      });
    }
  }
  endCode();
  return blocks;
}

/** A run the loop split off; `term` (its column) when it is a definition list's term. */
type QueuedGroup = LineGroup & { term?: number };

function lineGroup(lines: string[], line: number): LineGroup {
  return { kind: 'lines', lines, blankLinesBefore: 0, line };
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
function pushListItems(
  sink: BlockSink,
  lines: string[],
  hidden?: (offset: number, warning: MarkupWarning) => void,
): boolean {
  const items: { bullet: string; lines: string[]; offset: number }[] = [];
  for (const [offset, line] of lines.entries()) {
    const bullet = BULLET.exec(line)?.[0];
    if (bullet !== undefined || items.length === 0) {
      items.push({ bullet: bullet ?? '', lines: [line.slice(bullet?.length ?? 0)], offset });
    } else items.at(-1)?.lines.push(line);
  }
  let introducesCode = false;
  for (const item of items) {
    const itemText = stripLiteralMarker(normalizeProse(item.lines.join(' ')));
    introducesCode = itemText.introducesCode;
    const indent = /^\s*/.exec(item.bullet)?.[0].length ?? 0;
    const enumerator = ENUMERATOR.exec(item.bullet)?.[1];
    const within = sink.structure.item(
      indent,
      enumerator !== undefined,
      startOf(enumerator),
      item.bullet.length,
    );
    // In reST an item may start with a target or a comment (a list-table's
    // `* .. _flag-name:` row): it names the next block or is hidden, as a
    // paragraph's would be; anything else is the item's text.
    const markup =
      hidden &&
      readExplicitMarkup(
        item.lines.map((line) => line.trim()),
        true,
      );
    if (markup?.kind === 'hidden') {
      if (markup.label !== undefined) sink.label(markup.label);
      if (markup.warning) hidden?.(item.offset, markup.warning);
      continue;
    }
    pushProse(sink, 'paragraph', itemText.text, within);
  }
  return introducesCode;
}

/** The number an enumerator stands for: 3 for "3.", 2 for "b)"; none for "#." or Roman numerals. */
function startOf(enumerator: string | undefined): number | undefined {
  if (enumerator === undefined || enumerator === '#') return undefined;
  if (/^\d+$/.test(enumerator)) return Number(enumerator);
  if (/^[a-z]$/i.test(enumerator)) return enumerator.toLowerCase().charCodeAt(0) - 96;
  return undefined;
}

function pushProse(
  sink: BlockSink,
  kind: DraftBlock['kind'],
  rawText: string,
  within: Container[],
  options: { level?: number; fromOneLine?: boolean; anchor?: boolean } = {},
): void {
  const { text, marks } = restInline(normalizeProse(rawText), sink.inline);
  if (text === '') return;
  const block: WorkingBlock = { kind, text };
  if (options.level !== undefined) block.level = options.level;
  if (marks.length > 0) block.marks = marks;
  if (options.fromOneLine) block.fromOneLine = true;
  // A section title's id as docutils makes it, for a link to `#its-title`.
  if (options.anchor) block.anchors = [docutilsId(text)].filter((id) => id !== '');
  sink.push(block, within);
}

function docutilsId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Code keeps its lines, minus the indentation they all share. */
function pushCode(sink: BlockSink, lines: string[], within: Container[]): void {
  const common = smallestIndent(lines);
  const text = normalizeCode(lines.map((line) => line.slice(common)).join('\n'));
  if (text !== '') sink.push({ kind: 'code', text }, within);
}

function isHeadingLike(block: WorkingBlock | undefined): boolean {
  if (block?.kind !== 'paragraph' || !block.fromOneLine || block.within) return false;
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

function withoutWorkingFields({ fromOneLine: _fromOneLine, ...block }: WorkingBlock): DraftBlock {
  return block;
}
