import { useCallback, useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { TypeIcon } from './Icons';
import { ReadingSettingsPanel } from './ReadingSettingsPanel';

/** The "Aa" button and the settings popover it opens beneath it. */
export function ReadingSettingsButton() {
  const intl = useIntl();
  const label = intl.formatMessage({ id: 'settings.title' });
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const close = useCallback(({ restoreFocus }: { restoreFocus: boolean }) => {
    setOpen(false);
    if (restoreFocus) buttonRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div className="popover-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="icon-button"
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((isOpen) => !isOpen)}
      >
        <TypeIcon />
      </button>
      {open && <ReadingSettingsPanel id={panelId} anchorRef={buttonRef} onClose={close} />}
    </div>
  );
}
