// The interface speaks the system's language when a catalogue has it: on a
// French system the library and the reader are in French, with French
// plurals, dates and numbers, while the articles keep their own words.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { article, writeCollection } from '../support/collection-fixture';
import { installFakeSpeech } from './fake-speech';
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
  await expect(page.getByRole('button', { name: 'Précédent' })).toHaveAttribute(
    'title',
    'Revenir à la bibliothèque (Alt+←)',
  );
  await page.getByRole('button', { name: 'Retour à la bibliothèque' }).click();
  await expect(filter).toBeVisible();
});

/** What each language's library and reader show for ARTICLES, in its words. */
const SPOKEN = [
  {
    locale: 'de-DE',
    lang: 'de',
    filter: 'Artikel filtern',
    placeholder: 'Titel, Autor, Schlagwort…',
    count: '2 Artikel',
    sort: ['Sortieren nach', 'Neueste zuerst'],
    readingTime: '1 Min. Lesezeit',
    byline: 'Von Jeanne Dupont',
    contents: ['Inhaltsverzeichnis', 'Inhalt'],
    back: 'Zurück zur Bibliothek',
  },
  {
    locale: 'es-ES',
    lang: 'es',
    filter: 'Filtrar artículos',
    placeholder: 'Filtrar por título, autor, etiqueta…',
    count: '2 artículos',
    sort: ['Ordenar por', 'Más recientes primero'],
    readingTime: '1 min de lectura',
    byline: 'Por Jeanne Dupont',
    contents: ['Tabla de contenido', 'Índice'],
    back: 'Volver a la biblioteca',
  },
  {
    locale: 'zh-CN',
    lang: 'zh-Hans',
    filter: '筛选文章',
    placeholder: '按标题、作者、标签筛选…',
    count: '2 篇文章',
    sort: ['排序方式', '最新优先'],
    readingTime: '阅读约 1 分钟',
    byline: '作者：Jeanne Dupont',
    contents: ['文章目录', '目录'],
    back: '返回书库',
  },
  {
    locale: 'ja-JP',
    lang: 'ja',
    filter: '記事を絞り込む',
    placeholder: 'タイトル、著者、タグで絞り込み…',
    count: '2 件の記事',
    sort: ['並べ替え', '新しい順'],
    readingTime: '約 1 分で読めます',
    byline: '著者：Jeanne Dupont',
    contents: ['記事の目次', '目次'],
    back: 'ライブラリに戻る',
  },
];

for (const language of SPOKEN) {
  test(`on a ${language.locale} system the library and the reader speak its language`, async ({
    launch,
  }) => {
    const { page } = await launch({
      contentDir: await writeCollection(ARTICLES),
      locale: language.locale,
    });
    await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
    const filter = page.getByRole('textbox', { name: language.filter });
    await expect(filter).toHaveAttribute('placeholder', language.placeholder);
    await expect(page.getByText(language.count, { exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: language.sort[0] })).toContainText(
      language.sort[1]!,
    );
    const tea = page.locator('.card').filter({ hasText: 'On Tea' });
    await expect(tea).toContainText(language.readingTime);
    await expectAxeClean(page, `the ${language.locale} library`);

    await tea.getByRole('link', { name: 'On Tea' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'On Tea' })).toBeVisible();
    await expect(page.getByText(language.byline)).toBeVisible();
    await expect(page.getByRole('navigation', { name: language.contents[0] })).toContainText(
      'Steeping Times',
    );
    await expect(
      page.getByRole('button', { name: language.contents[1], exact: true }),
    ).toBeVisible();
    await page.getByRole('button', { name: language.back, exact: true }).click();
    await expect(filter).toBeVisible();
  });
}

