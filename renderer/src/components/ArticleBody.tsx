import { memo, useCallback, useMemo, useState } from 'react';
import type { Block } from '../../../common/model';
import type { TextDirection } from '../../../common/text-direction';
import { useFillIn } from '../hooks/useFillIn';
import {
  CHUNK_FILL_PACE,
  chunkParts,
  firstChunkCount,
  firstReferences,
  footnotesById,
  groupBlocks,
  tableNumbers,
  type BodyPart,
} from '../lib/article-parts';
import { BlockText, type BlockDecoration } from './BlockText';
import { Footnotes } from './Footnote/Footnote';
import { FootnotePopover } from './Footnote/FootnotePopover';
import { BlockElement } from './RichBlock/BlockElement';
import { ContainerElement } from './RichBlock/ContainerElement';
import {
  ArticleContext,
  useBlockDir,
  type ArticleContextValue,
  type DecorationsByBlock,
} from './RichBlock/article-context';

export type { DecorationsByBlock } from './RichBlock/article-context';
const NONE: DecorationsByBlock = new Map();

/**
 * The article's text, one element per block, each marked with its block id,
 * inside the elements of its structure (lists, tables, notes, footnotes):
 * reading positions, highlights and search marks address text by block id
 * and offset, never by DOM position. Memoised: thousands of blocks must not
 * re-render when the toolbar or a setting changes.
 *
 * A long article is rendered in steps: the first screen (through the block
 * it opens at) before the first paint, the rest in timed steps
 * (useFillIn). A key or pointer press first finishes it at once, so whatever
 * it does (find, go to the end, a contents link) meets the whole article.
 */
export const ArticleBody = memo(function ArticleBody({
  articleId = '',
  direction = 'ltr',
  blocks,
  decorations = NONE,
  openAt,
}: {
  /** The article's id: links to its own blocks are routes to it. */
  articleId?: string;
  /** The article's direction (its element's `dir`): a block running the other way gets its own. */
  direction?: TextDirection;
  blocks: readonly Block[];
  decorations?: DecorationsByBlock;
  /** The block the article opens at (saved place, passage): rendered first. */
  openAt?: string;
}) {
  const parts = useMemo(() => groupBlocks(blocks), [blocks]);
  const chunks = useMemo(() => chunkParts(parts), [parts]);
  // The starting point matters only for the first render; ReaderView is keyed by article.
  const [first] = useState(() => firstChunkCount(chunks, openAt));
  const rendered = useFillIn(chunks.length, first, CHUNK_FILL_PACE);

  const [openNote, setOpenNote] = useState<{ noteId: string; reference: HTMLElement } | null>(null);
  const closeNote = useCallback(() => setOpenNote(null), []);
  const context = useMemo<ArticleContextValue>(
    () => ({
      articleId,
      direction,
      notes: footnotesById(parts),
      firstReference: firstReferences(blocks),
      tableNumbers: tableNumbers(parts),
      openNote: (noteId, reference) => setOpenNote({ noteId, reference }),
      copy: false,
    }),
    [articleId, direction, parts, blocks],
  );

  return (
    <ArticleContext.Provider value={context}>
      {chunks.slice(0, rendered).map((chunk) => (
        <PartsChunk key={partKey(chunk[0]!)} parts={chunk} decorations={decorations} />
      ))}
      {openNote && (
        <FootnotePopover
          key={openNote.noteId}
          noteId={openNote.noteId}
          reference={openNote.reference}
          onClose={closeNote}
        />
      )}
    </ArticleContext.Provider>
  );
});

function partKey(part: BodyPart): string {
  switch (part.kind) {
    case 'block':
      return part.block.id;
    case 'list':
      return `list-${part.items[0]?.id}`;
    case 'container':
      return `${part.node.container.type}-${part.node.container.id}`;
    case 'footnotes':
      return 'footnotes';
  }
}

/**
 * A run of parts in a box of its own, memoised: filling in more of the
 * article leaves the chunks already there alone, in React and in layout
 * (the body lays out some 80 chunks rather than 1,700 blocks again at each
 * step). The box is a plain block (no padding, border or formatting
 * context), so the text lays out as if it were not there.
 */
const PartsChunk = memo(function PartsChunk({
  parts,
  decorations,
}: {
  parts: readonly BodyPart[];
  decorations: DecorationsByBlock;
}) {
  return (
    <div className="article__chunk">
      {parts.map((part) => {
        switch (part.kind) {
          case 'list':
            return (
              <ul className="article__list" key={partKey(part)}>
                {part.items.map((item) => (
                  <ListItem key={item.id} item={item} decorations={decorations.get(item.id)} />
                ))}
              </ul>
            );
          case 'block':
            return (
              <BlockElement
                key={part.block.id}
                block={part.block}
                decorations={decorations.get(part.block.id)}
              />
            );
          case 'container':
            return (
              <ContainerElement key={partKey(part)} node={part.node} decorations={decorations} />
            );
          case 'footnotes':
            return <Footnotes key="footnotes" notes={part.notes} decorations={decorations} />;
        }
      })}
    </div>
  );
});

/** A list item of a collection compiled before containers: the block is the item itself. */
function ListItem({
  item,
  decorations,
}: {
  item: Block;
  decorations: readonly BlockDecoration[] | undefined;
}) {
  return (
    <li data-block-id={item.id} dir={useBlockDir(item.text)}>
      <BlockText text={item.text} marks={item.marks} decorations={decorations} blockId={item.id} />
    </li>
  );
}
