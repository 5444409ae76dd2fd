// bench:reader's article figures: opening an article (first block painted,
// every block rendered), scrolling it with PageDown (frame intervals), the
// same scrolling on a static page with the same text (the browser's own
// floor, measured in the same run), and reopening it with 1,000 highlights
// until every mark is painted. Page-side code is source text (see
// reader-probe.ts for why).
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { HIGHLIGHT_COLORS } from '../../common/annotations';
import type { Article, Block } from '../../common/model';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';

/** The app's route to an article (renderer/src/lib/routes.ts, articleHref). */
export const articleHash = (articleId: string) => `#/article/${encodeURIComponent(articleId)}`;

const BLOCKS = 'article [data-block-id]';

export interface ArticleOpen {
  /** From the route change to the article's first block painted. */
  firstBlockMs: number;
  /** From the route change to every block in the DOM, painted. */
  renderedMs: number;
}

/** From the library, opens the article and times its first and its complete paint. */
export async function measureArticleOpen(page: Page, article: Article): Promise<ArticleOpen> {
  return (await page.evaluate(`(async () => {
    const bench = window.__bench;
    const first = bench.paintedWhen(() => document.querySelector(${JSON.stringify(BLOCKS)}) !== null);
    const all = bench.paintedWhen(
      () => document.querySelectorAll(${JSON.stringify(BLOCKS)}).length >= ${article.blocks.length},
    );
    const start = performance.now();
    location.hash = ${JSON.stringify(articleHash(article.id))};
    const [firstAt, allAt] = await Promise.all([first, all]);
    return { firstBlockMs: firstAt - start, renderedMs: allAt - start };
  })()`)) as ArticleOpen;
}

/** From the library, opens the article and times it until `marks` highlight marks are painted. */
export async function measureMarksPainted(
  page: Page,
  article: Article,
  marks: number,
): Promise<number> {
  return (await page.evaluate(`(async () => {
    const bench = window.__bench;
    const painted = bench.paintedWhen(
      () => document.querySelectorAll('mark[data-highlight-id]').length >= ${marks},
    );
    const start = performance.now();
    location.hash = ${JSON.stringify(articleHash(article.id))};
    return (await painted) - start;
  })()`)) as number;
}

export const PAGE_DOWNS = 20;
/** Long enough for one PageDown's smooth scroll to finish before the next. */
const PAGE_DOWN_GAP_MS = 300;

/** Frame intervals over PAGE_DOWNS PageDowns from the top of whatever page is shown. */
export async function measurePageDownFrames(page: Page): Promise<number[]> {
  await page.evaluate('window.scrollTo({ top: 0, behavior: "instant" })');
  await page.waitForTimeout(500);
  await page.evaluate('window.__bench.recordFrames()');
  for (let i = 0; i < PAGE_DOWNS; i++) {
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(PAGE_DOWN_GAP_MS);
  }
  return (await page.evaluate('window.__bench.stopFrames()')) as number[];
}

/**
 * Creates one highlight in each of `count` blocks spread over the article,
 * through the bridge as the selection toolbar does. Returns how many marks
 * they draw: one each, since no two share a block.
 */
export async function createHighlights(
  page: Page,
  article: Article,
  count: number,
): Promise<number> {
  const candidates = article.blocks.filter((b) => b.text.trim().length >= 12);
  if (candidates.length < count) {
    throw new Error(
      `the article ${article.id} has ${candidates.length} blocks with text to highlight, fewer than ${count}`,
    );
  }
  const ranges = Array.from({ length: count }, (_, i) => {
    const block = candidates[Math.floor((i * candidates.length) / count)]!;
    const start = block.text.search(/\S/);
    return {
      startBlockId: block.id,
      startOffset: start,
      endBlockId: block.id,
      endOffset: Math.min(block.text.length, start + 60),
    };
  });
  const failures = (await page.evaluate(`(async () => {
    const ranges = ${JSON.stringify(ranges)};
    const colors = ${JSON.stringify(HIGHLIGHT_COLORS)};
    const failures = [];
    for (let i = 0; i < ranges.length; i += 25) {
      const answers = await Promise.all(
        ranges.slice(i, i + 25).map((range, j) =>
          window.reader.createHighlight({
            articleId: ${JSON.stringify(article.id)},
            range,
            color: colors[(i + j) % colors.length],
            note: (i + j) % 4 === 0 ? 'A note on this passage.' : '',
          }),
        ),
      );
      for (const answer of answers) if (!answer.ok) failures.push(answer.error.message);
    }
    return failures;
  })()`)) as string[];
  if (failures.length > 0) {
    throw new Error(`${failures.length} highlights could not be created: ${failures[0]}`);
  }
  return count;
}

const STATIC_PAGE_PATH = '/bench-static-article.html';

/**
 * Shows the article's text as a static page, no script, under the app's own
 * stylesheet and page structure: what the browser alone does with this much
 * text. Served at the app's origin by a route of this page only.
 */
export async function showStaticArticle(
  page: Page,
  article: Article,
  rendererDir: string,
  origin: string,
): Promise<void> {
  const assets = await readdir(path.join(rendererDir, 'assets'));
  const css = assets.filter((f) => f.endsWith('.css'));
  const url = `${origin}${STATIC_PAGE_PATH}`;
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      body: staticArticleHtml(article, css),
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': CONTENT_SECURITY_POLICY,
      },
    }),
  );
  await page.goto(url);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function blockHtml(block: Block): string {
  const text = escapeHtml(block.text);
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, Math.max(2, block.level ?? 2));
      return `<h${level} class="article__heading">${text}</h${level}>`;
    }
    case 'code':
      return `<pre><code>${text}</code></pre>`;
    case 'quote':
      return `<blockquote>${text}</blockquote>`;
    default:
      return `<p>${text}</p>`;
  }
}

function staticArticleHtml(article: Article, stylesheets: string[]): string {
  const body: string[] = [];
  let inList = false;
  for (const block of article.blocks) {
    const isItem = block.kind === 'list-item';
    if (isItem && !inList) body.push('<ul class="article__list">');
    if (!isItem && inList) body.push('</ul>');
    inList = isItem;
    body.push(isItem ? `<li>${escapeHtml(block.text)}</li>` : blockHtml(block));
  }
  if (inList) body.push('</ul>');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(article.title)}</title>
${stylesheets.map((f) => `<link rel="stylesheet" href="/assets/${f}">`).join('\n')}
</head><body><div id="root"><div class="reader-page" data-line-width="medium">
<div class="reader-layout"><main class="reader-layout__main">
<article class="article"><header class="article__header"><h1 class="article__title">${escapeHtml(article.title)}</h1></header>
<div class="article__body">${body.join('\n')}</div></article>
</main></div></div></div></body></html>`;
}
