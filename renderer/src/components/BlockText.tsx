import type { MouseEvent, ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Mark } from '../../../common/model';
import { inlineTree, type InlineNode, type TextRange } from '../../../common/segments';
import { blocksOf } from '../lib/article-parts';
import { articleHref } from '../lib/routes';
import { noteRefElementId, useArticleContext } from './RichBlock/article-context';

/**
 * Something drawn over a run of block text: a search match, a highlight. The
 * renderer draws each as a <mark>; where several overlap, their classes are
 * combined and the later one's data attributes win.
 */
export interface BlockDecoration extends TextRange {
  className: string;
  /** data-* attributes for the mark, without the "data-" prefix. */
  data?: Readonly<Record<string, string>>;
}

export const NO_DECORATIONS: readonly BlockDecoration[] = [];
const NO_MARKS: readonly Mark[] = [];

/** Which mark is drawn outside where two cover the same run: a link around its emphasis. */
const NESTING: Record<Mark['type'], number> = {
  link: 0,
  'note-ref': 0,
  strong: 1,
  emphasis: 2,
  strike: 3,
  code: 4,
  sub: 5,
  sup: 5,
};
const outerFirst = (a: Mark, b: Mark) => NESTING[a.type] - NESTING[b.type];

type Node = InlineNode<Mark, BlockDecoration>;

/**
 * A block's text with its marks (emphasis, code, links…) as elements and its
 * decorations as <mark> runs inside them. Every element wraps a run of the
 * block's own text and nothing else, so the block element's text is exactly
 * `text` and a selection's offset is the length of the text before it.
 */
export function BlockText({
  text,
  marks = NO_MARKS,
  decorations = NO_DECORATIONS,
  blockId,
}: {
  text: string;
  marks?: readonly Mark[] | undefined;
  decorations?: readonly BlockDecoration[] | undefined;
  /** The block's id: a footnote reference inside it is named after it. */
  blockId?: string;
}) {
  if (marks.length === 0 && decorations.length === 0) return text;
  const tree = inlineTree(text.length, marks, decorations, outerFirst);
  return <Runs nodes={tree} text={text} marks={marks} blockId={blockId} />;
}

function Runs({
  nodes,
  text,
  marks,
  blockId,
}: {
  nodes: readonly Node[];
  text: string;
  marks: readonly Mark[];
  blockId: string | undefined;
}): ReactNode {
  return nodes.map((node) =>
    node.kind === 'text' ? (
      <TextRun key={`t${node.start}`} text={text.slice(node.start, node.end)} node={node} />
    ) : (
      <MarkElement
        key={`m${node.start}-${marks.indexOf(node.mark)}`}
        mark={node.mark}
        markIndex={marks.indexOf(node.mark)}
        blockId={blockId}
      >
        <Runs nodes={node.children} text={text} marks={marks} blockId={blockId} />
      </MarkElement>
    ),
  );
}

function TextRun({ text, node }: { text: string; node: Extract<Node, { kind: 'text' }> }) {
  if (node.decorations.length === 0) return text;
  const data: Record<string, string> = {};
  for (const decoration of node.decorations) {
    for (const [name, value] of Object.entries(decoration.data ?? {})) data[`data-${name}`] = value;
  }
  // Formatting inside a decorated run (a match over "re<em>act</em>") cuts it
  // into marks; a piece that goes on from the one before or into the next
  // says so, and is drawn without an edge there, as one mark to the eye.
  const classes = node.decorations.map((d) => d.className);
  if (node.decorations.every((d) => d.start < node.start)) classes.push('mark--joins-start');
  if (node.decorations.every((d) => d.end > node.end)) classes.push('mark--joins-end');
  return (
    <mark className={classes.join(' ')} {...data}>
      {text}
    </mark>
  );
}

function MarkElement({
  mark,
  markIndex,
  blockId,
  children,
}: {
  mark: Mark;
  markIndex: number;
  blockId: string | undefined;
  children: ReactNode;
}) {
  const article = useArticleContext();
  const intl = useIntl();
  switch (mark.type) {
    case 'emphasis':
      return <em>{children}</em>;
    case 'strong':
      return <strong>{children}</strong>;
    case 'code':
      // Code reads left to right inside a right-to-left sentence too.
      return (
        <code className="article__inline-code" dir="ltr">
          {children}
        </code>
      );
    case 'strike':
      return <s>{children}</s>;
    case 'sub':
      return <sub>{children}</sub>;
    case 'sup':
      return <sup>{children}</sup>;
    case 'link': {
      const { target } = mark;
      if (target.kind === 'web') {
        // The document-wide confirmation (useExternalLinkConfirmation) stops
        // the click; the arrow after it is drawn by CSS, so it adds no text.
        const title = mark.title
          ? intl.formatMessage(
              { id: 'article.link.titled' },
              { title: mark.title, url: target.url },
            )
          : target.url;
        return (
          <a
            className="article__link article__link--web"
            href={target.url}
            title={intl.formatMessage({ id: 'article.link.web' }, { title })}
            target="_blank"
            rel="noopener noreferrer"
          >
            {children}
          </a>
        );
      }
      const href =
        target.kind === 'article'
          ? articleHref(target.article, target.block)
          : articleHref(article.articleId, target.block);
      return (
        <a className="article__link" href={href} title={mark.title}>
          {children}
        </a>
      );
    }
    case 'note-ref':
      return (
        <NoteRef note={mark.note} id={blockId ? noteRefElementId(blockId, markIndex) : undefined}>
          {children}
        </NoteRef>
      );
  }
}

/**
 * A footnote reference: a link to the note, which opens the note beside it.
 * Its name says what it is ("Footnote 1"); the visible label stays the text.
 */
function NoteRef({
  note,
  id,
  children,
}: {
  note: string;
  id: string | undefined;
  children: ReactNode;
}) {
  const article = useArticleContext();
  const intl = useIntl();
  const footnote = article.notes.get(note);
  const label = footnote?.container.type === 'footnote' ? footnote.container.label : undefined;
  if (article.copy || !footnote) return <sup className="article__note-ref">{children}</sup>;
  const first = blocksOf(footnote.children)[0];
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    article.openNote(note, event.currentTarget);
  };
  return (
    <sup className="article__note-ref">
      <a
        id={id}
        href={articleHref(article.articleId, first?.id)}
        aria-label={intl.formatMessage({ id: 'footnote.title' }, { label: label ?? '' }).trim()}
        aria-haspopup="dialog"
        onClick={open}
      >
        {children}
      </a>
    </sup>
  );
}
