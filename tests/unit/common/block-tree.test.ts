import { describe, expect, it } from 'vitest';
import { blockTree, type BlockTreeNode } from '../../../common/block-tree';
import type { Block, Container } from '../../../common/model';

const list: Container = { type: 'list', id: 'l1', ordered: true, start: 3 };
const item = (id: string): Container => ({ type: 'item', id });
const block = (id: string, within?: Container[]): Block => ({
  id,
  kind: 'paragraph',
  text: id,
  ...(within ? { within } : {}),
});

/** The tree as nested ids: a block is its id, a container [id, ...children]. */
function shape(nodes: BlockTreeNode[]): unknown[] {
  return nodes.map((n) =>
    n.kind === 'block' ? n.block.id : [n.container.id, ...shape(n.children)],
  );
}

describe('blockTree', () => {
  it('keeps blocks without structure as they are', () => {
    expect(shape(blockTree([block('a'), block('b')]))).toEqual(['a', 'b']);
  });

  it('puts the paragraphs of one list item in one item, and items in one list', () => {
    const tree = blockTree([
      block('before'),
      block('p1', [list, item('i1')]),
      block('p2', [list, item('i1')]),
      block('p3', [list, item('i2')]),
      block('after'),
    ]);
    expect(shape(tree)).toEqual(['before', ['l1', ['i1', 'p1', 'p2'], ['i2', 'p3']], 'after']);
    const first = tree[1];
    expect(first?.kind === 'container' && first.container).toEqual(list);
  });

  it('nests a list inside an item, and returns to the outer item after it', () => {
    const inner: Container = { type: 'list', id: 'l2', ordered: false };
    const tree = blockTree([
      block('a', [list, item('i1')]),
      block('b', [list, item('i1'), inner, item('i3')]),
      block('c', [list, item('i1')]),
    ]);
    expect(shape(tree)).toEqual([['l1', ['i1', 'a', ['l2', ['i3', 'b']], 'c']]]);
  });

  it('opens two lists for two adjacent lists with different ids', () => {
    const other: Container = { type: 'list', id: 'l9', ordered: false };
    const tree = blockTree([block('a', [list, item('i1')]), block('b', [other, item('i2')])]);
    expect(shape(tree)).toEqual([
      ['l1', ['i1', 'a']],
      ['l9', ['i2', 'b']],
    ]);
  });

  it('never reorders text: a container that comes back later opens again', () => {
    const tree = blockTree([
      block('a', [list, item('i1')]),
      block('b'),
      block('c', [list, item('i1')]),
    ]);
    expect(shape(tree)).toEqual([['l1', ['i1', 'a']], 'b', ['l1', ['i1', 'c']]]);
    const ids: string[] = [];
    const walk = (nodes: BlockTreeNode[]) =>
      nodes.forEach((n) => (n.kind === 'block' ? ids.push(n.block.id) : walk(n.children)));
    walk(tree);
    expect(ids).toEqual(['a', 'b', 'c']);
  });
});
