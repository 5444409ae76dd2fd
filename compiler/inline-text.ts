// Builds one block's text and its marks together, so every mark's offsets
// are offsets into the very text the reader sees. Whitespace follows the
// prose policy (common/text.ts) as the text is appended: a run of spaces
// and newlines is one space, none at either end; a hard line break is "\n".
import { composeJoins } from './compose-joins';
import type { DraftLinkTarget, DraftMark } from './types';

const WHITESPACE = /[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu;

/** What a mark is, without its offsets. */
export type MarkSpec =
  | { type: 'emphasis' | 'strong' | 'code' | 'strike' | 'sub' | 'sup' }
  | { type: 'link'; target: DraftLinkTarget; title?: string }
  | { type: 'note-ref'; note: string };

export interface InlineResult {
  text: string;
  marks: DraftMark[];
}

export class InlineText {
  #text = '';
  #marks: DraftMark[] = [];
  /** Marks opened and not yet closed, with where they started. */
  #open: { spec: MarkSpec; start: number }[] = [];

  get length(): number {
    return this.#text.length;
  }

  /** Whether the block has any text yet. */
  get isEmpty(): boolean {
    return this.#text === '';
  }

  append(raw: string): void {
    const text = raw.normalize('NFC').replace(WHITESPACE, ' ');
    const atLineStart = this.#text === '' || this.#text.endsWith('\n');
    const joinsSpace = this.#text.endsWith(' ') && text.startsWith(' ');
    this.#text += atLineStart || joinsSpace ? text.replace(/^ /, '') : text;
  }

  /** A hard line break: "\n", with no space before it. */
  lineBreak(): void {
    if (this.#text === '' || this.#text.endsWith('\n')) return;
    this.#text = this.#text.replace(/ $/, '');
    this.#clampOpenMarks();
    this.#text += '\n';
  }

  open(spec: MarkSpec): void {
    this.#open.push({ spec, start: this.#text.length });
  }

  close(): void {
    const opened = this.#open.pop();
    if (opened) this.#addMark(opened.spec, opened.start, this.#text.length);
  }

  /** Appends `text` under one mark. */
  marked(spec: MarkSpec, text: string): void {
    this.open(spec);
    this.append(text);
    this.close();
  }

  /**
   * The text so far and its marks, trimmed. Marks still open end here and
   * are opened again at the start of what follows, so a paragraph split
   * around an image keeps its link or emphasis on both sides.
   */
  take(): InlineResult {
    const stillOpen = this.#open.map((opened) => opened.spec);
    while (this.#open.length > 0) this.close();
    const text = this.#text.replace(/[ \n]+$/, '');
    const marks = this.#marks
      .map((mark) => ({ ...mark, end: Math.min(mark.end, text.length) }))
      .filter((mark) => mark.start < mark.end)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    this.#text = '';
    this.#marks = [];
    for (const spec of stillOpen) this.open(spec);
    return composeJoins(text, marks);
  }

  #addMark(spec: MarkSpec, start: number, end: number): void {
    // A leading space belongs to the text before the mark.
    let from = start;
    while (from < end && (this.#text[from] === ' ' || this.#text[from] === '\n')) from++;
    let to = end;
    while (to > from && (this.#text[to - 1] === ' ' || this.#text[to - 1] === '\n')) to--;
    if (from >= to) return;
    this.#marks.push({ ...spec, start: from, end: to } as DraftMark);
  }

  /** Open marks keep their starts valid when a trailing space is removed. */
  #clampOpenMarks(): void {
    for (const opened of this.#open) opened.start = Math.min(opened.start, this.#text.length);
  }
}
