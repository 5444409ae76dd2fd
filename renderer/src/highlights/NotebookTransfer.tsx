import { useState, type ChangeEvent } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { ImportSummary } from '../../../common/annotations';
import { useApi } from '../hooks/useApi';
import { useExportAnnotations } from './useExportAnnotations';

interface Props {
  /** Export only this article's annotations (the Article filter), or all. */
  articleId: string;
  /** Nothing to export: the export buttons are left out, import stays. */
  empty: boolean;
  onImported: () => void;
}

/** The counts in the catalogue's words; the problems as the main process wrote them. */
function describeImport(intl: IntlShape, fileName: string, summary: ImportSummary): string {
  const counts = intl.formatMessage(
    { id: 'notebook.import.done' },
    { file: fileName, added: summary.added, updated: summary.updated, skipped: summary.skipped },
  );
  return [counts, ...summary.problems].join(' ');
}

/** Export the notebook as Markdown or Web Annotation JSON, and import such a JSON file. */
export function NotebookTransfer({ articleId, empty, onImported }: Props) {
  const intl = useIntl();
  const api = useApi();
  const [importSummary, setImportSummary] = useState<string | null>(null);

  const exportAs = useExportAnnotations(articleId);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      setImportSummary(
        describeImport(intl, file.name, await api.importAnnotations(await file.text())),
      );
      onImported();
    } catch (error) {
      setImportSummary(
        intl.formatMessage(
          { id: 'notebook.import.failed' },
          { file: file.name, message: (error as Error).message },
        ),
      );
    }
  };

  return (
    <div className="notebook__transfer">
      <div className="notebook__actions">
        {!empty && (
          <>
            <button type="button" className="button" onClick={() => void exportAs('markdown')}>
              <FormattedMessage id="annotations.export.markdown" />
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void exportAs('web-annotation')}
            >
              <FormattedMessage id="notebook.export.webAnnotation" />
            </button>
          </>
        )}
        <label className="button">
          <FormattedMessage id="notebook.import" />
          <input
            type="file"
            accept=".json,application/json,application/ld+json"
            className="visually-hidden"
            aria-label={intl.formatMessage({ id: 'notebook.import.label' })}
            onChange={(e) => void importFile(e)}
          />
        </label>
      </div>
      {importSummary && (
        <p className="notebook__summary" role="status">
          {importSummary}
        </p>
      )}
    </div>
  );
}
