import {
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useIntl } from 'react-intl';
import { CloseIcon } from './Icons';

/**
 * The table of contents on narrow windows: a modal panel from the left.
 * Native <dialog>: focus is trapped, Escape closes, the page behind is inert.
 */
export function ContentsDrawer({
  onClose,
  children,
}: {
  /** returnFocus is false when the reader jumped to a section: focus belongs there. */
  onClose: (options: { returnFocus: boolean }) => void;
  children: ReactNode;
}) {
  const intl = useIntl();
  const dialogRef = useRef<HTMLDialogElement>(null);

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    dialog.showModal();
    // Start at the section being read rather than at the top of a long list.
    dialog.querySelector<HTMLElement>('[aria-current]')?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    // "t" toggles the contents, here too.
    if (event.key === 't' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      onClose({ returnFocus: true });
    }
    event.stopPropagation();
  };

  const onBackdropClick = (event: MouseEvent) => {
    if (event.target === dialogRef.current) onClose({ returnFocus: true });
  };

  return (
    <dialog
      ref={dialogRef}
      className="drawer"
      aria-label={intl.formatMessage({ id: 'reader.contents' })}
      onCancel={(event) => {
        event.preventDefault();
        onClose({ returnFocus: true });
      }}
      onKeyDown={onKeyDown}
      onClick={onBackdropClick}
    >
      <div className="drawer__body">
        <button
          type="button"
          className="icon-button drawer__close"
          aria-label={intl.formatMessage({ id: 'reader.contents.close' })}
          onClick={() => onClose({ returnFocus: true })}
        >
          <CloseIcon />
        </button>
        {children}
      </div>
    </dialog>
  );
}
