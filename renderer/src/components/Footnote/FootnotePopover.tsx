import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useIntl } from 'react-intl';
import { CloseIcon } from '../Icons';
import { TreeNodes } from '../RichBlock/ContainerElement';
import {
  ArticleContext,
  useArticleContext,
  type DecorationsByBlock,
} from '../RichBlock/article-context';

const NO_DECORATIONS: DecorationsByBlock = new Map();

/** The gap between the reference and its note, and the least margin to the window's edges, in px. */
const GAP = 6;
const EDGE = 8;

/**
 * A footnote opened beside its reference: a popover in the top layer, so it
 * sits over the text without moving it. It shows a copy of the note (the
 * note itself stays in the footnotes at the end, where its highlights and
 * search marks live). Focus moves into it; Esc, the close button or a click
 * elsewhere closes it, and focus goes back to the reference.
 */
export function FootnotePopover({
  noteId,
  reference,
  onClose,
}: {
  noteId: string;
  reference: HTMLElement;
  onClose: () => void;
}) {
  const intl = useIntl();
  const context = useArticleContext();
  const ref = useRef<HTMLDivElement>(null);
  const note = context.notes.get(noteId);
  const label = note?.container.type === 'footnote' ? note.container.label : '';

  useLayoutEffect(() => {
    const popover = ref.current;
    if (!popover) return;
    popover.showPopover();
    // Below the reference, or above it where the window has no room below.
    const anchor = reference.getBoundingClientRect();
    const box = popover.getBoundingClientRect();
    const left = Math.min(
      Math.max(EDGE, anchor.left + anchor.width / 2 - box.width / 2),
      Math.max(EDGE, window.innerWidth - box.width - EDGE),
    );
    const below = anchor.bottom + GAP;
    const top =
      below + box.height > window.innerHeight - EDGE && anchor.top - GAP - box.height > EDGE
        ? anchor.top - GAP - box.height
        : below;
    popover.style.left = `${left + window.scrollX}px`;
    popover.style.top = `${top + window.scrollY}px`;
    popover.focus();
    const onToggle = (event: Event) => {
      // Closed by the browser (a click elsewhere): the component goes too.
      if ((event as ToggleEvent).newState === 'closed') onClose();
    };
    popover.addEventListener('toggle', onToggle);
    return () => {
      popover.removeEventListener('toggle', onToggle);
      if (popover.matches(':popover-open')) popover.hidePopover();
    };
  }, [reference, onClose]);

  const close = () => {
    onClose();
    reference.focus({ preventScroll: true });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The reader's own Esc (leave the article) waits: this closes first.
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  if (!note) return null;
  return (
    <div
      ref={ref}
      className="footnote-popover"
      popover="auto"
      role="dialog"
      aria-label={intl.formatMessage({ id: 'footnote.title' }, { label }).trim()}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="footnote-popover__head">
        <span className="footnote-popover__label">
          {intl.formatMessage({ id: 'footnote.title' }, { label })}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label={intl.formatMessage({ id: 'footnote.close' })}
          onClick={close}
        >
          <CloseIcon />
        </button>
      </div>
      <ArticleContext.Provider value={{ ...context, copy: true }}>
        <div className="footnote-popover__body">
          <TreeNodes nodes={note.children} decorations={NO_DECORATIONS} />
        </div>
      </ArticleContext.Provider>
    </div>
  );
}
