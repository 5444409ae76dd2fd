import type { MouseEvent } from 'react';
import { useIntl } from 'react-intl';
import { articleHref } from '../../lib/routes';
import type { ContainerNode } from '../../lib/article-parts';
import { TreeNodes } from '../RichBlock/ContainerElement';
import {
  noteElementId,
  noteRefElementId,
  useArticleContext,
  type DecorationsByBlock,
} from '../RichBlock/article-context';
import './Footnote.css';

/** Every top-level footnote, after the article's text. */
export function Footnotes({
  notes,
  decorations,
}: {
  notes: readonly ContainerNode[];
  decorations: DecorationsByBlock;
}) {
  const intl = useIntl();
  return (
    <section
      className="article__footnotes"
      aria-label={intl.formatMessage({ id: 'footnote.list' })}
    >
      {notes.map((note) => (
        <Footnote key={note.container.id} node={note} decorations={decorations} />
      ))}
    </section>
  );
}

/**
 * One footnote: its label, its text, and a link back to where it is first
 * referred to. The link is an icon with a name, outside the note's blocks,
 * so it adds nothing to their text.
 */
export function Footnote({
  node,
  decorations,
}: {
  node: ContainerNode;
  decorations: DecorationsByBlock;
}) {
  const intl = useIntl();
  const { articleId, firstReference, copy } = useArticleContext();
  const label = node.container.type === 'footnote' ? node.container.label : '';
  const reference = firstReference.get(node.container.id);
  const back = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!reference) return;
    const target = document.getElementById(noteRefElementId(reference.blockId, reference.index));
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  };
  return (
    <div className="footnote" id={copy ? undefined : noteElementId(node.container.id)}>
      <span className="footnote__label">{label}</span>
      <div className="footnote__body">
        <TreeNodes nodes={node.children} decorations={decorations} />
      </div>
      {reference && !copy && (
        <a
          className="footnote__back"
          href={articleHref(articleId, reference.blockId)}
          aria-label={intl.formatMessage({ id: 'footnote.back' }, { label })}
          title={intl.formatMessage({ id: 'footnote.back' }, { label })}
          onClick={back}
        >
          <svg
            width="14"
            height="14"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M9 14L4 9l5-5" />
            <path d="M4 9h10a6 6 0 0 1 0 12h-3" />
          </svg>
        </a>
      )}
    </div>
  );
}
