// The text of one block as a reader sees it, built from an HTML page's text
// nodes in order: whitespace collapses as a browser collapses it (and as
// normalizeProse does), a <br> is a hard "\n", and the marks over the text are
// kept as offsets into the text being built, so they stay exact however the
// whitespace around them collapses.
import { composeJoins } from './compose-joins';
import type { DraftMark } from './types';

/** The same whitespace normalizeProse collapses, so plain text reads the same either way. */
const WHITESPACE = /[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu;

export class InlineText {
  private readonly parts: string[] = [];
  private length = 0;
  private pendingSpace = false;
  private pendingBreaks = 0;
  private pendingSeparator = false;
  private readonly marks: DraftMark[] = [];

  /** `separator` stands between two block elements met inside this one block (a cell's paragraphs). */
  constructor(private readonly separator: ' ' | '\n' = ' ') {}

  /** Where the next visible character goes: a mark opened now starts here. */
  get offset(): number {
    return this.length;
  }

  get isEmpty(): boolean {
    return this.length === 0;
  }

  append(raw: string): void {
    const text = raw.normalize('NFC');
    let from = 0;
    for (const space of text.matchAll(WHITESPACE)) {
      if (space.index > from) this.commit(text.slice(from, space.index));
      this.pendingSpace = true;
      from = space.index + space[0].length;
    }
    if (from < text.length) this.commit(from === 0 ? text : text.slice(from));
  }

  /** A <br>: a line break the text keeps. */
  lineBreak(): void {
    this.pendingBreaks++;
  }

  /** The edge of a block element inside this block. */
  blockBoundary(): void {
    this.pendingSeparator = true;
  }

  /** A mark from `start` (an earlier offset) to here; empty ones are left out. */
  mark(mark: DraftMark): void {
    this.marks.push(mark);
  }

  /** The text and its marks, each mark shrunk off the spaces at its edges. */
  finish(): { text: string; marks: DraftMark[] } {
    const text = this.parts.join('');
    const marks: DraftMark[] = [];
    for (const mark of this.marks) {
      let { start, end } = mark;
      end = Math.min(end, text.length);
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      if (start < end) marks.push({ ...mark, start, end });
    }
    // Outer marks first where two start together, as the tree they came from nests them.
    marks.sort((a, b) => a.start - b.start || b.end - a.end);
    return composeJoins(text, marks);
  }

  private commit(visible: string): void {
    if (this.length > 0) {
      const gap =
        this.pendingBreaks > 0
          ? '\n'.repeat(this.pendingBreaks)
          : this.pendingSeparator
            ? this.separator
            : this.pendingSpace
              ? ' '
              : '';
      if (gap !== '') {
        this.parts.push(gap);
        this.length += gap.length;
      }
    }
    this.pendingSpace = false;
    this.pendingBreaks = 0;
    this.pendingSeparator = false;
    this.parts.push(visible);
    this.length += visible.length;
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a;
}

/** Trailing whitespace normalizeCode takes off each line. */
const TRAILING = new Set([0x20, 0x09, 0xa0]);

/**
 * The text of a code block: every character as written (and a <br> a line
 * break), then normalizeCode's policy (no trailing spaces, no blank lines at
 * either end), with the marks (links in a grammar, say) moved to match.
 */
export class CodeText {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly marks: DraftMark[] = [];

  get offset(): number {
    return this.length;
  }

  get isEmpty(): boolean {
    return this.length === 0;
  }

  append(raw: string): void {
    const text = raw.normalize('NFC').replace(/\r\n?/g, '\n');
    this.parts.push(text);
    this.length += text.length;
  }

  lineBreak(): void {
    this.append('\n');
  }

  /** Block elements inside code add nothing: the code's own line breaks lay it out. */
  blockBoundary(): void {}

  mark(mark: DraftMark): void {
    this.marks.push(mark);
  }

  finish(): { text: string; marks: DraftMark[] } {
    const raw = this.parts.join('');
    const keep = new Uint8Array(raw.length).fill(1);
    for (let lineStart = 0; lineStart <= raw.length;) {
      const newline = raw.indexOf('\n', lineStart);
      const lineEnd = newline === -1 ? raw.length : newline;
      for (let i = lineEnd - 1; i >= lineStart && TRAILING.has(raw.charCodeAt(i)); i--) keep[i] = 0;
      lineStart = lineEnd + 1;
    }
    for (let i = 0; i < raw.length && (keep[i] === 0 || raw[i] === '\n'); i++) keep[i] = 0;
    for (let i = raw.length - 1; i >= 0 && (keep[i] === 0 || raw[i] === '\n'); i--) keep[i] = 0;
    const at = new Uint32Array(raw.length + 1);
    const kept: string[] = [];
    for (let i = 0; i < raw.length; i++) {
      at[i] = kept.length;
      if (keep[i] === 1) kept.push(raw[i]!);
    }
    at[raw.length] = kept.length;
    const text = kept.join('');
    const marks: DraftMark[] = [];
    for (const mark of this.marks) {
      const start = at[mark.start]!;
      const end = at[Math.min(mark.end, raw.length)]!;
      if (start < end) marks.push({ ...mark, start, end });
    }
    marks.sort((a, b) => a.start - b.start || b.end - a.end);
    return composeJoins(text, marks);
  }
}
