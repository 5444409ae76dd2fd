import { chmod, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReaderError } from '../../../../common/errors';
import { createPdfSaver, pdfFileName, type PagePdfPort } from '../../../../main/print/pdf-saver';
import { makeTempDir } from '../../../support/temp-dir';
import { rm } from 'node:fs/promises';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('pdf-saver-');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PDF = new TextEncoder().encode('%PDF-1.7 the article');

function port(
  destination: string | undefined,
  print = async () => PDF,
): PagePdfPort & {
  asked: string[];
} {
  const asked: string[] = [];
  return {
    asked,
    chooseDestination: async (name) => {
      asked.push(name);
      return destination;
    },
    printPage: print,
  };
}

describe('pdfFileName', () => {
  it('turns a title into a name every system accepts', () => {
    expect(pdfFileName('Tea: a guide')).toBe('Tea - a guide.pdf');
    expect(pdfFileName('os.path / shutil')).toBe('os.path - shutil.pdf');
    expect(pdfFileName('  ...  ')).toBe('Article.pdf');
    expect(pdfFileName('a\u0000b')).toBe('a - b.pdf');
    expect([...pdfFileName('x'.repeat(300))].length).toBe(124);
  });
});

describe('savePageAsPdf', () => {
  it('writes the printed page where the reader chose, whole', async () => {
    const target = join(dir, 'Tea.pdf');
    const saving = port(target);
    expect(await createPdfSaver(saving, () => undefined)('Tea: a guide')).toEqual({
      saved: true,
      path: target,
    });
    expect(saving.asked).toEqual(['Tea - a guide.pdf']);
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 the article');
    expect(await readdir(dir)).toEqual(['Tea.pdf']);
  });

  it('adds .pdf when the dialog left the extension off', async () => {
    const outcome = await createPdfSaver(port(join(dir, 'Tea')), () => undefined)('Tea');
    expect(outcome).toEqual({ saved: true, path: join(dir, 'Tea.pdf') });
  });

  it('changes nothing when the dialog is cancelled, and prints nothing', async () => {
    let printed = false;
    const saving = port(undefined, async () => {
      printed = true;
      return PDF;
    });
    expect(await createPdfSaver(saving, () => undefined)('Tea')).toEqual({ saved: false });
    expect(printed).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves an existing file as it was when printing fails, and says why', async () => {
    const target = join(dir, 'Tea.pdf');
    await writeFile(target, 'the old one');
    const saving = port(target, async () => {
      throw new Error('printing failed');
    });
    await expect(createPdfSaver(saving, () => undefined)('Tea')).rejects.toThrow(
      'The article could not be printed to PDF: printing failed',
    );
    expect(await readFile(target, 'utf8')).toBe('the old one');
  });

  it('names the folder it may not write in, as a storage failure', async () => {
    const locked = join(dir, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o500);
    const failure = await createPdfSaver(
      port(join(locked, 'Tea.pdf')),
      () => undefined,
    )('Tea').catch((error: unknown) => error);
    await chmod(locked, 0o700);
    if (process.getuid?.() === 0) return; // root writes anywhere: nothing to refuse
    expect(failure).toBeInstanceOf(ReaderError);
    expect((failure as ReaderError).code).toBe('storage-failed');
    expect((failure as ReaderError).message).toContain(locked);
    expect(await readdir(locked)).toEqual([]);
  });

  it('refuses clearly where nothing can print (no window)', async () => {
    await expect(createPdfSaver(undefined, () => undefined)('Tea')).rejects.toThrow(
      /not available/,
    );
  });
});
