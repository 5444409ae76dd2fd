// Printing the open article: Save as PDF… writes the article alone (no
// bars, contents or panels), in ink on white whatever the theme, with web
// links' addresses written out and long code lines wrapped rather than cut;
// a cancelled dialog writes nothing; Ctrl/⌘+P opens the system's print dialog.
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Block } from '../../common/model';
import { article, writeCollection } from '../support/collection-fixture';
import { pdfText } from '../support/pdf-text';
import { expect, test } from './fixtures';

const TITLE = 'Printing Tea Leaves';
const LONG_CODE = `print(${'"steep" + '.repeat(30)}"ENDOFLINE")`;
const BLOCKS: Block[] = [
  { id: 'p-h1', kind: 'heading', level: 2, text: 'Choosing the Leaves' },
  {
    id: 'p-b1',
    kind: 'paragraph',
    text: 'Whole leaves unfurl slowly in water just off the boil.',
  },
  { id: 'p-code', kind: 'code', text: LONG_CODE },
  { id: 'p-h2', kind: 'heading', level: 2, text: 'Steeping Times' },
  ...Array.from({ length: 30 }, (_, i) => ({
    id: `p-s${i}`,
    kind: 'paragraph' as const,
    text: `Steeping note ${i}: three minutes for black, two for green, and patience for both.`,
  })),
];
const SOURCE_URL = 'https://www.example.org/tea/leaves';

let dir: string;
test.beforeAll(async () => {
  dir = await writeCollection([
    article('leaves', TITLE, BLOCKS, { source: 'The Tea Times', sourceUrl: SOURCE_URL }),
  ]);
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('Save as PDF… writes the article alone, its text whole, where the reader chose', async ({
  launch,
}) => {
  const reader = await launch({ contentDir: dir, colorScheme: 'dark' });
  const { page } = reader;
  await page.evaluate(() => (window.location.hash = '#/article/leaves'));
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  // The contents sidebar is on screen, to be left off the page.
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeVisible();

  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByText(`Saved “${TITLE}” as`)).toBeVisible({ timeout: 20_000 });
  expect(reader.pdfDialog.suggested).toEqual([`${TITLE}.pdf`]);
  expect(await readdir(reader.pdfDialog.dir)).toEqual([`${TITLE}.pdf`]);

  const bytes = await readFile(join(reader.pdfDialog.dir, `${TITLE}.pdf`));
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const { text } = await pdfText(new Uint8Array(bytes));
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain(TITLE);
  expect(flat).toContain('Whole leaves unfurl slowly in water just off the boil.');
  expect(flat).toContain('Steeping note 29: three minutes for black');
  // The long code line wraps onto the page instead of running off it.
  expect(flat.replace(/ /g, '')).toContain('"ENDOFLINE")');
  // The web link's address is written out after it.
  expect(flat.replace(/ /g, '')).toContain(SOURCE_URL);
  // No bar, contents or controls: their words are not on the page.
  for (const label of ['Library', 'Contents', 'Search', 'Keyboard shortcuts']) {
    expect(flat, `"${label}" printed`).not.toContain(label);
  }
});

test('a cancelled save dialog writes nothing and says nothing', async ({ launch }) => {
  const reader = await launch({ contentDir: dir });
  const { page } = reader;
  reader.pdfDialog.answer = 'cancel';
  await page.evaluate(() => (window.location.hash = '#/article/leaves'));
  const button = page.getByRole('button', { name: 'Save as PDF…' });
  await button.click();
  await expect.poll(() => reader.pdfDialog.suggested).toEqual([`${TITLE}.pdf`]);
  await expect(button).toBeEnabled();
  expect(await readdir(reader.pdfDialog.dir)).toEqual([]);
  await expect(page.getByText(/Saved “|could not be saved/)).toHaveCount(0);
});

test('printing shows the article in ink on white in every theme, link addresses only on paper', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: dir, colorScheme: 'dark' });
  await page.evaluate(() => (window.location.hash = '#/article/leaves'));
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const look = () =>
    page.evaluate(() => {
      const paragraph = document.querySelector('[data-block-id="p-b1"]')!;
      const link = document.querySelector('.article__source-link')!;
      return {
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(paragraph).color,
        bar: getComputedStyle(document.querySelector('.app-bar')!).display,
        linkAddress: getComputedStyle(link, '::after').content,
      };
    });

  for (const theme of ['dark', 'sepia'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await page.emulateMedia({ media: 'screen' });
    const screen = await look();
    expect(screen.bar).not.toBe('none');
    expect(screen.linkAddress).toBe('none');
    await page.emulateMedia({ media: 'print' });
    expect(await look()).toEqual({
      background: 'rgb(255, 255, 255)',
      text: 'rgb(0, 0, 0)',
      bar: 'none',
      linkAddress: `" (" "${SOURCE_URL}" ")"`.replace(/" "/g, ''),
    });
  }
});

test('Ctrl/⌘+P opens the system’s print dialog for the open article, even from the search field', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: dir });
  await page.evaluate(() => (window.location.hash = '#/article/leaves'));
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.evaluate(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => void (counted.printed += 1);
  });
  const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed);
  await page.keyboard.press('ControlOrMeta+p');
  expect(await printed()).toBe(1);
  await page.getByRole('searchbox', { name: 'Search' }).focus();
  await page.keyboard.press('ControlOrMeta+p');
  expect(await printed()).toBe(2);
});
