import type { ReactNode, Ref } from 'react';
import { useIntl } from 'react-intl';
import type { Annotation, AnnotationPatch } from '../../../common/annotations';
import { AnnotationEditor } from './AnnotationEditor';

interface Props {
  annotation: Annotation;
  /** Open for editing: the editor replaces the note and tags. */
  expanded: boolean;
  /** The quote is a button that opens or closes the editor. */
  onToggle: () => void;
  onChange: (patch: AnnotationPatch) => void;
  onDelete: () => void;
  focusNote?: boolean;
  /** A line under the quote: where it is from and when (the Notebook's). */
  meta?: ReactNode;
  /** More actions beside the editor toggle ("Go to passage"). */
  actions?: ReactNode;
  itemRef?: Ref<HTMLLIElement>;
}

/** One highlight or bookmark in a list: the Annotations panel and the Notebook draw it alike. */
export function AnnotationListItem({
  annotation,
  expanded,
  onToggle,
  onChange,
  onDelete,
  focusNote,
  meta,
  actions,
  itemRef,
}: Props) {
  const intl = useIntl();
  const kindLabel = intl.formatMessage(
    { id: 'annotation.kind' },
    { kind: annotation.kind === 'bookmark' ? 'bookmark' : annotation.color },
  );
  return (
    <li
      ref={itemRef}
      className={`annotation-item${expanded ? ' annotation-item--selected' : ''}`}
      data-annotation-id={annotation.id}
    >
      <button
        type="button"
        className="annotation-item__quote"
        aria-expanded={expanded}
        onClick={onToggle}
      >
        <span
          className={`annotation-item__kind annotation-item__kind--${annotation.kind === 'bookmark' ? 'bookmark' : annotation.color}`}
          aria-hidden="true"
        />
        <span className="visually-hidden">
          {intl.formatMessage({ id: 'annotation.kind.prefix' }, { kind: kindLabel })}{' '}
        </span>
        {/* The quote and the note read their own way (an Arabic passage right to left) in the English panel. */}
        <span className="annotation-item__text" dir="auto">
          {annotation.anchor.quote.exact}
        </span>
      </button>
      {annotation.note !== '' && !expanded && (
        <p className="annotation-item__note" dir="auto">
          {annotation.note}
        </p>
      )}
      {annotation.tags.length > 0 && !expanded && (
        <p className="annotation-item__tags">{annotation.tags.map((t) => `#${t}`).join(' ')}</p>
      )}
      {meta && <p className="annotation-item__meta">{meta}</p>}
      {actions && <div className="annotation-item__actions">{actions}</div>}
      {expanded && (
        <AnnotationEditor
          annotation={annotation}
          focusNote={focusNote}
          onChange={onChange}
          onDelete={onDelete}
        />
      )}
    </li>
  );
}

/**
 * Esc inside an item's note or tag field: focus goes back to the item's
 * quote (leaving the field saves it). True when it did, so the caller stops.
 */
export function leaveItemField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || !target.closest('textarea, input')) return false;
  const quote = target
    .closest('.annotation-item')
    ?.querySelector<HTMLElement>('.annotation-item__quote');
  if (!quote) return false;
  quote.focus();
  return true;
}
