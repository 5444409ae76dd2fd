import { memo, type ReactNode } from 'react';
import type { Block } from '../../../../common/model';
import { ArticleImage } from '../ArticleImage/ArticleImage';
import { BlockText, type BlockDecoration } from '../BlockText';
import { useArticleContext, useBlockDir } from './article-context';
import './RichBlock.css';

/** Level 1 is the article's own title (the page's h1); sections start at h2. */
function headingTag(level: number | undefined): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  const clamped = Math.min(6, Math.max(2, level ?? 2));
  return `h${clamped}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}

/**
 * One block as the element it is, marked with its block id: reading
 * positions, highlights and search marks address text by block id and
 * offset, never by DOM position. `as` says what the structure around it
 * needs it to be (a term in a definition list, a caption in a figure).
 *
 * Memoised per block: a new mark in one paragraph re-renders that paragraph
 * only, provided callers keep each block's decoration array stable.
 */
export const BlockElement = memo(function BlockElement({
  block,
  decorations,
  as,
}: {
  block: Block;
  decorations: readonly BlockDecoration[] | undefined;
  as?: 'dt' | 'figcaption';
}) {
  const { copy } = useArticleContext();
  // A copy (a footnote's popover) is not the block: no id, no decorations.
  const id = copy ? undefined : block.id;
  const dir = useBlockDir(block.text);
  const text = (
    <BlockText
      text={block.text}
      marks={block.marks}
      decorations={copy ? undefined : decorations}
      blockId={id}
    />
  );
  if (as === 'dt')
    return (
      <dt className="article__term" data-block-id={id} dir={dir}>
        {text}
      </dt>
    );
  if (as === 'figcaption')
    return (
      <figcaption className="article__caption" data-block-id={id} dir={dir}>
        {text}
      </figcaption>
    );
  switch (block.kind) {
    case 'heading': {
      const Heading = headingTag(block.level);
      // tabIndex -1: the table of contents moves keyboard focus to the section it opens.
      return (
        <Heading
          className="article__heading"
          data-block-id={id}
          dir={dir}
          tabIndex={copy ? undefined : -1}
        >
          {text}
        </Heading>
      );
    }
    case 'quote':
      return (
        <blockquote data-block-id={id} dir={dir}>
          {text}
        </blockquote>
      );
    case 'code':
      return <CodeBlock id={id} language={block.language} text={text} />;
    case 'rule':
      return <hr className="article__rule" data-block-id={id} />;
    case 'image':
      return copy ? null : <ArticleImage block={block} />;
    case 'caption':
      return (
        <p className="article__caption" data-block-id={id} dir={dir}>
          {text}
        </p>
      );
    case 'term':
      return (
        <p className="article__term" data-block-id={id} dir={dir}>
          {text}
        </p>
      );
    case 'cell':
    case 'paragraph':
    case 'list-item':
      return (
        <p data-block-id={id} dir={dir}>
          {text}
        </p>
      );
  }
});

/**
 * A listing keeps its whitespace and scrolls sideways, left to right in
 * every article: code's indentation and operators read that way. Focusable, so that
 * keyboard users scroll it with the arrow keys. Its language is a label
 * beside the block element, never inside it: the block's text is the code.
 */
function CodeBlock({
  id,
  language,
  text,
}: {
  id: string | undefined;
  language: string | undefined;
  text: ReactNode;
}) {
  return (
    <div className="article__code">
      {language && <span className="article__code-language">{language}</span>}
      <pre data-block-id={id} tabIndex={0} data-language={language} dir="ltr">
        <code>{text}</code>
      </pre>
    </div>
  );
}
