import { useState, type ChangeEvent } from 'react';
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

function describeImport(fileName: string, summary: ImportSummary): string {
  const parts = [
    `${summary.added} added`,
    `${summary.updated} updated`,
    `${summary.skipped} skipped`,
  ];
  const problems = summary.problems.length ? ` ${summary.problems.join(' ')}` : '';
  return `Imported ${fileName}: ${parts.join(', ')}.${problems}`;
}

/** Export the notebook as Markdown or Web Annotation JSON, and import such a JSON file. */
export function NotebookTransfer({ articleId, empty, onImported }: Props) {
  const api = useApi();
  const [importSummary, setImportSummary] = useState<string | null>(null);

  const exportAs = useExportAnnotations(articleId);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      setImportSummary(describeImport(file.name, await api.importAnnotations(await file.text())));
      onImported();
    } catch (error) {
      setImportSummary(`${file.name} could not be imported: ${(error as Error).message}`);
    }
  };

  return (
    <div className="notebook__transfer">
      <div className="notebook__actions">
        {!empty && (
          <>
            <button type="button" className="button" onClick={() => void exportAs('markdown')}>
              Export Markdown
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void exportAs('web-annotation')}
            >
              Export JSON (Web Annotation)
            </button>
          </>
        )}
        <label className="button">
          Import JSON…
          <input
            type="file"
            accept=".json,application/json,application/ld+json"
            className="visually-hidden"
            aria-label="Import annotations"
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
