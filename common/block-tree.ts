// An article's blocks as the tree the reader draws. Blocks are stored flat,
// each with the path of containers around it (Block.within), so that text
// offsets stay per block; this rebuilds the nesting: consecutive blocks that
// share a container, by id, at the same depth sit inside one element.
import type { Block, Container } from './model';

export type BlockTreeNode =
  | { kind: 'block'; block: Block }
  | { kind: 'container'; container: Container; children: BlockTreeNode[] };

/**
 * The tree of `blocks`, in order. A container that comes back after other
 * blocks (the same id, not adjacent) opens a second element rather than
 * moving text out of order: the reading order is the stored order, always.
 */
export function blockTree(blocks: readonly Block[]): BlockTreeNode[] {
  const roots: BlockTreeNode[] = [];
  /** The open container nodes, outermost first, matching the last block's path. */
  const open: Array<{ container: Container; children: BlockTreeNode[] }> = [];
  for (const block of blocks) {
    const path = block.within ?? [];
    let shared = 0;
    while (
      shared < open.length &&
      shared < path.length &&
      open[shared]!.container.id === path[shared]!.id &&
      open[shared]!.container.type === path[shared]!.type
    )
      shared++;
    open.length = shared;
    for (let depth = shared; depth < path.length; depth++) {
      const node = { kind: 'container' as const, container: path[depth]!, children: [] };
      (depth === 0 ? roots : open[depth - 1]!.children).push(node);
      open.push(node);
    }
    (path.length === 0 ? roots : open[path.length - 1]!.children).push({ kind: 'block', block });
  }
  return roots;
}
