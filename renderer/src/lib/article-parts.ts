// How ArticleBody lays out an article: consecutive list items form one list,
// every other block stands alone; and how much of it is rendered before the
// first paint, so a long article shows its first screen (or the place it
// opens at) at once and fills in the rest afterwards.
import type { Block } from '../../../common/model';

export type BodyPart = { kind: 'block'; block: Block } | { kind: 'list'; items: Block[] };

/** Consecutive list items become one list; every other block stands alone. */
export function groupBlocks(blocks: readonly Block[]): BodyPart[] {
  const parts: BodyPart[] = [];
  for (const block of blocks) {
    const last = parts.at(-1);
    if (block.kind !== 'list-item') parts.push({ kind: 'block', block });
    else if (last?.kind === 'list') last.items.push(block);
    else parts.push({ kind: 'list', items: [block] });
  }
  return parts;
}

/**
 * Parts rendered before the first paint past the one the article opens at:
 * more than the tallest window shows (60 one-line paragraphs at the
 * smallest text size fill 2,400 px).
 */
export const FIRST_SCREEN_PARTS = 60;

/**
 * Parts per chunk. ArticleBody renders a chunk as one memoised component,
 * so a step of filling in reconciles a few dozen chunks rather than every
 * block rendered so far (which made each step cost as much as the last).
 */
export const PARTS_PER_CHUNK = 20;

/** The parts in chunks of `size`, in order; the last may be shorter. */
export function chunkParts(
  parts: readonly BodyPart[],
  size: number = PARTS_PER_CHUNK,
): BodyPart[][] {
  const chunks: BodyPart[][] = [];
  for (let i = 0; i < parts.length; i += size) chunks.push(parts.slice(i, i + size));
  return chunks;
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
 * Steps in chunks: 4 chunks (80 parts) first, then what fits 16 ms, 2 to 25
 * chunks. A step stays far below the 50 ms at which a task starts to delay
 * input noticeably, even on a busy machine where the minimum takes longer.
 */
export const CHUNK_FILL_PACE: FillPace = { first: 4, budgetMs: 16, min: 2, max: 25 };

/**
 * How much the next step of filling in adds, from how long the last one
 * took: as much as fits the budget at that pace, within the bounds.
 */
export function nextFillStep(lastCount: number, lastMs: number, pace: FillPace): number {
  if (!(lastCount > 0) || !(lastMs > 0)) return pace.first;
  const fitting = Math.floor((pace.budgetMs * lastCount) / lastMs);
  return Math.min(pace.max, Math.max(pace.min, fitting));
}

/**
 * How many parts to render first: through the part holding `openAt` (the
 * saved place or the passage opened) and a screenful after it, or the first
 * screenful. A block that is not in the article counts as the top.
 */
export function firstPartCount(
  parts: readonly BodyPart[],
  openAt: string | undefined,
  screenful: number = FIRST_SCREEN_PARTS,
): number {
  const at = openAt
    ? parts.findIndex((part) =>
        part.kind === 'block'
          ? part.block.id === openAt
          : part.items.some((item) => item.id === openAt),
      )
    : -1;
  return Math.min(parts.length, Math.max(0, at) + screenful);
}
