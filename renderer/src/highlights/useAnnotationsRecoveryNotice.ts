import { useIntl } from 'react-intl';
import { useEffect } from 'react';
import { useApi } from '../hooks/useApi';
import { useNotify } from '../hooks/useNotices';

/**
 * Says so, once at start, when highlights cannot be saved this session (the
 * profile is read-only, full, or in use by another copy of the app), and when
 * the highlights file could not be read and was moved aside (and the backup
 * used): the reader must know, never guess.
 */
export function useAnnotationsRecoveryNotice(): void {
  const intl = useIntl();
  const api = useApi();
  const notify = useNotify();
  useEffect(() => {
    api.getAnnotationsStatus().then(
      (status) => {
        if (status.unavailable) notify(status.unavailable.message);
        if (status.recovery) notify(status.recovery.message);
      },
      (error: Error) =>
        notify(intl.formatMessage({ id: 'highlight.failed.check' }, { message: error.message })),
    );
  }, [api, notify, intl]);
}
