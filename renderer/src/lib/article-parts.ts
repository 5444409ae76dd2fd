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

/** Parts added at a time while the rest fills in: a few milliseconds of work. */
export const FILL_PARTS = 80;

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
