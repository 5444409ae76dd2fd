// What the elements deep inside an article need from the article around
// them, without threading it through every block's props (which would
// defeat their memoisation): its id for links within it, and the footnotes.
import { createContext, useContext } from 'react';
import { blockDirection, type TextDirection } from '../../../../common/text-direction';
import type { ContainerNode } from '../../lib/article-parts';
import type { BlockDecoration } from '../BlockText';

/** Decorations (search marks, highlights) by block id. */
export type DecorationsByBlock = ReadonlyMap<string, readonly BlockDecoration[]>;

export interface ArticleContextValue {
  articleId: string;
  /** The article's direction, from its language: the blocks that run the other way say so. */
  direction: TextDirection;
  /** Footnotes by container id. */
  notes: ReadonlyMap<string, ContainerNode>;
  /** Where each footnote is first referred to, for its link back. */
  firstReference: ReadonlyMap<string, { blockId: string; index: number }>;
  /** Each table's number in the article, for a name of its own. */
  tableNumbers: ReadonlyMap<string, number>;
  /** Opens a footnote beside the reference that was pressed. */
  openNote: (noteId: string, reference: HTMLElement) => void;
  /**
   * True inside a copy of blocks shown elsewhere (a footnote's popover):
   * the copy carries no block ids or element ids, so highlights, the
   * reading place and find keep addressing the one real block.
   */
  copy: boolean;
}

export const ArticleContext = createContext<ArticleContextValue>({
  articleId: '',
  direction: 'ltr',
  notes: new Map(),
  firstReference: new Map(),
  tableNumbers: new Map(),
  openNote: () => {},
  copy: false,
});

export const useArticleContext = () => useContext(ArticleContext);

/** The `dir` a block's element needs: only where its text runs against the article's. */
export function useBlockDir(text: string): TextDirection | undefined {
  return blockDirection(text, useArticleContext().direction);
}

/** The DOM id of a footnote, and of a reference to one (its block and mark index). */
export const noteElementId = (noteId: string) => `note-${noteId}`;
export const noteRefElementId = (blockId: string, index: number) => `note-ref-${blockId}-${index}`;
