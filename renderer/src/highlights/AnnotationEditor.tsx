import { useEffect, useId, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  HIGHLIGHT_COLORS,
  type Annotation,
  type AnnotationPatch,
} from '../../../common/annotations';
import { COLOR_LABEL_IDS } from './color-labels';

interface Props {
  annotation: Annotation;
  onChange: (patch: AnnotationPatch) => void;
  onDelete: () => void;
  focusNote?: boolean;
}

function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** Colour, note (plain text, line breaks kept), tags and delete for one annotation. */
export function AnnotationEditor({ annotation, onChange, onDelete, focusNote }: Props) {
  const intl = useIntl();
  const id = useId();
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(annotation.tags.join(', '));
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => setNote(annotation.note), [annotation.note]);
  useEffect(() => setTags(annotation.tags.join(', ')), [annotation.tags]);
  useEffect(() => {
    if (focusNote) noteRef.current?.focus();
  }, [focusNote]);

  const saveNote = () => {
    if (note !== annotation.note) onChange({ note });
  };
  const saveTags = () => {
    const next = parseTags(tags);
    if (next.join('\n') !== annotation.tags.join('\n')) onChange({ tags: next });
  };

  return (
    <div className="annotation-editor">
      {annotation.kind === 'highlight' && (
        <div
          className="color-choice"
          role="radiogroup"
          aria-label={intl.formatMessage({ id: 'highlight.colour' })}
        >
          {HIGHLIGHT_COLORS.map((color) => (
            <button
              key={color}
              type="button"
              role="radio"
              aria-checked={annotation.color === color}
              aria-label={intl.formatMessage({ id: COLOR_LABEL_IDS[color] })}
              title={intl.formatMessage({ id: COLOR_LABEL_IDS[color] })}
              className={`swatch swatch--${color}`}
              onClick={() => onChange({ color })}
            />
          ))}
        </div>
      )}
      <label className="annotation-editor__label" htmlFor={`${id}-note`}>
        <FormattedMessage id="annotation.note" />
      </label>
      <textarea
        ref={noteRef}
        id={`${id}-note`}
        className="annotation-editor__note"
        // A note in the article's language runs its way, whichever way that is.
        dir="auto"
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        onBlur={saveNote}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) saveNote();
        }}
      />
      <label className="annotation-editor__label" htmlFor={`${id}-tags`}>
        <FormattedMessage
          id="annotation.tags"
          values={{
            hint: (chunks) => <span className="annotation-editor__hint">{chunks}</span>,
          }}
        />
      </label>
      <input
        id={`${id}-tags`}
        className="annotation-editor__tags"
        dir="auto"
        value={tags}
        onChange={(e) => setTags(e.target.value)}
        onBlur={saveTags}
        onKeyDown={(e) => {
          if (e.key === 'Enter') saveTags();
        }}
      />
      <div className="annotation-editor__actions">
        <button type="button" className="button button--quiet" onClick={saveNote}>
          <FormattedMessage id="annotation.saveNote" />
        </button>
        <button type="button" className="button button--danger" onClick={onDelete}>
          <FormattedMessage id="annotation.delete" />
        </button>
      </div>
    </div>
  );
}