test('in Arabic the interface is mirrored, its articles keep their own direction, and English turns it back', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: await writeCollection(ARTICLES), locale: 'ar' });
  const html = page.locator('html');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(html).toHaveAttribute('dir', 'rtl');
  const filter = page.getByRole('textbox', { name: 'تصفية المقالات' });
  await expect(filter).toHaveAttribute('placeholder', 'التصفية حسب العنوان أو المؤلف أو الوسم…');
  await expect(page.getByText('مقالتان', { exact: true })).toBeVisible();
  const sort = page.getByRole('combobox', { name: 'الترتيب حسب' });
  await expect(sort).toContainText('الأحدث أولًا');

  // The toolbar runs from the right: the filter's icon at the field's right
  // end, and the tag filter to the right of the sort order.
  const box = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!;
  const field = await box(page.locator('.library-toolbar .field').first());
  const filterIcon = await box(page.locator('.library-toolbar .field .icon').first());
  expect(filterIcon.x).toBeGreaterThan(field.x + field.width / 2);
  const tags = await box(page.getByRole('combobox', { name: 'التصفية حسب الوسم' }));
  expect(tags.x).toBeGreaterThanOrEqual((await box(sort)).x + (await box(sort)).width);

  // An English card reads from the left even here.
  const tea = page.locator('.card').filter({ hasText: 'On Tea' });
  const direction = (locator: ReturnType<Page['locator']>) =>
    locator.evaluate((element) => getComputedStyle(element).direction);
  expect(await direction(tea.locator('.card__title'))).toBe('ltr');
  expect(await direction(tea.locator('.card__meta'))).toBe('rtl');
  await expectAxeClean(page, 'the Arabic library');

  // A search result's English passage reads from the left too.
  const search = page.locator('.search input').first();
  await search.fill('Green');
  const snippet = page.locator('.search__snippet').first();
  await expect(snippet).toContainText('Green tea wants cooler water');
  expect(await direction(snippet)).toBe('ltr');
  await search.fill('');
  await page.keyboard.press('Escape');

  await tea.getByRole('link', { name: 'On Tea' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'On Tea' })).toBeVisible();
  await expect(page.getByText('بقلم Jeanne Dupont')).toBeVisible();
  const article = page.getByRole('article');
  await expect(article).toHaveAttribute('dir', 'ltr');
  expect(await direction(page.locator('.article__body p').first())).toBe('ltr');
  // Back still goes back in history, its arrow pointing to where the line starts.
  const back = page.getByRole('button', { name: 'رجوع', exact: true });
  await expect(back).toHaveAttribute('title', 'الرجوع إلى المكتبة (Alt+←)');
  // Located by place, not name: the name changes with the language.
  const backArrow = page.locator('.history-buttons .icon-button').first().locator('svg');
  expect(await backArrow.evaluate((icon) => getComputedStyle(icon).transform)).toBe(
    'matrix(-1, 0, 0, 1, 0, 0)',
  );
  await expectAxeClean(page, 'the Arabic reader');

  // Choosing English under Language turns the interface back to left to right.
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
  await page.getByRole('combobox', { name: 'اللغة' }).selectOption('en');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('dialog', { name: 'Reading settings' })).toBeVisible();
  expect(await backArrow.evaluate((icon) => getComputedStyle(icon).transform)).toBe('none');
});

// Traditional Chinese (zh-TW) is not served the Simplified catalogue.
for (const locale of ['fi-FI', 'zh-TW']) {
  test(`a system language without a catalogue gets English: ${locale}`, async ({ launch }) => {
    const { page } = await launch({ contentDir: await writeCollection(ARTICLES), locale });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('textbox', { name: 'Filter articles' })).toBeVisible();
    await expect(page.getByText('2 articles', { exact: true })).toBeVisible();
  });
}

async function expectAxeClean(page: Page, state: string) {
  // Legacy mode, as in axe.spec.ts: the harness closes any second page.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe violations in ${state}`,
  ).toEqual([]);
}

test('the shortcuts dialog speaks French, with the keys as French keyboards label them', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: await writeCollection(ARTICLES), locale: 'fr-FR' });
  await expect(page.getByRole('textbox', { name: 'Filtrer les articles' })).toBeVisible();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Raccourcis clavier' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Partout' })).toBeVisible();
  await expect(
    dialog.getByRole('heading', { name: /^Navigation au curseur \(F7\)/ }),
  ).toBeVisible();
  const row = (text: string) => dialog.locator('.shortcuts__row').filter({ hasText: text });
  await expect(row('Afficher les raccourcis clavier')).toBeVisible();
  await expect(row('Effacer les occurrences marquées').locator('kbd')).toHaveText(['Échap']);
  await expect(row('Occurrence précédente (quand').locator('kbd')).toHaveText(['[', 'Maj', 'F3']);
  await expect(row('Occurrence précédente (quand')).toContainText('ou');
  await expect(row('Premier article')).toContainText('puis');
  await expect(row('Premier article').locator('kbd')).toHaveText(['Début', 'g', 'g']);
  await expect(dialog).not.toContainText(/\b(Shift|Esc|Home|then)\b/);
  await expect(dialog.getByRole('button', { name: 'Fermer' })).toBeVisible();
  await expectAxeClean(page, 'the French shortcuts dialog');
});

