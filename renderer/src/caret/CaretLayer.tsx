import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import './caret.css';
import { caretRect, type CaretModeController } from './useCaretMode';

interface Props {
  articleRef: RefObject<HTMLElement | null>;
  controller: CaretModeController;
}

/**
 * What caret mode adds over the article: the caret itself (text that cannot
 * be edited has none of its own) and a badge that says the mode is on and
 * turns it off with a click.
 */
const kbd = (chunks: ReactNode[]) => <kbd className="key">{chunks}</kbd>;

export function CaretLayer({ articleRef, controller }: Props) {
  const intl = useIntl();
  const [rect, setRect] = useState<DOMRect | null>(null);
  const { active } = controller;

  useEffect(() => {
    if (!active) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const selection = window.getSelection();
        const inside = selection?.focusNode && articleRef.current?.contains(selection.focusNode);
        setRect(inside ? caretRect(selection) : null);
      });
    };
    update();
    document.addEventListener('selectionchange', update);
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [active, articleRef]);

  if (!active) return null;
  return (
    <>
      {rect && (
        <div
          className="caret"
          aria-hidden="true"
          style={{ left: rect.left, top: rect.top, height: rect.height }}
        />
      )}
      <section className="caret-badge" aria-label={intl.formatMessage({ id: 'caret.badge.label' })}>
        <span className="caret-badge__text">
          <FormattedMessage id="caret.badge.text" values={{ kbd }} />
        </span>
        <button type="button" className="button" onClick={controller.toggle}>
          <FormattedMessage id="caret.badge.turnOff" />
        </button>
      </section>
    </>
  );
}
