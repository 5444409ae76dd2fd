import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineTree, type InlineNode, type TextRange } from '../../../common/segments';

type Named = TextRange & { name: string };
type Node = InlineNode<Named, Named>;

/** The tree as nested arrays: a mark is [name, ...children], a run is its text with its decorations. */
function shape(text: string, nodes: Node[]): unknown[] {
  return nodes.map((node) =>
    node.kind === 'mark'
      ? [node.mark.name, ...shape(text, node.children)]
      : node.decorations.length > 0
        ? `${text.slice(node.start, node.end)}{${node.decorations.map((d) => d.name).join('+')}}`
        : text.slice(node.start, node.end),
  );
}

/** The text the leaves cover, in order: what the DOM built from the tree reads. */
function leafText(text: string, nodes: Node[]): string {
  return nodes
    .map((n) => (n.kind === 'mark' ? leafText(text, n.children) : text.slice(n.start, n.end)))
    .join('');
}

const mark = (name: string, start: number, end: number): Named => ({ name, start, end });

describe('inlineTree', () => {
  it('nests a mark inside another and leaves the text around them plain', () => {
    const text = 'see the link here';
    const tree = inlineTree(text.length, [mark('em', 8, 12), mark('a', 4, 17)], []);
    expect(shape(text, tree)).toEqual(['see ', ['a', 'the ', ['em', 'link'], ' here']]);
  });

  it('puts the mark ranked outer outside where two cover the same run', () => {
    const text = 'word';
    const rank = (a: Named, b: Named) => (a.name === 'a' ? -1 : b.name === 'a' ? 1 : 0);
    const tree = inlineTree(text.length, [mark('strong', 0, 4), mark('a', 0, 4)], [], rank);
    expect(shape(text, tree)).toEqual([['a', ['strong', 'word']]]);
  });

  it('splits a mark that crosses the end of another into a piece inside and one after', () => {
    const text = 'a web link, another';
    // strong runs from "link" into ", another", across the end of the link.
    const tree = inlineTree(text.length, [mark('a', 0, 10), mark('strong', 6, 19)], []);
    expect(shape(text, tree)).toEqual([
      ['a', 'a web ', ['strong', 'link']],
      ['strong', ', another'],
    ]);
  });

  it('cuts a decoration at the edges of marks rather than splitting a link', () => {
    const text = 'before the link after';
    const tree = inlineTree(text.length, [mark('a', 11, 15)], [mark('hl', 7, 18)]);
    expect(shape(text, tree)).toEqual(['before ', 'the {hl}', ['a', 'link{hl}'], ' af{hl}', 'ter']);
  });

  it('lists every decoration over a run inside a mark, in the order given', () => {
    const text = 'abcdef';
    const tree = inlineTree(text.length, [mark('code', 1, 5)], [mark('hl', 0, 3), mark('q', 2, 6)]);
    expect(shape(text, tree)).toEqual(['a{hl}', ['code', 'b{hl}', 'c{hl+q}', 'de{q}'], 'f{q}']);
  });

  it('ignores empty marks and clamps marks past the end', () => {
    const text = 'abc';
    const tree = inlineTree(text.length, [mark('em', 2, 2), mark('b', 1, 99)], []);
    expect(shape(text, tree)).toEqual(['a', ['b', 'bc']]);
  });

  it('always covers the text exactly once, in order, and nests every mark inside its parent', () => {
    const range = fc.record({
      name: fc.constantFrom('a', 'b', 'c'),
      start: fc.integer({ min: -3, max: 45 }),
      end: fc.integer({ min: -3, max: 45 }),
    });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(range, { maxLength: 8 }),
        fc.array(range, { maxLength: 5 }),
        (text, marks, decorations) => {
          // Ranked by name, so crossing marks split either way.
          const tree = inlineTree(text.length, marks, decorations, (a, b) =>
            a.name.localeCompare(b.name),
          );
          expect(leafText(text, tree)).toBe(text);
          const check = (nodes: Node[], start: number, end: number) => {
            let at = start;
            for (const node of nodes) {
              expect(node.start).toBe(at);
              expect(node.end).toBeGreaterThan(node.start);
              if (node.kind === 'mark') {
                expect(node.start >= node.mark.start && node.end <= node.mark.end).toBe(true);
                check(node.children, node.start, node.end);
              } else {
                for (const d of node.decorations)
                  expect(d.start <= node.start && d.end >= node.end).toBe(true);
              }
              at = node.end;
            }
            expect(at).toBe(end);
          };
          check(tree, 0, text.length);
        },
      ),
    );
  });
});

describe('inlineTree with ranks', () => {
  const rank = (a: Named, b: Named) => (a.name === 'a' ? 0 : 1) - (b.name === 'a' ? 0 : 1);

  it('splits the inner mark, never the link, where a bold run crosses into a link', () => {
    const text = 'one two three four';
    // strong "two three", link "three four": the link stays whole.
    const tree = inlineTree(text.length, [mark('strong', 4, 13), mark('a', 8, 18)], [], rank);
    expect(shape(text, tree)).toEqual([
      'one ',
      ['strong', 'two '],
      ['a', ['strong', 'three'], ' four'],
    ]);
  });

  it('keeps both links whole where bold runs from one link into the next', () => {
    const text = 'a web link, another article';
    const tree = inlineTree(
      text.length,
      [mark('a', 0, 10), mark('strong', 6, 19), mark('a', 12, 27)],
      [],
      rank,
    );
    expect(shape(text, tree)).toEqual([
      ['a', 'a web ', ['strong', 'link']],
      ['strong', ', '],
      ['a', ['strong', 'another'], ' article'],
    ]);
  });
});
