// The interface speaks the system's language when a catalogue has it: on a
// French system the library and the reader are in French, with French
// plurals, dates and numbers, while the articles keep their own words.
import { article, writeCollection } from '../support/collection-fixture';
import { expect, test } from './fixtures';

const ARTICLES = [
  article(
    'tea',
    'On Tea',
    [
      { id: 'tea-h1', kind: 'heading', level: 2, text: 'Choosing the Leaves' },
      'Green tea wants cooler water than black tea.',
      { id: 'tea-h2', kind: 'heading', level: 2, text: 'Steeping Times' },
      'Three minutes is enough for most leaves.',
    ],
    { byline: 'Jeanne Dupont', published: '2026-12-02', tags: ['tea'] },
  ),
  article('coffee', 'On Coffee', ['Coffee is ground just before brewing.'], { tags: ['coffee'] }),
];

test('on a French system the library and the reader speak French', async ({ launch }) => {
  const { page } = await launch({
    contentDir: await writeCollection(ARTICLES),
    locale: 'fr-FR',
  });

  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const filter = page.getByRole('textbox', { name: 'Filtrer les articles' });
  await expect(filter).toHaveAttribute('placeholder', 'Filtrer par titre, auteur, étiquette…');
  await expect(page.getByText('2 articles', { exact: true })).toBeVisible();
  await expect(page.getByText(/^\d+ mots/)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Trier par' })).toContainText('Plus récents');
  const tea = page.locator('.card').filter({ hasText: 'On Tea' });
  await expect(tea).toContainText('2 déc. 2026');
  await expect(tea).toContainText('1 min de lecture');

  await filter.fill('zeppelin');
  await expect(page.getByText(/^Aucun article ne correspond à «\s*zeppelin\s*»$/)).toBeVisible();
  await filter.fill('');
  await expect(page.getByText('2 articles', { exact: true })).toBeVisible();

  await tea.getByRole('link', { name: 'On Tea' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'On Tea' })).toBeVisible();
  await expect(page.getByText('Par Jeanne Dupont')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Table des matières' })).toContainText(
    'Steeping Times',
  );
  await expect(page.getByRole('button', { name: 'Sommaire' })).toBeVisible();
  await page.getByRole('button', { name: 'Retour à la bibliothèque' }).click();
  await expect(filter).toBeVisible();
});

test('a system language without a catalogue gets English', async ({ launch }) => {
  const { page } = await launch({ contentDir: await writeCollection(ARTICLES), locale: 'fi-FI' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('textbox', { name: 'Filter articles' })).toBeVisible();
  await expect(page.getByText('2 articles', { exact: true })).toBeVisible();
});
