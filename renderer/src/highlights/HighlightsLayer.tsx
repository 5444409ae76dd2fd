import { useEffect, type RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import './highlights.css';
import type { Article } from '../../../common/model';
import { HighlightsIcon } from './HighlightsIcon';
import { AnnotationsPanel } from './AnnotationsPanel';
import { SelectionToolbar } from './SelectionToolbar';
import type { HighlightsController } from './useHighlights';

const UNDO_MS = 10_000;

interface Props {
  article: Article;
  articleRef: RefObject<HTMLElement | null>;
  controller: HighlightsController;
}

/**
 * Everything about highlights that sits over the reader: the selection
 * toolbar, the side panel and the Undo offer after a delete. Clicking a drawn
 * highlight opens it in the panel.
 */
export function HighlightsLayer({ article, articleRef, controller }: Props) {
  const intl = useIntl();
  const { openInPanel, lastDeleted, dismissUndo } = controller;

  useEffect(() => {
    const root = articleRef.current;
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const mark = (event.target as Element).closest?.('mark[data-highlight-id]');
      const id = mark?.getAttribute('data-highlight-id');
      if (id) openInPanel(id);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [articleRef, openInPanel]);

  useEffect(() => {
    if (!lastDeleted) return;
    const timer = window.setTimeout(dismissUndo, UNDO_MS);
    return () => window.clearTimeout(timer);
  }, [lastDeleted, dismissUndo]);

  return (
    <>
      <SelectionToolbar
        article={article}
        articleRef={articleRef}
        controller={controller}
        onNote={(id) => openInPanel(id, true)}
      />
      {controller.panelOpen && (
        <AnnotationsPanel
          articleId={article.id}
          articleRef={articleRef}
          controller={controller}
          noteFor={controller.noteFor}
          onClose={() => controller.closePanel(true)}
        />
      )}
      {lastDeleted && (
        <div className="undo-toast" role="status">
          <span>
            <FormattedMessage
              id={
                lastDeleted.kind === 'bookmark'
                  ? 'highlight.deleted.bookmark'
                  : 'highlight.deleted.highlight'
              }
            />
          </span>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void controller.undoDelete()}
          >
            <FormattedMessage id="notebook.undo" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={intl.formatMessage({ id: 'highlight.dismiss' })}
            onClick={dismissUndo}
          >
            ×
          </button>
        </div>
      )}
    </>
  );
}

/** The app-bar toggle for the highlights panel. */
export function HighlightsPanelButton({ controller }: { controller: HighlightsController }) {
  const intl = useIntl();
  return (
    <button
      ref={controller.panelButtonRef}
      type="button"
      className="icon-button"
      aria-label={intl.formatMessage({ id: 'annotations.title' })}
      title={intl.formatMessage({ id: 'annotations.button.title' })}
      aria-expanded={controller.panelOpen}
      onClick={() => controller.setPanelOpen(!controller.panelOpen)}
    >
      <HighlightsIcon />
      {controller.annotations.length > 0 && (
        <span className="icon-button__count" aria-hidden="true">
          {controller.annotations.length}
        </span>
      )}
    </button>
  );
}
