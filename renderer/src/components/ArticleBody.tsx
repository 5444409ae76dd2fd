import { memo, startTransition, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Block } from '../../../common/model';
import { FILL_PARTS, firstPartCount, groupBlocks } from '../lib/article-parts';
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
 * it opens at) before the first paint, the rest a few dozen blocks a frame,
 * as interruptible transitions. A key or pointer
 * press first finishes it at once, so whatever it does (find, go to the
 * end, a contents link) meets the whole article.
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
  // The starting point matters only for the first render; ReaderView is keyed by article.
  const [rendered, setRendered] = useState(() => firstPartCount(parts, openAt));
  const complete = rendered >= parts.length;

  useEffect(() => {
    if (complete) return;
    // One step per frame: each frame lays out one step's blocks, and input
    // is handled between steps.
    const frame = requestAnimationFrame(() =>
      startTransition(() => setRendered((n) => Math.min(parts.length, n + FILL_PARTS))),
    );
    const finish = () => flushSync(() => setRendered(parts.length));
    window.addEventListener('keydown', finish, { capture: true });
    window.addEventListener('pointerdown', finish, { capture: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('keydown', finish, { capture: true });
      window.removeEventListener('pointerdown', finish, { capture: true });
    };
  }, [complete, rendered, parts.length]);

  return parts.slice(0, rendered).map((part) =>
    part.kind === 'list' ? (
      <ul className="article__list" key={`list-${part.items[0]?.id}`}>
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
