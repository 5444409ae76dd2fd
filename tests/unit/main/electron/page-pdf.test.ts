// Electron's half of Save as PDF: the save dialog on the reader's window,
// suggesting the Documents folder, and the page printed by Chromium.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../support/fakes/electron'));

import { BrowserWindow, app, dialog, resetElectronFake } from '../../../support/fakes/electron';
import { electronPagePdf } from '../../../../main/electron/page-pdf';

beforeEach(() => {
  resetElectronFake();
  app.paths.set('documents', '/home/reader/Documents');
});

type ElectronWindow = ReturnType<Parameters<typeof electronPagePdf>[0]>;
const asElectron = (window: BrowserWindow) => window as unknown as ElectronWindow;

describe('electronPagePdf', () => {
  it('asks where to save on the reader’s window, in Documents, with the suggested name', async () => {
    const window = new BrowserWindow({});
    dialog.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: '/home/reader/Tea.pdf',
    });
    const port = electronPagePdf(() => asElectron(window));

    expect(await port.chooseDestination('Tea - a guide.pdf')).toBe('/home/reader/Tea.pdf');
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      defaultPath: '/home/reader/Documents/Tea - a guide.pdf',
      filters: [{ extensions: ['pdf'] }],
    });
  });

  it('answers undefined when the dialog is cancelled', async () => {
    const window = new BrowserWindow({});
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(
      await electronPagePdf(() => asElectron(window)).chooseDestination('Tea.pdf'),
    ).toBeUndefined();
  });

  it('prints the window’s own page, backgrounds included, at the page size CSS asks for', async () => {
    const window = new BrowserWindow({});
    window.webContents.printToPDF.mockResolvedValue(Buffer.from('%PDF-1.7 tea'));
    const bytes = await electronPagePdf(() => asElectron(window)).printPage();
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 tea');
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({
      printBackground: true,
      preferCSSPageSize: true,
    });
  });

  it('says so when the window is gone, instead of printing nothing', async () => {
    const window = new BrowserWindow({});
    window.close();
    const port = electronPagePdf(() => asElectron(window));
    await expect(port.printPage()).rejects.toThrow(/no reader window/);
    await expect(electronPagePdf(() => undefined).chooseDestination('a.pdf')).rejects.toThrow(
      /no reader window/,
    );
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
