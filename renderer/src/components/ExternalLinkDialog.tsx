import { useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { linkHost } from '../../../common/external-link';
import { CloseIcon, ExternalIcon } from './Icons';

/**
 * "Open this link in your browser?": the whole address, so the reader sees
 * where a link goes before anything leaves the app. A modal <dialog>: focus
 * is trapped, Esc cancels, and focus goes back to the link afterwards. The
 * safe choice (stay) is the default focus; opening is a deliberate second step.
 */
export function ExternalLinkDialog({
  href,
  onConfirm,
  onCancel,
}: {
  href: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const stayRef = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const returnFocusTo = document.activeElement;
    dialog.showModal();
    stayRef.current?.focus();
    return () => {
      if (returnFocusTo instanceof HTMLElement) returnFocusTo.focus({ preventScroll: true });
    };
  }, []);

  const close = (open: boolean) => {
    confirmed.current = open;
    dialogRef.current?.close();
  };

  const copy = () => {
    navigator.clipboard.writeText(href).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };

  const onBackdropClick = (event: MouseEvent) => {
    if (event.target === dialogRef.current) close(false);
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog external-link"
      aria-labelledby="external-link-title"
      aria-describedby="external-link-address"
      onClose={() => (confirmed.current ? onConfirm() : onCancel())}
      onKeyDown={(event) => event.stopPropagation()}
      onClick={onBackdropClick}
    >
      <div className="dialog__body">
        <header className="dialog__header">
          <h2 className="dialog__title" id="external-link-title">
            <FormattedMessage id="externalLink.title" values={{ host: linkHost(href) }} />
          </h2>
          <button
            type="button"
            className="icon-button"
            aria-label={intl.formatMessage({ id: 'dialog.close' })}
            onClick={() => close(false)}
          >
            <CloseIcon />
          </button>
        </header>
        <p className="external-link__lead">
          <FormattedMessage id="externalLink.lead" />
        </p>
        <p className="external-link__address" id="external-link-address">
          {href}
        </p>
        <p className="external-link__status" role="status">
          {copied === 'yes'
            ? intl.formatMessage({ id: 'externalLink.copied' })
            : copied === 'failed'
              ? intl.formatMessage({ id: 'externalLink.copyFailed' })
              : ''}
        </p>
        <div className="external-link__actions">
          <button type="button" className="text-button" onClick={copy}>
            <FormattedMessage id="externalLink.copy" />
          </button>
          <span className="external-link__spacer" />
          <button type="button" className="button" ref={stayRef} onClick={() => close(false)}>
            <FormattedMessage id="externalLink.stay" />
          </button>
          <button type="button" className="button button--primary" onClick={() => close(true)}>
            <FormattedMessage id="externalLink.open" />
            <ExternalIcon />
          </button>
        </div>
      </div>
    </dialog>
  );
}
