import type { ExportedFile } from '../../../common/annotations';

/** Hands an export to the browser's (or Electron's) save flow as a file download. */
export function downloadExport(file: ExportedFile): void {
  const url = URL.createObjectURL(
    new Blob([file.content], { type: `${file.mimeType};charset=utf-8` }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the blob after this click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
