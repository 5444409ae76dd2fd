// Block ids. Highlights and bookmarks point at a block id plus offsets, so an
// id must not change when the article is rebuilt unchanged, and should not
// change when some *other* block is edited. An id derived from the block's
// own kind and text (not its position) gives both.
import { createHash } from 'node:crypto';
import type { Block } from '../common/model';
import type { DraftBlock } from './types';

const ID_HEX_CHARS = 10;

export function assignBlockIds(drafts: readonly DraftBlock[]): Block[] {
  /** How often each base id has been used so far: repeats get -2, -3... */
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const base = `b${createHash('sha1')
      .update(`${draft.kind}\u0000${draft.text}`)
      .digest('hex')
      .slice(0, ID_HEX_CHARS)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    return draft.level === undefined
      ? { id, kind: draft.kind, text: draft.text }
      : { id, kind: draft.kind, level: draft.level, text: draft.text };
  });
}
