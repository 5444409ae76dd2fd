import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BLOCK_SEPARATOR,
  anchorAt,
  describeRange,
  flattenBlocks,
  fromFlatOffset,
  reanchor,
  type Anchor,
} from '../../../common/anchoring';
import type { Block } from '../../../common/model';
import { ANCHORING_CASES } from '../../support/fixtures/anchoring/cases';

/** Content-derived ids, as the compiler makes them: an unchanged block keeps its id. */
function blocksOf(texts: string[]): Block[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    let hash = 0;
    for (const ch of text) hash = (Math.imul(hash, 31) + ch.codePointAt(0)!) | 0;
    const base = `b${(hash >>> 0).toString(16)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, kind: 'paragraph', text };
  });
}

function articleOf(texts: string[], contentHash = texts.join('|')) {
  return { blocks: blocksOf(texts), contentHash };
}

function nthIndexOf(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  return at;
}

function occurrencesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function anchorOn(texts: string[], needle: string, occurrence?: number): Anchor {
  const article = articleOf(texts);
  const flat = flattenBlocks(article.blocks);
  const start = nthIndexOf(flat.text, needle, occurrence);
  return anchorAt(flat, { start, end: start + needle.length }, article.contentHash);
}

describe('reanchor fixtures', () => {
  for (const c of ANCHORING_CASES) {
    it(c.name, () => {
      const anchor = anchorOn(c.before, c.highlight.text, c.highlight.occurrence);
      const after = articleOf(c.after);
      const result = reanchor(anchor, after);
      expect(result.method).toBe(c.expected.method);
      if (result.method === 'orphan' || c.expected.method === 'orphan') return;
      const flat = flattenBlocks(after.blocks);
      const start = nthIndexOf(flat.text, c.expected.text, c.expected.occurrence);
      expect(result.anchor.position).toEqual({ start, end: start + c.expected.text.length });
      expect(result.anchor.quote.exact).toBe(c.expected.text);
      expect(result.anchor.contentHash).toBe(after.contentHash);
    });
  }
});

describe('block ranges and flat text', () => {
  const article = articleOf(['First block.', 'Second one.', 'Third.']);

  it('describes a range across blocks with its quote and context', () => {
    const [a, b] = article.blocks;
    const anchor = describeRange(article, {
      startBlockId: a!.id,
      startOffset: 6,
      endBlockId: b!.id,
      endOffset: 6,
    });
    expect(anchor.quote.exact).toBe(`block.${BLOCK_SEPARATOR}Second`);
    expect(anchor.quote.prefix).toBe('First ');
    expect(anchor.quote.suffix.startsWith(' one.')).toBe(true);
  });

  it('never starts or ends a range on the separator between blocks', () => {
    const flat = flattenBlocks(article.blocks);
    const gap = 'First block.'.length + 1;
    expect(fromFlatOffset(flat, gap, 'start')).toEqual({
      blockId: article.blocks[1]!.id,
      offset: 0,
    });
    expect(fromFlatOffset(flat, gap, 'end')).toEqual({
      blockId: article.blocks[0]!.id,
      offset: 12,
    });
  });

  it('refuses an empty or out-of-range selection', () => {
    const id = article.blocks[0]!.id;
    expect(() =>
      describeRange(article, { startBlockId: id, startOffset: 3, endBlockId: id, endOffset: 3 }),
    ).toThrow(RangeError);
    expect(() =>
      describeRange(article, { startBlockId: id, startOffset: 0, endBlockId: id, endOffset: 99 }),
    ).toThrow(RangeError);
  });
});

// Prose-like text: words from a small vocabulary, so repeats happen as in real articles.
const WORDS = [
  'the',
  'sea',
  'rose',
  'and',
  'a',
  'ship',
  'sailed',
  'north',
  'under',
  'grey',
  'sky',
  'of',
  'winter',
];
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 30 })
  .map((w) => `${w.join(' ')}.`);
const paragraphs = fc.array(sentence, { minLength: 1, maxLength: 5 });
const EDIT_TEXT = fc.string({
  minLength: 0,
  maxLength: 12,
  unit: fc.constantFrom('x', 'y', 'z', ' ', 'q'),
});

describe('property: an edit outside a highlight never moves it', () => {
  it('keeps the highlight on the same characters after inserting, deleting or replacing text elsewhere', () => {
    fc.assert(
      fc.property(
        paragraphs,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 60 }),
        fc.nat(),
        fc.nat({ max: 8 }),
        EDIT_TEXT,
        (texts, blockPick, startPick, length, editPick, deleteLength, inserted) => {
          const before = articleOf(texts, 'old');
          const flat = flattenBlocks(before.blocks);
          // A highlight inside one block (cross-block ranges are covered by fixtures).
          const blockIndex = blockPick % texts.length;
          const blockText = texts[blockIndex]!;
          const start = flat.starts[blockIndex]! + (startPick % blockText.length);
          const end = Math.min(start + length, flat.starts[blockIndex]! + blockText.length);
          fc.pre(end > start);
          const anchor = anchorAt(flat, { start, end }, before.contentHash);

          // One edit somewhere outside [start, end): which block and where are random.
          const editBlock = editPick % texts.length;
          const blockStart = flat.starts[editBlock]!;
          const candidates: number[] = [];
          for (let at = 0; at <= texts[editBlock]!.length; at++) {
            const flatAt = blockStart + at;
            const removedEnd = Math.min(
              flatAt + deleteLength,
              blockStart + texts[editBlock]!.length,
            );
            if (removedEnd <= start || flatAt >= end) candidates.push(at);
          }
          fc.pre(candidates.length > 0);
          const at = candidates[(editPick >> 3) % candidates.length]!;
          const old = texts[editBlock]!;
          const removed = Math.min(deleteLength, old.length - at);
          const flatAt = blockStart + at;
          fc.pre(flatAt + removed <= start || flatAt >= end);
          const edited = [...texts];
          edited[editBlock] = old.slice(0, at) + inserted + old.slice(at + removed);
          fc.pre(edited[editBlock]!.length > 0);
          const after = articleOf(edited, 'new');

          // Where the same characters now are.
          const shift = flatAt + removed <= start ? inserted.length - removed : 0;
          const expected = { start: start + shift, end: end + shift };
          // The saved context must still point at one place: if the text
          // before (or after) the quote plus the quote also appears elsewhere,
          // no anchoring can know which copy the reader meant.
          const afterText = flattenBlocks(after.blocks).text;
          const { exact, prefix, suffix } = anchor.quote;
          const onlyAt = (needle: string, at: number) =>
            occurrencesOf(afterText, needle).every((found) => found === at);
          fc.pre(onlyAt(prefix + exact, expected.start - prefix.length));
          fc.pre(onlyAt(exact + suffix, expected.start));

          const result = reanchor(anchor, after);
          expect(result.method).not.toBe('orphan');
          if (result.method === 'orphan') return;
          expect(result.method === 'exact-place' || result.method === 'exact-nearby').toBe(true);
          expect(result.anchor.position).toEqual(expected);
          expect(result.anchor.quote.exact).toBe(anchor.quote.exact);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves a highlight in an untouched block at its exact place whatever else changed', () => {
    fc.assert(
      fc.property(paragraphs, paragraphs, fc.nat(), (texts, extra, pick) => {
        const before = articleOf(texts, 'old');
        const flat = flattenBlocks(before.blocks);
        const index = pick % texts.length;
        const start = flat.starts[index]!;
        const anchor = anchorAt(flat, { start, end: start + texts[index]!.length }, 'old');
        // Every other block replaced by unrelated text; this one kept.
        const edited = texts.map((t, i) => (i === index ? t : `${extra[i % extra.length]} ${i}`));
        const result = reanchor(anchor, articleOf([...extra, ...edited], 'new'));
        expect(result.method).not.toBe('orphan');
        if (result.method !== 'orphan') expect(result.anchor.quote.exact).toBe(texts[index]);
      }),
      { numRuns: 200 },
    );
  });
});
