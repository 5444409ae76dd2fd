// Block ids. Highlights and bookmarks point at a block id plus offsets, so an
// id must not change when the article is rebuilt unchanged, and should not
// change when some *other* block is edited. An id derived from the block's
// own kind and text (not its position) gives both.
import { createHash } from 'node:crypto';
import type { Block, Mark } from '../common/model';
import type { DraftBlock, DraftMark } from './types';

const ID_HEX_CHARS = 10;

/**
 * Ids for the drafts, and the drafts as blocks. Marks, structure and the
 * like are carried over but are not part of the id: making a word bold or
 * moving a paragraph into a list keeps its highlights where they were.
 * Links a parser could not resolve alone (to another source file or an
 * anchor) are carried as drafts: the link pass (links.ts) resolves them
 * once the collection is known.
 */
export function assignBlockIds(drafts: readonly DraftBlock[]): DraftArticleBlock[] {
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
    const { kind, level, text, marks, within, language, cell, image } = draft;
    return {
      id,
      kind,
      ...(level === undefined ? {} : { level }),
      text,
      ...(marks && marks.length > 0 ? { marks } : {}),
      ...(within && within.length > 0 ? { within } : {}),
      ...(language === undefined ? {} : { language }),
      ...(cell === undefined ? {} : { cell }),
      ...(image === undefined ? {} : { image }),
    };
  });
}

/** A block with its id whose links may still name source files. */
export type DraftArticleBlock = Omit<Block, 'marks'> & { marks?: DraftMark[] };

/**
 * The block with only the links it can keep alone: a link to a source file
 * is left out, its text kept. pendingLinksOf (pending-links.ts) has taken
 * it aside, by its block and mark index, for the link pass to put back.
 */
export function withResolvedLinksOnly(block: DraftArticleBlock): Block {
  if (!block.marks) return block as Block;
  const marks = block.marks.filter(
    (mark): mark is Mark => mark.type !== 'link' || mark.target.kind !== 'source',
  );
  const { marks: _all, ...rest } = block;
  return marks.length > 0 ? { ...rest, marks } : rest;
}
