// How ArticleBody lays out an article: its top-level parts (a block alone,
// a container with everything inside it, or a run of legacy list items as
// one list), the footnotes gathered at the end, and how much of it is
// rendered before the first paint, so a long article shows its first screen
// (or the place it opens at) at once and fills in the rest afterwards.
import { blockTree, type BlockTreeNode } from '../../../common/block-tree';
import type { Block } from '../../../common/model';

export type ContainerNode = Extract<BlockTreeNode, { kind: 'container' }>;

export type BodyPart =
  | { kind: 'block'; block: Block }
  /** Consecutive list items of a collection compiled before containers existed. */
  | { kind: 'list'; items: Block[] }
  /** A top-level container (list, table, note…) and everything in it: never split. */
  | { kind: 'container'; node: ContainerNode; blockCount: number }
  /** Every top-level footnote, drawn as one section at the end of the article. */
  | { kind: 'footnotes'; notes: ContainerNode[]; blockCount: number };

/** The blocks inside a node, in order. */
export function blocksOf(nodes: readonly BlockTreeNode[]): Block[] {
  const out: Block[] = [];
  const walk = (list: readonly BlockTreeNode[]) => {
    for (const node of list) {
      if (node.kind === 'block') out.push(node.block);
      else walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/**
 * The article's parts, in reading order. Blocks outside any container stand
 * alone, except legacy list items (kind list-item, no `within`), which form
 * one list per run as they always have. Top-level footnotes leave their place
 * for one section after the rest, the way a printed page has them.
 */
export function groupBlocks(blocks: readonly Block[]): BodyPart[] {
  const parts: BodyPart[] = [];
  const notes: ContainerNode[] = [];
  for (const node of blockTree(blocks)) {
    const last = parts.at(-1);
    if (node.kind === 'container') {
      if (node.container.type === 'footnote') notes.push(node);
      else parts.push({ kind: 'container', node, blockCount: blocksOf([node]).length });
    } else if (node.block.kind !== 'list-item') parts.push({ kind: 'block', block: node.block });
    else if (last?.kind === 'list') last.items.push(node.block);
    else parts.push({ kind: 'list', items: [node.block] });
  }
  if (notes.length > 0)
    parts.push({ kind: 'footnotes', notes, blockCount: blocksOf(notes).length });
  return parts;
}

/** How many blocks a part draws: what a chunk's size is counted in. */
export function partWeight(part: BodyPart): number {
  switch (part.kind) {
    case 'block':
      return 1;
    case 'list':
      return part.items.length;
    default:
      return Math.max(1, part.blockCount);
  }
}

/** Whether the part draws the block `id`. */
export function partHolds(part: BodyPart, id: string): boolean {
  switch (part.kind) {
    case 'block':
      return part.block.id === id;
    case 'list':
      return part.items.some((item) => item.id === id);
    case 'container':
      return blocksOf([part.node]).some((block) => block.id === id);
    case 'footnotes':
      return blocksOf(part.notes).some((block) => block.id === id);
  }
}

/**
 * Blocks rendered before the first paint past the one the article opens at:
 * more than the tallest window shows (60 one-line paragraphs at the
 * smallest text size fill 2,400 px).
 */
export const FIRST_SCREEN_PARTS = 60;

/**
 * Blocks per chunk. ArticleBody renders a chunk as one memoised component,
 * so a step of filling in reconciles a few dozen chunks rather than every
 * block rendered so far (which made each step cost as much as the last).
 */
export const PARTS_PER_CHUNK = 20;

/**
 * The parts in chunks of about `size` blocks, in order. A part is never cut:
 * a table or list of 300 blocks is one chunk of its own, since half a table
 * is not a table.
 */
export function chunkParts(
  parts: readonly BodyPart[],
  size: number = PARTS_PER_CHUNK,
): BodyPart[][] {
  const chunks: BodyPart[][] = [];
  let current: BodyPart[] = [];
  let weight = 0;
  for (const part of parts) {
    current.push(part);
    weight += partWeight(part);
    if (weight >= size) {
      chunks.push(current);
      current = [];
      weight = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * How many chunks to render first: through the chunk holding `openAt` (the
 * saved place or the passage opened) and a screenful of blocks after it, or
 * the first screenful. A block that is not in the article counts as the top.
 */
export function firstChunkCount(
  chunks: readonly (readonly BodyPart[])[],
  openAt: string | undefined,
  screenful: number = FIRST_SCREEN_PARTS,
): number {
  const at = openAt
    ? chunks.findIndex((chunk) => chunk.some((part) => partHolds(part, openAt)))
    : -1;
  let count = Math.max(0, at);
  let blocks = 0;
  while (count < chunks.length && blocks < screenful) {
    if (count > at) blocks += chunks[count]!.reduce((n, part) => n + partWeight(part), 0);
    count++;
  }
  return count;
}

export interface FillPace {
  /** What the first step adds, before any step has been timed. */
  first: number;
  /** The work each later step aims at (render, commit, layout): well inside a frame. */
  budgetMs: number;
  /** A slow machine still makes progress; a fast one does not lay out half the article in one frame. */
  min: number;
  max: number;
}

/**
 * Steps in chunks: 4 chunks (80 blocks) first, then what fits 32 ms, 2 to 50
 * chunks. A step stays below the 50 ms at which a task starts to delay
 * input noticeably, and a key or a press renders the rest at once anyway.
 * Each step costs a frame's pre-paint over the whole page so far, so fewer,
 * larger steps finish sooner: on the longest kernel article with 1,000
 * highlights, steps of 32 ms rather than 16 ms paint every mark about a
 * fifth sooner (docs/benchmarks.md, highlightsPaintMs).
 */
export const CHUNK_FILL_PACE: FillPace = { first: 4, budgetMs: 32, min: 2, max: 50 };

/**
 * How much the next step of filling in adds, from how long the last one
 * took: as much as fits the budget at that pace, within the bounds.
 */
export function nextFillStep(lastCount: number, lastMs: number, pace: FillPace): number {
  if (!(lastCount > 0) || !(lastMs > 0)) return pace.first;
  const fitting = Math.floor((pace.budgetMs * lastCount) / lastMs);
  return Math.min(pace.max, Math.max(pace.min, fitting));
}

/** Names for a container's elements that must be unique on the page (tables' regions). */
export function tableNumbers(parts: readonly BodyPart[]): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>();
  const walk = (nodes: readonly BlockTreeNode[]) => {
    for (const node of nodes) {
      if (node.kind !== 'container') continue;
      if (node.container.type === 'table' && !numbers.has(node.container.id))
        numbers.set(node.container.id, numbers.size + 1);
      walk(node.children);
    }
  };
  for (const part of parts) {
    if (part.kind === 'container') walk([part.node]);
    else if (part.kind === 'footnotes') walk(part.notes);
  }
  return numbers;
}

/** Where each footnote is first referred to: its back link returns there. */
export function firstReferences(
  blocks: readonly Block[],
): ReadonlyMap<string, { blockId: string; index: number }> {
  const refs = new Map<string, { blockId: string; index: number }>();
  for (const block of blocks) {
    (block.marks ?? []).forEach((mark, index) => {
      if (mark.type === 'note-ref' && !refs.has(mark.note))
        refs.set(mark.note, { blockId: block.id, index });
    });
  }
  return refs;
}

/** Every footnote by its container id, wherever it sits. */
export function footnotesById(parts: readonly BodyPart[]): ReadonlyMap<string, ContainerNode> {
  const notes = new Map<string, ContainerNode>();
  const walk = (nodes: readonly BlockTreeNode[]) => {
    for (const node of nodes) {
      if (node.kind !== 'container') continue;
      if (node.container.type === 'footnote' && !notes.has(node.container.id))
        notes.set(node.container.id, node);
      walk(node.children);
    }
  };
  for (const part of parts) {
    if (part.kind === 'container') walk([part.node]);
    else if (part.kind === 'footnotes') walk(part.notes);
  }
  return notes;
}
