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
  const api = useApi();
  const notify = useNotify();
  return useCallback(
    (format: ExportFormat) =>
      api
        .exportAnnotations({ format, ...(articleId ? { articleId } : {}) })
        .then(downloadExport, (error: Error) => notify(`The export failed: ${error.message}`)),
    [api, articleId, notify],
  );
}
