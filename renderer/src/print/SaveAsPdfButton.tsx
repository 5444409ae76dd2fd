import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Icon } from '../components/Icons';
import { useApi } from '../hooks/useApi';
import { useNotify } from '../hooks/useNotices';
import { describeError, logIfUnexpected } from '../lib/api';

const PdfIcon = () => (
  <Icon>
    <path d="M6 3h8l4 4v14H6z" />
    <path d="M14 3v4h4" />
    <path d="M9 13h6" />
    <path d="M9 17h6" />
  </Icon>
);

/**
 * "Save as PDF…": main asks where and prints the page with the print
 * stylesheet (the article alone). A cancelled dialog says nothing; a saved
 * file or a failure is told as a notice.
 */
export function SaveAsPdfButton({ title }: { title: string }) {
  const intl = useIntl();
  const api = useApi();
  const notify = useNotify();
  const [saving, setSaving] = useState(false);

  const save = () => {
    setSaving(true);
    api
      .savePageAsPdf({
        suggestedName: title.trim() || intl.formatMessage({ id: 'print.untitled' }),
      })
      .then(
        (outcome) => {
          if (outcome.saved) {
            notify(intl.formatMessage({ id: 'print.saved' }, { title, path: outcome.path }));
          }
        },
        (error: unknown) => {
          logIfUnexpected(error);
          notify(
            intl.formatMessage(
              { id: 'print.failed' },
              { title, message: describeError(error).message },
            ),
          );
        },
      )
      .finally(() => setSaving(false));
  };

  return (
    <button
      type="button"
      className="icon-button"
      aria-label={intl.formatMessage({ id: 'print.save' })}
      title={intl.formatMessage({ id: 'print.save' })}
      aria-busy={saving || undefined}
      disabled={saving}
      onClick={save}
    >
      <PdfIcon />
    </button>
  );
}
