// What read aloud reads, and in which order: the article's blocks cut into
// sentences, with the moves between them (next and previous sentence or
// section, where to start from a place or a selection). Pure: no DOM, so it is
// unit-tested in Node. Sentences are cut per block on first use, so pressing
// play on a 45,000-word article cuts a few paragraphs, not the whole text.
import type { BlockRange } from '../../../common/anchoring';
import type { Block } from '../../../common/model';
import type { TextRange } from '../../../common/segments';
import { cutSentences, sentenceSegmenter } from './sentences';

/** One utterance: a span of a block's text. It may start inside a sentence (a selection). */
export interface SentenceRef extends TextRange {
  blockIndex: number;
}

const NOTHING: readonly TextRange[] = [];

export class ReadingScript {
  readonly blocks: readonly Block[];
  readonly language: string;
  private readonly segmenter: Intl.Segmenter;
  private readonly sentences = new Map<number, readonly TextRange[]>();
  private readonly indexById: ReadonlyMap<string, number>;
  private readonly headings: readonly number[];

  constructor(blocks: readonly Block[], language: string) {
    this.blocks = blocks;
    this.language = language;
    this.segmenter = sentenceSegmenter(language);
    this.indexById = new Map(blocks.map((block, index) => [block.id, index]));
    this.headings = blocks.flatMap((block, index) => (block.kind === 'heading' ? [index] : []));
  }

  indexOf(blockId: string): number | undefined {
    return this.indexById.get(blockId);
  }

  /**
   * The sentences of one block. Code is not read: a listing spoken symbol by
   * symbol helps nobody, and the reader sees it beside the mark's jump.
   */
  sentencesOf(blockIndex: number): readonly TextRange[] {
    const block = this.blocks[blockIndex];
    if (!block || block.kind === 'code') return NOTHING;
    let cut = this.sentences.get(blockIndex);
    if (!cut) {
      cut = cutSentences(block.text, this.segmenter);
      this.sentences.set(blockIndex, cut);
    }
    return cut;
  }

  textOf(ref: SentenceRef): string {
    return this.blocks[ref.blockIndex]?.text.slice(ref.start, ref.end) ?? '';
  }

  /** The first sentence of the block at `blockIndex`, or of the first later block that has one. */
  firstFrom(blockIndex: number): SentenceRef | null {
    for (let index = Math.max(0, blockIndex); index < this.blocks.length; index++) {
      const first = this.sentencesOf(index)[0];
      if (first) return { blockIndex: index, ...first };
    }
    return null;
  }

  first(): SentenceRef | null {
    return this.firstFrom(0);
  }

  /** The sentence that holds `offset` (or, between sentences, the one after it). */
  at(blockIndex: number, offset: number): SentenceRef | null {
    const span = this.sentencesOf(blockIndex).find((sentence) => sentence.end > offset);
    return span ? { blockIndex, ...span } : this.firstFrom(blockIndex + 1);
  }

  /** Reading starts where the selection starts, even inside a sentence. */
  fromSelection(range: BlockRange): SentenceRef | null {
    const blockIndex = this.indexOf(range.startBlockId);
    if (blockIndex === undefined) return null;
    const sentence = this.at(blockIndex, range.startOffset);
    if (!sentence || sentence.blockIndex !== blockIndex || sentence.start >= range.startOffset) {
      return sentence;
    }
    const text = this.blocks[blockIndex]!.text;
    let start = range.startOffset;
    while (start < sentence.end && /\s/.test(text[start]!)) start++;
    return { ...sentence, start };
  }

  next(ref: SentenceRef): SentenceRef | null {
    const span = this.sentencesOf(ref.blockIndex).find((sentence) => sentence.start >= ref.end);
    return span ? { blockIndex: ref.blockIndex, ...span } : this.firstFrom(ref.blockIndex + 1);
  }

  /**
   * The sentence before; from inside a sentence (reading began at a
   * selection), that sentence from its start. Null at the article's start.
   */
  previous(ref: SentenceRef): SentenceRef | null {
    const own = this.sentencesOf(ref.blockIndex).findLast((sentence) => sentence.start < ref.start);
    if (own) return { blockIndex: ref.blockIndex, ...own };
    for (let index = ref.blockIndex - 1; index >= 0; index--) {
      const last = this.sentencesOf(index).at(-1);
      if (last) return { blockIndex: index, ...last };
    }
    return null;
  }

  /** The next section's heading; null in the last section. */
  nextSection(ref: SentenceRef): SentenceRef | null {
    for (const heading of this.headings) {
      if (heading <= ref.blockIndex) continue;
      const first = this.firstFrom(heading);
      if (first) return first;
    }
    return null;
  }

  /**
   * Back to the start of this section, or, from its heading, to the section
   * before (as a player's "previous" restarts the track first). Before the
   * first heading that is the article's first sentence.
   */
  previousSection(ref: SentenceRef): SentenceRef | null {
    const atOwnHeading =
      this.blocks[ref.blockIndex]?.kind === 'heading' &&
      ref.start <= (this.sentencesOf(ref.blockIndex)[0]?.start ?? 0);
    const limit = atOwnHeading ? ref.blockIndex - 1 : ref.blockIndex;
    const heading = this.headings.findLast((index) => index <= limit);
    return heading === undefined ? this.first() : this.firstFrom(heading);
  }

  /** The heading of the section `ref` is in, if it is in one. */
  sectionOf(ref: SentenceRef): Block | undefined {
    const heading = this.headings.findLast((index) => index <= ref.blockIndex);
    return heading === undefined ? undefined : this.blocks[heading];
  }
}

export function sameSentence(a: SentenceRef | null, b: SentenceRef | null): boolean {
  return a?.blockIndex === b?.blockIndex && a?.start === b?.start && a?.end === b?.end;
}
