// A collection in several languages: the compiler reads each article's
// language from its text (compiler/language.ts), the library offers a
// filter by it, its languages named in English as the rest of the interface
// is, and each article's words carry their language so a screen reader
// speaks them in its voice. A collection in one language has no such filter.
import { rm } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Article } from '../../common/model';
import { compileSource } from '../../compiler/index';
import { article, writeCollection } from '../support/collection-fixture';
import { expect, test } from './fixtures';

/** Compiled from source, so the languages are the ones the compiler detects. */
function compiled(path: string, text: string): Article {
  const result = compileSource({ path, bytes: new TextEncoder().encode(text) });
  if ('rejection' in result) throw new Error(result.rejection.reason);
  return result.article;
}

const SOURCES: Article[] = [
  compiled(
    'locking.md',
    '# Locking in the kernel\n\nA spinlock protects data shared between processors; ' +
      'a mutex may sleep, so it is never taken in interrupt context.\n',
  ),
  compiled(
    'memory.md',
    '# Memory allocation\n\nMost code allocates memory with kmalloc and frees it with kfree; ' +
      'large buffers come from vmalloc instead.\n',
  ),
  compiled(
    'howto-zh.txt',
    '如何参与内核开发\n================\n\n本文档是指导你如何成为内核开发者的最重要的文档。' +
      '它介绍了内核开发社区的工作方式，以及如何提交补丁。\n',
  ),
  compiled(
    'howto-it.txt',
    'Come partecipare allo sviluppo del kernel\n=========================================\n\n' +
      'Questo documento descrive come diventare uno sviluppatore del kernel Linux ' +
      'e come lavorare con la comunità che lo sviluppa.\n',
  ),
];

const written: string[] = [];
async function collectionOf(articles: Article[]): Promise<string> {
  const dir = await writeCollection(articles);
  written.push(dir);
  return dir;
}
test.afterAll(async () => {
  await Promise.all(written.map((dir) => rm(dir, { recursive: true, force: true })));
});

test('the library filters by language, each named with its count, and each card and article speaks its own', async ({
  launch,
}) => {
  expect(SOURCES.map((a) => a.language)).toEqual(['en', 'en', 'zh-Hans', 'it']);
  const { page } = await launch({ contentDir: await collectionOf(SOURCES) });
  const list = page.getByRole('list', { name: 'Articles' });
  const language = page.getByRole('combobox', { name: 'Filter by language' });
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expect(language.getByRole('option')).toHaveText([
    'All languages',
    'English (2)',
    'Italian (1)',
    'Simplified Chinese (1)',
  ]);

  // The keyboard alone chooses: Tab reaches the filter, the arrows change it.
  await page.getByRole('textbox', { name: 'Filter articles' }).focus();
  await page.keyboard.press('Tab');
  await expect(language).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(language).toHaveValue('it');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'articles' })).toHaveText(
    '1 of 4 articles',
  );
  const card = list.getByRole('link', { name: 'Come partecipare allo sviluppo del kernel' });
  await expect(page.locator('.card__title')).toHaveAttribute('lang', 'it');

  await language.selectOption('zh-Hans');
  await expect(list.getByRole('link')).toHaveText(['如何参与内核开发']);
  await expect(page.locator('.card__title')).toHaveAttribute('lang', 'zh-Hans');
  await expect(card).toHaveCount(0);

  // The article itself is marked with its language.
  await list.getByRole('link', { name: '如何参与内核开发' }).click();
  await expect(page.getByRole('article')).toHaveAttribute('lang', 'zh-Hans');
  await page.goBack();
  // Coming back keeps the language chosen.
  await expect(language).toHaveValue('zh-Hans');
  await expect(list.getByRole('listitem')).toHaveCount(1);

  await language.selectOption('');
  await expect(list.getByRole('listitem')).toHaveCount(4);
});

test('the library with the language filter shown passes axe', async ({ launch }) => {
  const { page } = await launch({ contentDir: await collectionOf(SOURCES) });
  const language = page.getByRole('combobox', { name: 'Filter by language' });
  await language.selectOption('it');
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a collection in one language has no language filter', async ({ launch }) => {
  const english = [
    article('one', 'One', ['The first article.']),
    article('two', 'Two', ['The second article.']),
  ];
  const { page } = await launch({ contentDir: await collectionOf(english) });
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: 'Filter by tag' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Filter by language' })).toHaveCount(0);
  // The sort control is there: the toolbar is drawn, without the language filter.
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeVisible();
});