test('read aloud says in French that no voice is installed, and how to get one', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: await writeCollection(ARTICLES), locale: 'fr-FR' });
  await installFakeSpeech(page, []);
  await page.getByRole('link', { name: 'On Tea' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'On Tea' })).toBeFocused();
  const message =
    'Aucune voix n’est installée pour la lecture à voix haute. Sous Linux, installez speech-dispatcher avec une voix (par exemple le paquet speech-dispatcher-espeak-ng), puis relancez l’application.';
  const button = page.getByRole('button', { name: 'Lecture à voix haute', exact: true });
  await expect(button).toHaveAttribute('title', message);
  await page.keyboard.press('r');
  await expect(page.getByText(message)).toBeVisible();
});

/** Tabs from the settings button to the Language choice, as a keyboard user would. */
async function tabToLanguage(page: Page, name: string) {
  const language = page.getByRole('combobox', { name });
  for (let presses = 0; presses < 30; presses++) {
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    if (focused === 'SELECT' && (await language.evaluate((e) => e === document.activeElement)))
      return language;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the ${name} choice`);
}

test('the Language setting switches the interface at once, from the keyboard, and is kept', async ({
  launch,
}) => {
  const { page } = await launch({ contentDir: await writeCollection(ARTICLES), locale: 'en-US' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const settingsButton = page.getByRole('button', { name: 'Reading settings' });
  await settingsButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Reading settings' })).toBeVisible();
  const language = await tabToLanguage(page, 'Language');
  await expect(language).toHaveValue('system');
  await expect(language.locator('option')).toHaveText([
    'Same as the system',
    'English',
    'Français',
    'Deutsch',
    'Español',
    '简体中文',
    '日本語',
    'العربية',
  ]);
  await expect(language.locator('option[lang="fr"]')).toHaveText('Français');

  // Down twice: English, then Français. The same select, named anew in French.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.settings-language select')).toHaveValue('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('dialog', { name: 'Réglages de lecture' })).toBeVisible();
  const langue = page.getByRole('combobox', { name: 'Langue' });
  await expect(langue).toBeFocused();
  await expect(langue.locator('option').first()).toHaveText('Langue du système');
  await expect(page.getByRole('textbox', { name: 'Filtrer les articles' })).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const reader = (
          window as unknown as {
            reader: { getSettings(): Promise<{ value: { interfaceLanguage: string } }> };
          }
        ).reader;
        return (await reader.getSettings()).value.interfaceLanguage;
      }),
    )
    .toBe('fr');

  // The choice outlives a reload; the system still says English.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('textbox', { name: 'Filtrer les articles' })).toBeVisible();
  await expect(page.getByText('2 articles', { exact: true })).toBeVisible();

  // And back to the system's language, from the keyboard again.
  await page.getByRole('button', { name: 'Réglages de lecture' }).focus();
  await page.keyboard.press('Enter');
  await tabToLanguage(page, 'Langue');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.settings-language select')).toHaveValue('system');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Filter articles' })).toBeVisible();
});

test('a chosen language outranks the system’s', async ({ launch }) => {
  const { page } = await launch({ contentDir: await writeCollection(ARTICLES), locale: 'fr-FR' });
  await page.evaluate(() =>
    (
      window as unknown as { reader: { updateSettings(p: object): Promise<unknown> } }
    ).reader.updateSettings({ interfaceLanguage: 'en' }),
  );
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('textbox', { name: 'Filter articles' })).toBeVisible();
});

test('a collection opens in the language its publisher fixed, until the reader picks another', async ({
  launch,
}) => {
  const { page } = await launch({
    contentDir: await writeCollection(ARTICLES, { interfaceLanguage: 'de' }),
    locale: 'en-US',
  });
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('textbox', { name: 'Artikel filtern' })).toBeVisible();
  await expect(page.getByText('2 Artikel', { exact: true })).toBeVisible();

  // The settings show the publisher's language as the one in use.
  const settingsButton = page.getByRole('button', { name: 'Leseeinstellungen' });
  await settingsButton.focus();
  await page.keyboard.press('Enter');
  const sprache = await tabToLanguage(page, 'Sprache');
  await expect(sprache).toHaveValue('de');
  // Up twice, from Deutsch: Français, then English.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.settings-language select')).toHaveValue('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Filter articles' })).toBeVisible();
});

test('an error from the main process is said in the interface’s language', async ({ launch }) => {
  const { page } = await launch({ contentDir: await writeCollection(ARTICLES), locale: 'fr-FR' });
  await expect(page.getByRole('textbox', { name: 'Filtrer les articles' })).toBeVisible();
  await page.evaluate(() => {
    window.location.hash = '#/article/kombucha';
  });
  await expect(
    page.getByText('Cet article ne fait pas partie de la collection', { exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText('Cette collection ne contient aucun article « kombucha ».', { exact: true }),
  ).toBeVisible();
});
