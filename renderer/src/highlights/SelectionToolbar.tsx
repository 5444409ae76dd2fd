import { useEffect, useState, type RefObject } from 'react';
import { COLOR_LABELS, HIGHLIGHT_COLORS, type HighlightColor } from '../../../common/annotations';
import type { Article } from '../../../common/model';
import { useNotify } from '../hooks/useNotices';
import { citationText } from './citation';
import { selectionRect, selectionToBlockRange } from './selection';
import type { HighlightsController } from './useHighlights';

interface Props {
  article: Article;
  articleRef: RefObject<HTMLElement | null>;
  controller: HighlightsController;
  onNote: (id: string) => void;
}

/** Room the top bar takes: a toolbar above the selection must clear it. */
const TOOLBAR_CLEARANCE = 72;

/** Floats over a text selection in the article: Highlight, colours, Note, Copy with citation. */
export function SelectionToolbar({ article, articleRef, controller, onNote }: Props) {
  const notify = useNotify();
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  useEffect(() => {
    const update = () => {
      const root = articleRef.current;
      const rect = root && selectionToBlockRange(root) ? selectionRect() : null;
      setPlace(
        rect
          ? {
              // Above the selection, or below it when the top bar would cover it.
              top: rect.top - 48 < TOOLBAR_CLEARANCE ? rect.bottom + 8 : rect.top - 48,
              left: Math.max(8, Math.min(rect.left, window.innerWidth - 360)),
            }
          : null,
      );
    };
    document.addEventListener('selectionchange', update);
    window.addEventListener('scroll', update, { passive: true });
    return () => {
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', update);
    };
  }, [articleRef]);

  if (!place) return null;

  const highlight = (color: HighlightColor) => void controller.highlightSelection(color);
  const note = async () => {
    const created = await controller.highlightSelection();
    if (created) onNote(created.id);
  };
  const copy = async () => {
    const quote = window.getSelection()?.toString() ?? '';
    const text = citationText(quote, article);
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Clipboard permission can be refused (the app denies permission
      // requests); the copy command works from a click without one.
      if (!copyWithCommand(text)) {
        notify('The passage could not be copied to the clipboard.');
        return;
      }
    }
    notify('Copied the passage with its citation.');
  };

  return (
    // A landmark of its own: it floats outside the article's <main>, and a
    // screen reader can still find it by name.
    <section aria-label="Selection">
      <div
        className="selection-toolbar"
        role="toolbar"
        aria-label="Selected text"
        style={{ top: place.top, left: place.left }}
        // Keep the selection: a click here must not collapse it before the action runs.
        onMouseDown={(e) => e.preventDefault()}
      >
        <button
          type="button"
          className="selection-toolbar__main"
          title="Highlight (h)"
          onClick={() => highlight(controller.lastColor)}
        >
          <span
            className={`swatch swatch--small swatch--${controller.lastColor}`}
            aria-hidden="true"
          />
          Highlight
        </button>
        <div className="selection-toolbar__colors" role="group" aria-label="Highlight colour">
          {HIGHLIGHT_COLORS.map((color, index) => (
            <button
              key={color}
              type="button"
              className={`swatch swatch--${color}`}
              aria-label={COLOR_LABELS[color]}
              title={`${COLOR_LABELS[color]} (${index + 1})`}
              onClick={() => highlight(color)}
            />
          ))}
        </div>
        <button type="button" onClick={() => void note()}>
          Note
        </button>
        <button type="button" onClick={() => void copy()}>
          Copy with citation
        </button>
      </div>
    </section>
  );
}

function copyWithCommand(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } finally {
    area.remove();
  }
}
