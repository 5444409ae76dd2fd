import { memo, useMemo, useState } from 'react';
import type { Block } from '../../../common/model';
import { useFillIn } from '../hooks/useFillIn';
import {
  CHUNK_FILL_PACE,
  PARTS_PER_CHUNK,
  chunkParts,
  firstPartCount,
  groupBlocks,
  type BodyPart,
} from '../lib/article-parts';
import { BlockText, type BlockDecoration } from './BlockText';

/** Decorations (search marks, highlights) by block id. */
export type DecorationsByBlock = ReadonlyMap<string, readonly BlockDecoration[]>;
const NONE: DecorationsByBlock = new Map();

/** Level 1 is the article's own title (the page's h1); sections start at h2. */
function headingTag(level: number | undefined): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  const clamped = Math.min(6, Math.max(2, level ?? 2));
  return `h${clamped}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}

/**
 * The article's text, one element per block, each marked with its block id:
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
  blocks,
  decorations = NONE,
  openAt,
}: {
  blocks: readonly Block[];
  decorations?: DecorationsByBlock;
  /** The block the article opens at (saved place, passage): rendered first. */
  openAt?: string;
}) {
  const parts = useMemo(() => groupBlocks(blocks), [blocks]);
  const chunks = useMemo(() => chunkParts(parts), [parts]);
  // The starting point matters only for the first render; ReaderView is keyed by article.
  const [first] = useState(() => Math.ceil(firstPartCount(parts, openAt) / PARTS_PER_CHUNK));
  const rendered = useFillIn(chunks.length, first, CHUNK_FILL_PACE);

  return chunks
    .slice(0, rendered)
    .map((chunk) => (
      <PartsChunk key={partKey(chunk[0]!)} parts={chunk} decorations={decorations} />
    ));
});

const partKey = (part: BodyPart) =>
  part.kind === 'list' ? `list-${part.items[0]?.id}` : part.block.id;

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
      {parts.map((part) =>
        part.kind === 'list' ? (
          <ul className="article__list" key={partKey(part)}>
            {part.items.map((item) => (
              <li key={item.id} data-block-id={item.id}>
                <BlockText text={item.text} decorations={decorations.get(item.id)} />
              </li>
            ))}
          </ul>
        ) : (
          <BlockElement
            key={part.block.id}
            block={part.block}
            decorations={decorations.get(part.block.id)}
          />
        ),
      )}
    </div>
  );
});

// Memoised per block: a new mark in one paragraph re-renders that paragraph only,
// provided callers keep each block's decoration array stable.
const BlockElement = memo(function BlockElement({
  block,
  decorations,
}: {
  block: Block;
  decorations: readonly BlockDecoration[] | undefined;
}) {
  const text = <BlockText text={block.text} decorations={decorations} />;
  switch (block.kind) {
    case 'heading': {
      const Heading = headingTag(block.level);
      // tabIndex -1: the table of contents moves keyboard focus to the section it opens.
      return (
        <Heading className="article__heading" data-block-id={block.id} tabIndex={-1}>
          {text}
        </Heading>
      );
    }
    case 'quote':
      return <blockquote data-block-id={block.id}>{text}</blockquote>;
    case 'code':
      // Focusable: a listing wider than the column scrolls sideways, and
      // keyboard users scroll it with the arrow keys once it has focus.
      return (
        <pre data-block-id={block.id} tabIndex={0}>
          <code>{text}</code>
        </pre>
      );
    case 'paragraph':
    case 'list-item':
      return <p data-block-id={block.id}>{text}</p>;
  }
});
