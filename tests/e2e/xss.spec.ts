// A corpus of cross-site scripting vectors (tests/e2e/xss-corpus.ts), each
// compiled into an HTML, a Markdown and a plain-text article, then listed,
// searched and opened in the real renderer. None may execute: no dialog, no
// navigation, no request (the fixture also fails on any off-machine request,
// any link opened outside, and any console error, which is where a CSP
// violation would show), and no active markup in the page; the readable text
// around each vector is on screen word for word.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { compileCollection } from '../../compiler/index';
import { APP_ORIGIN, APP_URL } from './harness';
import { expect, test } from './fixtures';
import { XSS_PAYLOADS, writeCorpus } from './xss-corpus';
import { makeTempDir } from '../support/temp-dir';

/** Markup that could run, load or frame something, if the app ever let it in. */
const ACTIVE_ELEMENTS =
  'script, iframe, frame, object, embed, form, input, button, img, video, audio, source, ' +
  'svg, math, style, link, meta, base, template, noscript, details, marquee, textarea';

test('no XSS vector in an article runs, loads, navigates or hides its text', async ({ launch }) => {
  test.setTimeout(240_000);
  const dir = await makeTempDir('reader-xss-');
  try {
    const corpus = await writeCorpus(join(dir, 'in'));
    const built = await compileCollection({
      inDir: join(dir, 'in'),
      outDir: join(dir, 'out'),
      keepGoing: true,
    });
    expect(built.rejections).toEqual([]);
    expect(built.articleCount).toBe(corpus.length);

    const reader = await launch({ contentDir: join(dir, 'out') });
    const { page } = reader;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => undefined);
    });
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame() || !frame.url().startsWith(APP_URL)) {
        navigations.push(frame.url());
      }
    });
    // Articles arrive through window.reader, never over HTTP: after start-up
    // the page may at most load its own code-split assets.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    // The library lists every hostile title as text.
    await expect(
      page.getByRole('link', { name: 'HTML vector 01 <script>alert(1)</script>', exact: true }),
    ).toBeVisible();

    // Search shows hostile titles and snippets as text too.
    await page.getByRole('searchbox', { name: 'Search' }).fill('alert');
    await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search' }).fill('');

    for (const article of corpus) {
      const id = article.file.replace(/\.\w+$/, '');
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, `#/article/${id}`);
      const body = page.locator('.article__body');
      for (const sentence of article.readable) {
        await expect(body, `${article.file}: ${article.payload}`).toContainText(sentence);
      }
      const active = await page.evaluate((selector) => {
        const found: string[] = [];
        const root = document.querySelector('article.article');
        for (const element of root?.querySelectorAll('*') ?? []) {
          if (element.matches(selector)) found.push(element.outerHTML.slice(0, 120));
          for (const attribute of Array.from(element.attributes)) {
            // A link the article draws is a route of the app's own page or a
            // web address (which the reader is asked about before it opens);
            // anything else in an href, and every other such attribute, is a way in.
            const drawnLink =
              element.tagName === 'A' &&
              attribute.name === 'href' &&
              /^(#\/article\/|https?:\/\/|mailto:)/i.test(attribute.value);
            if (
              !drawnLink &&
              /^on|^(href|src|srcdoc|action|formaction|style|xlink:href)$/i.test(attribute.name)
            ) {
              found.push(`${element.tagName} ${attribute.name}=${attribute.value.slice(0, 80)}`);
            }
          }
        }
        // Nothing may have reached the document outside the article either.
        const outside = document.querySelectorAll(
          'meta[http-equiv], base, iframe, object, embed, body *:not(svg *) > script',
        );
        for (const element of outside) found.push(element.outerHTML.slice(0, 120));
        return found;
      }, ACTIVE_ELEMENTS);
      expect(active, `${article.file}: ${article.payload}`).toEqual([]);
    }

    expect(dialogs).toEqual([]);
    expect(navigations).toEqual([]);
    expect(page.url()).toMatch(new RegExp(`^${APP_URL.replace(/[.]/g, '\\.')}#/article/`));
    expect(requests.filter((url) => !url.startsWith(`${APP_ORIGIN}/assets/`))).toEqual([]);
    console.info(
      `XSS corpus: ${XSS_PAYLOADS.length} vectors in ${corpus.length} articles (HTML, Markdown, plain text) opened; ` +
        `${dialogs.length} dialogs, ${navigations.length} navigations, ${reader.offMachineRequests.length} off-machine requests.`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
