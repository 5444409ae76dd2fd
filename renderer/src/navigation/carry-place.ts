// Where the reader was, carried into the new text of an article rebuilt
// while it is open (content:build --watch). Block ids follow their text, so
// the paragraph being proofread gets a new id the moment it is edited: it is
// found again by its place among the blocks that did not change.
import type { Article } from '../../../common/model';
import type { ReadingPosition } from '../../../common/settings';
import { measureReadingPosition } from '../lib/reading-position';
import { entryMemories } from './session-history';

type Place = Pick<ReadingPosition, 'blockId' | 'offset'>;

/**
 * The place in `after` for a place in `before`: the same block if it is
 * still there; otherwise the block as far past the nearest unchanged block
 * before it as it was (the same index when none survived), within the
 * article; the offset kept, within the block.
 */
export function carryPlace(place: Place, before: Article, after: Article): Place | undefined {
  const indexAfter = new Map(after.blocks.map((block, index) => [block.id, index]));
  const from = before.blocks.findIndex((block) => block.id === place.blockId);
  const kept = indexAfter.get(place.blockId);
  let index = kept ?? from;
  if (kept === undefined) {
    if (from < 0) return undefined;
    for (let earlier = from - 1; earlier >= 0; earlier--) {
      const moved = indexAfter.get(before.blocks[earlier]!.id);
      if (moved !== undefined) {
        index = moved + (from - earlier);
        break;
      }
    }
  }
  const block = after.blocks[Math.min(index, after.blocks.length - 1)];
  return block && { blockId: block.id, offset: Math.min(place.offset, block.text.length) };
}

/**
 * Measures the place in the article on screen and keeps it, carried into
 * the new text, as the history entry's place: the new text then opens there,
 * as an entry does on Back (navigation/useEntryPlace.ts).
 */
export function keepPlaceForNewText(
  entryKey: string,
  root: HTMLElement | null,
  before: Article,
  after: Article,
): void {
  if (!root) return;
  const lengths = new Map(before.blocks.map((block) => [block.id, block.text.length]));
  const measured = measureReadingPosition(root, (id) => lengths.get(id) ?? 0);
  const carried = measured && carryPlace(measured, before, after);
  if (carried) entryMemories.set(entryKey, 'place', { articleId: after.id, ...carried });
}
