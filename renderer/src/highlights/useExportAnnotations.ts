import { useIntl } from 'react-intl';
import { useCallback } from 'react';
import type { ExportFormat } from '../../../common/annotations';
import { useApi } from '../hooks/useApi';
import { useNotify } from '../hooks/useNotices';
import { downloadExport } from './download';

/**
 * Exports one article's annotations, or the whole library's without an id,
 * as a file download; a failure is said, never dropped.
 */
export function useExportAnnotations(articleId?: string) {
  const intl = useIntl();
  const api = useApi();
  const notify = useNotify();
  return useCallback(
    (format: ExportFormat) =>
      api
        .exportAnnotations({ format, ...(articleId ? { articleId } : {}) })
        .then(downloadExport, (error: Error) =>
          notify(
            intl.formatMessage({ id: 'annotations.export.failed' }, { message: error.message }),
          ),
        ),
    [api, articleId, notify, intl],
  );
}
