// Electron's half of "Save as PDF…" (main/print/pdf-saver.ts does the rest):
// the system's save dialog, attached to the reader's window, and Chromium's
// printing of the page on screen with its print stylesheet.
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { ReaderError } from '../../common/errors';
import type { PagePdfPort } from '../print/pdf-saver';

export function electronPagePdf(currentWindow: () => BrowserWindow | undefined): PagePdfPort {
  const window = (): BrowserWindow => {
    const open = currentWindow();
    if (!open || open.isDestroyed()) {
      throw new ReaderError('internal', 'There is no reader window to save as PDF.');
    }
    return open;
  };
  return {
    async chooseDestination(suggestedFileName) {
      const { canceled, filePath } = await dialog.showSaveDialog(window(), {
        title: 'Save as PDF',
        defaultPath: join(app.getPath('documents'), suggestedFileName),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return canceled || !filePath ? undefined : filePath;
    },
    printPage: async () =>
      window().webContents.printToPDF({
        // The print stylesheet paints a white page; highlights keep their colours.
        printBackground: true,
        preferCSSPageSize: true,
      }),
  };
}
