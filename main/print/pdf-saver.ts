// "Save as PDF…": ask where, print the page, write the file whole or not at
// all. Plain Node: the dialog and the printing are handed in (Electron's in
// main/electron/page-pdf.ts, Chromium's through Playwright in the e2e harness).
import { dirname, extname } from 'node:path';
import type { PdfSaveOutcome } from '../../common/api';
import { ReaderError } from '../../common/errors';
import { replaceFileDurably } from '../storage/durable-write';
import { errnoCode, storageFailure } from '../storage/storage-errors';

export interface PagePdfPort {
  /** Asks the reader where to save; undefined when they cancel. */
  chooseDestination(suggestedFileName: string): Promise<string | undefined>;
  /** The page on screen as PDF bytes, laid out by its print stylesheet. */
  printPage(): Promise<Uint8Array>;
}

/** Characters no file system takes in a name, and controls. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const LONGEST_NAME = 120;

/** A file name from an article's title that every system accepts: "Tea: a guide" → "Tea - a guide.pdf". */
export function pdfFileName(title: string): string {
  const cleaned = title
    .replace(UNSAFE_IN_NAME, ' - ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  const name = [...cleaned].slice(0, LONGEST_NAME).join('').trim();
  return `${name || 'Article'}.pdf`;
}

export function createPdfSaver(
  port: PagePdfPort | undefined,
  log: (message: string) => void,
): (suggestedName: string) => Promise<PdfSaveOutcome> {
  return async (suggestedName) => {
    if (!port) {
      throw new ReaderError('internal', 'Saving as PDF is not available in this window.');
    }
    const chosen = await port.chooseDestination(pdfFileName(suggestedName));
    if (chosen === undefined) return { saved: false };
    // Some systems' dialogs leave the extension to the app.
    const path = extname(chosen) === '' ? `${chosen}.pdf` : chosen;
    let bytes: Uint8Array;
    try {
      bytes = await port.printPage();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ReaderError('internal', `The article could not be printed to PDF: ${reason}`);
    }
    try {
      await replaceFileDurably(path, bytes, log);
    } catch (error) {
      if (errnoCode(error) === undefined) throw error;
      throw storageFailure('pdf', error, dirname(path));
    }
    return { saved: true, path };
  };
}
