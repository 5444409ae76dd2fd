// The text of one block as a reader sees it, built from an HTML page's text
// nodes in order: whitespace collapses as a browser collapses it (and as
// normalizeProse does), a <br> is a hard "\n", and the marks over the text are
// kept as offsets into the text being built, so they stay exact however the
// whitespace around them collapses.
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
    return { text, marks };
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
