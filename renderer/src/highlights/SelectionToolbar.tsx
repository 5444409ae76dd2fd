import { useEffect, useLayoutEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../common/annotations';
import type { Article } from '../../../common/model';
import { useNotify } from '../hooks/useNotices';
import { focusWithoutScrolling } from '../lib/focus';
import { citationText } from './citation';
import { COLOR_LABEL_IDS } from './color-labels';
import {
  blockElementOf,
  selectionPlace,
  selectionToBlockRange,
  type SelectionPlace,
} from './selection';
import type { HighlightsController } from './useHighlights';

interface Props {
  article: Article;
  articleRef: RefObject<HTMLElement | null>;
  controller: HighlightsController;
  onNote: (id: string) => void;
}

/** Room the top bar takes: a toolbar above the selection must clear it. */
const TOOLBAR_CLEARANCE = 72;
/** The least room between the toolbar and the window's sides. */
const WINDOW_MARGIN = 8;
/** Between the toolbar and the selected line. */
const GAP = 8;

/** Floats over a text selection in the article: Highlight, colours, Note, Copy with citation. */
export function SelectionToolbar({ article, articleRef, controller, onNote }: Props) {
  const intl = useIntl();
  const notify = useNotify();
  /** The first line of the selection, in viewport coordinates. */
  const [place, setPlace] = useState<SelectionPlace | null>(null);

  useEffect(() => {
    const update = () => {
      const root = articleRef.current;
      const next = root && selectionToBlockRange(root) ? selectionPlace() : null;
      // A request from Enter is for this selection only.
      if (!next) controller.selectionToolbarWanted.current = false;
      setPlace(next);
    };
    document.addEventListener('selectionchange', update);
    window.addEventListener('scroll', update, { passive: true });
    return () => {
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', update);
    };
  }, [articleRef, controller.selectionToolbarWanted]);

  // Placed by its own size, which depends on the font and on labels that
  // wrap in a narrow window: measured before paint, so it never shows cut off
  // or over the text it acts on.
  const toolbarRef = controller.selectionToolbarRef;
  useLayoutEffect(() => {
    const element = toolbarRef.current;
    if (!element || !place) return;
    const widest = window.innerWidth - element.offsetWidth - WINDOW_MARGIN;
    // Lined up with where the selection starts: its right end in right-to-left text.
    const left = place.start === 'right' ? place.right - element.offsetWidth : place.left;
    element.style.left = `${Math.max(WINDOW_MARGIN, Math.min(left, widest))}px`;
    // Above the selection, or below it when the top bar would cover it.
    const above = place.top - element.offsetHeight - GAP;
    element.style.top = `${above < TOOLBAR_CLEARANCE ? place.bottom + GAP : above}px`;
  }, [place, toolbarRef]);

  const wanted = controller.selectionToolbarWanted;
  useEffect(() => {
    if (!place || !wanted.current) return;
    wanted.current = false;
    controller.selectionToolbarRef.current?.querySelector('button')?.focus();
  }, [place, wanted, controller.selectionToolbarRef]);

  if (!place) return null;

  const toolbar = controller.selectionToolbarRef;
  /**
   * Where keyboard focus goes when the toolbar closes under it: the
   * paragraph the selection ended in, so reading (and caret mode) go on there.
   */
  const paragraphOfSelection = () => {
    const root = articleRef.current;
    const node = window.getSelection()?.focusNode ?? null;
    return root && node ? blockElementOf(node, root) : null;
  };
  const returnFocusAfter = async (action: () => Promise<unknown>) => {
    const hadFocus = toolbar.current?.contains(document.activeElement) ?? false;
    const paragraph = paragraphOfSelection();
    await action();
    if (hadFocus && !document.activeElement?.closest('.annotations-panel'))
      focusWithoutScrolling(paragraph);
  };

  // The toolbar pattern: arrow keys move between its buttons, Esc goes back
  // to the text with the selection kept.
  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = Array.from(toolbar.current?.querySelectorAll('button') ?? []);
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const target =
      event.key === 'ArrowRight'
        ? buttons[(index + 1) % buttons.length]
        : event.key === 'ArrowLeft'
          ? buttons[(index - 1 + buttons.length) % buttons.length]
          : event.key === 'Home'
            ? buttons[0]
            : event.key === 'End'
              ? buttons.at(-1)
              : undefined;
    if (target) {
      event.preventDefault();
      target.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      focusWithoutScrolling(paragraphOfSelection());
    }
  };

  const highlight = (color: HighlightColor) =>
    void returnFocusAfter(() => controller.highlightSelection(color));
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
        notify(intl.formatMessage({ id: 'selection.copyFailed' }));
        return;
      }
    }
    notify(intl.formatMessage({ id: 'selection.copied' }));
  };

  return (
    // A landmark of its own: it floats outside the article's <main>, and a
    // screen reader can still find it by name.
    <section aria-label={intl.formatMessage({ id: 'selection.label' })}>
      <div
        className="selection-toolbar"
        ref={toolbar}
        role="toolbar"
        aria-label={intl.formatMessage({ id: 'selection.toolbar' })}
        onKeyDown={onKeyDown}
        // Keep the selection: a click here must not collapse it before the action runs.
        onMouseDown={(e) => e.preventDefault()}
      >
        <button
          type="button"
          className="selection-toolbar__main"
          title={intl.formatMessage({ id: 'selection.highlight.title' })}
          onClick={() => highlight(controller.lastColor)}
        >
          <span
            className={`swatch swatch--small swatch--${controller.lastColor}`}
            aria-hidden="true"
          />
          <FormattedMessage id="selection.highlight" />
        </button>
        <div
          className="selection-toolbar__colors"
          role="group"
          aria-label={intl.formatMessage({ id: 'selection.colour' })}
        >
          {HIGHLIGHT_COLORS.map((color, index) => (
            <button
              key={color}
              type="button"
              className={`swatch swatch--${color}`}
              aria-label={intl.formatMessage({ id: COLOR_LABEL_IDS[color] })}
              title={intl.formatMessage(
                { id: 'selection.colour.title' },
                { colour: intl.formatMessage({ id: COLOR_LABEL_IDS[color] }), key: index + 1 },
              )}
              onClick={() => highlight(color)}
            />
          ))}
        </div>
        <button type="button" onClick={() => void note()}>
          <FormattedMessage id="annotation.note" />
        </button>
        <button type="button" onClick={() => void copy()}>
          <FormattedMessage id="selection.copy" />
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
