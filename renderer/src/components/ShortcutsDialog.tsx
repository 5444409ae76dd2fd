import {
  Fragment,
  useLayoutEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from '../i18n/catalogues';
import { keyNames } from '../i18n/key-names';
import {
  SHORTCUTS,
  SHORTCUT_SCOPES,
  chordLabels,
  parseKeys,
  type KeyNames,
  type Shortcut,
  type ShortcutScope,
} from '../lib/shortcuts';
import { CloseIcon } from './Icons';

// Typed so that a shortcut or scope without its sentence in the catalogue fails the type check.
const descriptionOf = (shortcut: Shortcut): MessageId => `shortcut.${shortcut.id}`;
const scopeTitle = (scope: ShortcutScope): MessageId => `shortcuts.scope.${scope}`;

/**
 * The list of keyboard shortcuts, drawn from the same table the key handler
 * uses. A modal <dialog>: the browser traps focus and makes the page inert;
 * focus goes back where it was when the dialog closes.
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const intl = useIntl();
  const names = useMemo(() => keyNames(intl), [intl]);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const returnFocusTo = document.activeElement;
    dialog.showModal();
    return () => {
      if (returnFocusTo instanceof HTMLElement) returnFocusTo.focus({ preventScroll: true });
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    // "?" toggles the overlay; Escape is the dialog's own cancel.
    if (event.key === '?') {
      event.preventDefault();
      dialogRef.current?.close();
    }
    event.stopPropagation();
  };

  const onBackdropClick = (event: MouseEvent) => {
    if (event.target === dialogRef.current) dialogRef.current?.close();
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog shortcuts"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      onKeyDown={onKeyDown}
      onClick={onBackdropClick}
    >
      <div className="dialog__body">
        <header className="dialog__header">
          <h2 className="dialog__title" id="shortcuts-title">
            <FormattedMessage id="shortcuts.title" />
          </h2>
          <button
            type="button"
            className="icon-button"
            aria-label={intl.formatMessage({ id: 'dialog.close' })}
            onClick={() => dialogRef.current?.close()}
          >
            <CloseIcon />
          </button>
        </header>
        <div className="shortcuts__groups">
          {SHORTCUT_SCOPES.map((scope) => (
            <section
              className="shortcuts__group"
              key={scope}
              aria-labelledby={`shortcuts-${scope}`}
            >
              <h3 className="shortcuts__scope" id={`shortcuts-${scope}`}>
                <FormattedMessage id={scopeTitle(scope)} />
              </h3>
              <dl className="shortcuts__list">
                {SHORTCUTS.filter((shortcut) => shortcut.scope === scope).map((shortcut) => (
                  <div className="shortcuts__row" key={shortcut.id}>
                    <dt className="shortcuts__action">
                      <FormattedMessage id={descriptionOf(shortcut)} />
                    </dt>
                    <dd className="shortcuts__keys">
                      {shortcut.keys.map((keys, index) => (
                        <span className="shortcuts__alternative" key={keys}>
                          {index > 0 && (
                            <span className="shortcuts__or">
                              <FormattedMessage id="shortcuts.or" />
                            </span>
                          )}
                          <KeyCombination keys={keys} names={names} />
                        </span>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </dialog>
  );
}

function KeyCombination({ keys, names }: { keys: string; names: KeyNames }) {
  return (
    <span className="key-combination">
      {parseKeys(keys).map((chord, index) => (
        <Fragment key={index}>
          {index > 0 && (
            <span className="shortcuts__then">
              <FormattedMessage id="shortcuts.then" />
            </span>
          )}
          {chordLabels(chord, names).map((label) => (
            <kbd className="key" key={label}>
              {label}
            </kbd>
          ))}
        </Fragment>
      ))}
    </span>
  );
}
