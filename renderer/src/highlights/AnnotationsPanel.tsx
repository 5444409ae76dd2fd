import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isOrphan, type Annotation } from '../../../common/annotations';
import { findBlockElement } from '../lib/reading-position';
import { preferredScrollBehavior } from '../lib/scroll';
import { AnnotationListItem, leaveItemField } from './AnnotationListItem';
import { useExportAnnotations } from './useExportAnnotations';
import type { HighlightsController } from './useHighlights';

interface Props {
  articleId: string;
  articleRef: RefObject<HTMLElement | null>;
  controller: HighlightsController;
  noteFor: string | null;
  onClose: () => void;
}

/** Scrolls to a highlight's first mark (or its block) and briefly shows which one. */
export function scrollToAnnotation(root: HTMLElement, annotation: Annotation): void {
  const target =
    root.querySelector<HTMLElement>(`mark[data-highlight-id="${CSS.escape(annotation.id)}"]`) ??
    findBlockElement(root, annotation.anchor.startBlockId);
  target?.scrollIntoView({ block: 'center', behavior: preferredScrollBehavior() });
}

/** The article's highlights and bookmarks in reading order, beside the text. */
export function AnnotationsPanel({ articleId, articleRef, controller, noteFor, onClose }: Props) {
  const intl = useIntl();
  const exportAs = useExportAnnotations(articleId);
  const selectedRef = useRef<HTMLLIElement>(null);
  const placed = controller.annotations.filter((a) => !isOrphan(a));
  const unanchored = controller.annotations.filter(isOrphan);

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [controller.selectedId]);

  const item = (annotation: Annotation) => {
    const selected = annotation.id === controller.selectedId;
    return (
      <AnnotationListItem
        key={annotation.id}
        itemRef={selected ? selectedRef : undefined}
        annotation={annotation}
        expanded={selected}
        onToggle={() => {
          controller.select(selected ? null : annotation.id);
          const root = articleRef.current;
          if (root && !isOrphan(annotation)) scrollToAnnotation(root, annotation);
        }}
        focusNote={noteFor === annotation.id}
        onChange={(patch) => void controller.update(annotation.id, patch)}
        onDelete={() => void controller.remove(annotation.id)}
      />
    );
  };

  // Esc closes what is innermost: a note or tag field gives focus back to its
  // item first (leaving the field saves it), then the panel closes.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    if (!leaveItemField(event.target)) onClose();
  };

  return (
    <aside
      className="annotations-panel"
      aria-label={intl.formatMessage({ id: 'annotations.title' })}
      onKeyDown={onKeyDown}
    >
      <header className="annotations-panel__header">
        <h2 className="annotations-panel__title">
          <FormattedMessage id="annotations.title" />
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={intl.formatMessage({ id: 'annotations.close' })}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {controller.annotations.length === 0 ? (
        <p className="annotations-panel__empty">
          <FormattedMessage id="annotations.empty" />
        </p>
      ) : (
        <ol className="annotations-panel__list">{placed.map(item)}</ol>
      )}
      {unanchored.length > 0 && (
        <section aria-label={intl.formatMessage({ id: 'notebook.unanchored.title' })}>
          <h3 className="annotations-panel__subtitle">
            <FormattedMessage id="notebook.unanchored.title" />
          </h3>
          <p className="annotations-panel__hint">
            <FormattedMessage id="annotations.unanchored.body" />
          </p>
          <ol className="annotations-panel__list">{unanchored.map(item)}</ol>
        </section>
      )}
      <footer className="annotations-panel__footer">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void exportAs('markdown')}
        >
          <FormattedMessage id="annotations.export.markdown" />
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void exportAs('web-annotation')}
        >
          <FormattedMessage id="annotations.export.json" />
        </button>
      </footer>
    </aside>
  );
}
