import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../common/model';
import { ReadingScript, type SentenceRef } from '../../../../renderer/src/speech/reading-script';

const blocks: Block[] = [
  { id: 'p0', kind: 'paragraph', text: 'Intro one. Intro two.' },
  { id: 'h1', kind: 'heading', level: 2, text: 'First section' },
  { id: 'p1', kind: 'paragraph', text: 'Alpha one. Alpha two. Alpha three.' },
  { id: 'c1', kind: 'code', text: 'if (x) { return y; }' },
  { id: 'l1', kind: 'list-item', text: 'A listed point.' },
  { id: 'h2', kind: 'heading', level: 2, text: 'Second section' },
  { id: 'e1', kind: 'paragraph', text: '   ' },
  { id: 'p2', kind: 'paragraph', text: 'Beta one. Beta two.' },
];
const script = new ReadingScript(blocks, 'en');

/** A sentence as "block id: its text", to read the expectations. */
const say = (ref: SentenceRef | null) =>
  ref ? `${blocks[ref.blockIndex]!.id}: ${script.textOf(ref)}` : null;
const find = (blockId: string, text: string): SentenceRef => {
  const blockIndex = script.indexOf(blockId)!;
  const start = blocks[blockIndex]!.text.indexOf(text);
  return { blockIndex, start, end: start + text.length };
};

describe('what read aloud reads', () => {
  it('starts with the first sentence of the first block', () => {
    expect(say(script.first())).toBe('p0: Intro one.');
  });

  it('gives offsets into the block text', () => {
    expect(script.sentencesOf(script.indexOf('p1')!)).toEqual([
      { start: 0, end: 10 },
      { start: 11, end: 21 },
      { start: 22, end: 34 },
    ]);
  });

  it('reads headings and list items, and leaves code and empty blocks out', () => {
    const read: string[] = [];
    for (let ref = script.first(); ref; ref = script.next(ref)) read.push(say(ref)!);
    expect(read).toEqual([
      'p0: Intro one.',
      'p0: Intro two.',
      'h1: First section',
      'p1: Alpha one.',
      'p1: Alpha two.',
      'p1: Alpha three.',
      'l1: A listed point.',
      'h2: Second section',
      'p2: Beta one.',
      'p2: Beta two.',
    ]);
  });

  it('goes back sentence by sentence across blocks, and not before the first', () => {
    expect(say(script.previous(find('p1', 'Alpha one.')))).toBe('h1: First section');
    expect(say(script.previous(find('h2', 'Second section')))).toBe('l1: A listed point.');
    expect(say(script.previous(find('p2', 'Beta two.')))).toBe('p2: Beta one.');
    expect(script.previous(find('p0', 'Intro one.'))).toBeNull();
  });
});

describe('where reading starts', () => {
  it('at a place: the sentence that holds it, or after a gap the next one', () => {
    const p1 = script.indexOf('p1')!;
    expect(say(script.at(p1, 0))).toBe('p1: Alpha one.');
    expect(say(script.at(p1, 15))).toBe('p1: Alpha two.');
    // The space between two sentences belongs to the next.
    expect(say(script.at(p1, 10))).toBe('p1: Alpha two.');
    // Past the last sentence, the next block's first.
    expect(say(script.at(p1, 34))).toBe('l1: A listed point.');
    // In code, the first sentence after it.
    expect(say(script.at(script.indexOf('c1')!, 3))).toBe('l1: A listed point.');
  });

  it('at a selection: from its first word, even inside a sentence', () => {
    const from = script.fromSelection({
      startBlockId: 'p1',
      startOffset: 16,
      endBlockId: 'p2',
      endOffset: 4,
    });
    expect(say(from)).toBe('p1: two.');
    // Then on with the next whole sentence.
    expect(say(script.next(from!))).toBe('p1: Alpha three.');
    // Back from there: that sentence from its start.
    expect(say(script.previous(from!))).toBe('p1: Alpha two.');
  });

  it('at a selection that starts in the space before a word: at the word', () => {
    expect(
      say(
        script.fromSelection({
          startBlockId: 'p1',
          startOffset: 10,
          endBlockId: 'p1',
          endOffset: 16,
        }),
      ),
    ).toBe('p1: Alpha two.');
    expect(
      say(
        script.fromSelection({
          startBlockId: 'p2',
          startOffset: 9,
          endBlockId: 'p2',
          endOffset: 14,
        }),
      ),
    ).toBe('p2: Beta two.');
  });

  it('at a selection in code: the next sentence that is read; in no known block: nowhere', () => {
    expect(
      say(
        script.fromSelection({
          startBlockId: 'c1',
          startOffset: 2,
          endBlockId: 'c1',
          endOffset: 6,
        }),
      ),
    ).toBe('l1: A listed point.');
    expect(
      script.fromSelection({
        startBlockId: 'gone',
        startOffset: 0,
        endBlockId: 'gone',
        endOffset: 1,
      }),
    ).toBeNull();
  });
});

describe('skipping by section', () => {
  it('goes to the next heading, and nowhere from the last section', () => {
    expect(say(script.nextSection(find('p0', 'Intro two.')))).toBe('h1: First section');
    expect(say(script.nextSection(find('p1', 'Alpha two.')))).toBe('h2: Second section');
    expect(script.nextSection(find('p2', 'Beta one.'))).toBeNull();
  });

  it('goes back to the start of this section, and from its heading to the one before', () => {
    expect(say(script.previousSection(find('p1', 'Alpha three.')))).toBe('h1: First section');
    expect(say(script.previousSection(find('l1', 'A listed point.')))).toBe('h1: First section');
    expect(say(script.previousSection(find('h2', 'Second section')))).toBe('h1: First section');
    // Before the first heading, and from it, that is the article's start.
    expect(say(script.previousSection(find('h1', 'First section')))).toBe('p0: Intro one.');
    expect(say(script.previousSection(find('p0', 'Intro two.')))).toBe('p0: Intro one.');
  });

  it('names the section a sentence is in', () => {
    expect(script.sectionOf(find('p0', 'Intro one.'))).toBeUndefined();
    expect(script.sectionOf(find('l1', 'A listed point.'))?.text).toBe('First section');
    expect(script.sectionOf(find('h2', 'Second section'))?.text).toBe('Second section');
  });

  it('treats an article without headings as one section', () => {
    const flat = new ReadingScript([{ id: 'a', kind: 'paragraph', text: 'One. Two.' }], 'en');
    const second = { blockIndex: 0, start: 5, end: 9 };
    expect(flat.nextSection(second)).toBeNull();
    expect(flat.previousSection(second)).toEqual({ blockIndex: 0, start: 0, end: 4 });
  });
});

describe('an article with nothing to read', () => {
  it('has no first sentence', () => {
    const empty = new ReadingScript(
      [
        { id: 'c', kind: 'code', text: 'x = 1' },
        { id: 'e', kind: 'paragraph', text: '' },
      ],
      'en',
    );
    expect(empty.first()).toBeNull();
  });
});
