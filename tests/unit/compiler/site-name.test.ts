// A saved site's name, repeated in every page's <title>, is taken off the
// library's titles once the whole collection is known; a home page titled
// with the name alone keeps a title a reader can use.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleSchema, type Article } from '../../../common/model';
import { compileFolder } from '../../../compiler/index';
import { articleContentHash } from '../../../compiler/hash';
import { sharedSiteNames, withoutSiteName } from '../../../compiler/site-name';
import { makeTempDir } from '../../support/temp-dir';

const PYTHON = 'Python 3.11.2 documentation';

/** A Sphinx page as the Python docs save it, cut down to what matters here. */
function sphinxPage(title: string, h1: string, text: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" />
<title>${title} &#8212; ${PYTHON}</title></head><body>
<div class="related" role="navigation"><ul><li><a href="../index.html">${PYTHON}</a> &#187;</li></ul></div>
<div class="body" role="main">
<section id="page"><h1>${h1}<a class="headerlink" href="#page" title="Permalink to this heading">¶</a></h1>
<p>${text}</p></section></div></body></html>`;
}

describe('sharedSiteNames', () => {
  it('finds the suffix most pages share, the longest one', () => {
    const titles = [
      `json — JSON encoder and decoder — ${PYTHON}`,
      `11. Brief Tour of the Standard Library — Part II — ${PYTHON}`,
      `6. Expressions — ${PYTHON}`,
      `What’s New In Python 3.7 — ${PYTHON}`,
    ];
    expect(sharedSiteNames(titles)).toEqual([{ text: PYTHON, position: 'suffix', pages: 4 }]);
    expect(withoutSiteName(titles[1]!, sharedSiteNames(titles))).toBe(
      '11. Brief Tour of the Standard Library — Part II',
    );
  });

  it('keeps a site name that itself holds a separator whole', () => {
    const titles = ['Intro - Foo - Docs', 'Setup - Foo - Docs', 'FAQ - Foo - Docs'];
    expect(sharedSiteNames(titles).map((name) => name.text)).toEqual(['Foo - Docs']);
  });

  it.each([
    [' | ', 'Tea Blog | Brewing green tea'],
    [' · ', 'Tea Blog · Brewing green tea'],
    [' » ', 'Tea Blog » Brewing green tea'],
    [': ', 'Tea Blog: Brewing green tea'],
  ])('finds a prefix before "%s"', (separator) => {
    const titles = ['Brewing green tea', 'Oolong', 'Storing leaves'].map(
      (page) => `Tea Blog${separator}${page}`,
    );
    const names = sharedSiteNames(titles);
    expect(names).toEqual([{ text: 'Tea Blog', position: 'prefix', pages: 3 }]);
    expect(withoutSiteName(titles[0]!, names)).toBe('Brewing green tea');
  });

  it.each(['–', '-', '|', '·', '»', '—'])('finds a suffix after " %s "', (separator) => {
    const titles = ['Brewing green tea', 'Oolong', 'Storing leaves'].map(
      (page) => `${page} ${separator} Tea Blog`,
    );
    expect(sharedSiteNames(titles)).toEqual([{ text: 'Tea Blog', position: 'suffix', pages: 3 }]);
  });

  it('needs at least half of the pages, and at least three', () => {
    // Two of five pages end in "Part II": a shared ending, not a site's name.
    const titles = [
      'Tour — Part I',
      'Tour — Part II',
      'Syntax — Part II',
      'Errors and Exceptions',
      'Input and Output',
    ];
    expect(sharedSiteNames(titles)).toEqual([]);
    // Two pages prove nothing, however alike.
    expect(sharedSiteNames(['Intro — Foo Docs', 'Setup — Foo Docs'])).toEqual([]);
    // Three of six is half.
    expect(
      sharedSiteNames(['A — Foo', 'B — Foo', 'C — Foo', 'Alpha', 'Beta', 'Gamma'])[0]?.text,
    ).toBe('Foo');
  });

  it('counts a page titled with the site name alone, and leaves it nothing', () => {
    const titles = [PYTHON, `6. Expressions — ${PYTHON}`, `2. Lexical analysis — ${PYTHON}`];
    const names = sharedSiteNames(titles);
    expect(names).toEqual([{ text: PYTHON, position: 'suffix', pages: 3 }]);
    expect(withoutSiteName(PYTHON, names)).toBe('');
  });

  it('does not cut a name out of the middle of a title', () => {
    const names = [{ text: 'Foo', position: 'suffix' as const, pages: 3 }];
    expect(withoutSiteName('Foo — the story of Foo', names)).toBe('Foo — the story of Foo');
    expect(withoutSiteName('Meet Foo', names)).toBe('Meet Foo');
  });
});

describe('a collection of saved pages', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('site-name-');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function compile(files: Record<string, string>): Promise<Map<string, Article>> {
    for (const [name, text] of Object.entries(files)) {
      await writeFile(path.join(dir, name), text);
    }
    const compiled = await compileFolder({ sourceDir: dir, workers: 1 });
    expect(compiled.rejections).toEqual([]);
    return new Map(compiled.articles.map((article) => [article.id, article]));
  }

  it('loses the site name from every card, and a home page keeps a title', async () => {
    const articles = await compile({
      'json.html': sphinxPage(
        'json — JSON encoder and decoder',
        'json — JSON encoder and decoder',
        'JSON is a lightweight data interchange format inspired by JavaScript.',
      ),
      'expressions.html': sphinxPage(
        '6. Expressions',
        '6. Expressions',
        'This chapter explains the meaning of the elements of expressions in Python.',
      ),
      'errors.html': sphinxPage(
        '8. Errors and Exceptions',
        '8. Errors and Exceptions',
        'Until now error messages haven’t been more than mentioned; see <a href="json.html">json</a>.',
      ),
      // The docs' front page: its <title> and <h1> are the site's name.
      'index.html': `<html><head><title>${PYTHON}</title></head><body><div role="main">
        <h1>${PYTHON}</h1><p>Welcome! This is the official documentation for Python 3.11.2.</p>
        </div></body></html>`,
      // A page titled with the site's name whose own <h1> says what it is.
      'search.html': `<html><head><title>${PYTHON}</title></head><body><div role="main">
        <h1>Search</h1><p>Searching for multiple words only shows matches that contain all words.</p>
        </div></body></html>`,
      'notes.md':
        '# Reading notes — Python 3.11.2 documentation\n\nMy own notes, titled as I like.\n',
    });
    expect(articles.get('json')?.title).toBe('json — JSON encoder and decoder');
    expect(articles.get('expressions')?.title).toBe('6. Expressions');
    expect(articles.get('errors')?.title).toBe('8. Errors and Exceptions');
    expect(articles.get('index')?.title).toBe(PYTHON);
    const search = articles.get('search');
    expect(search?.title).toBe('Search');
    // The heading that became the title is not said again above the text.
    expect(search?.blocks.map((block) => block.text)).toEqual([
      'Searching for multiple words only shows matches that contain all words.',
    ]);
    // A Markdown title is the author's own, not a page's <title>.
    expect(articles.get('notes')?.title).toBe('Reading notes — Python 3.11.2 documentation');

    // Retitled, then made anew by the link pass: hashed once, after both.
    expect(articles.get('errors')?.blocks[0]?.marks).toEqual([
      expect.objectContaining({ type: 'link', target: { kind: 'article', article: 'json' } }),
    ]);
    for (const article of articles.values()) {
      expect(ArticleSchema.parse(article)).toEqual(article);
      const { id: _id, contentHash, ...content } = article;
      expect(contentHash).toBe(articleContentHash(content));
    }
  });

  it('takes the name off where the page title kept it, even when Readability cut it elsewhere', async () => {
    // Readability cuts " - Tea Blog" from long titles only: a short one keeps it.
    const page = (title: string, text: string) =>
      `<html><head><title>${title} - Tea Blog</title></head><body><article><h2>${title}</h2><p>${text}</p></article></body></html>`;
    const articles = await compile({
      'brewing.html': page('Brewing green tea at home', 'Water just off the boil is too hot.'),
      'faq.html': page('FAQ', 'Questions readers ask about tea, answered one by one.'),
      'oolong.html': page('Oolong', 'Oolong sits between green and black tea.'),
    });
    expect([...articles.values()].map((article) => article.title).sort()).toEqual([
      'Brewing green tea at home',
      'FAQ',
      'Oolong',
    ]);
  });

  it('keeps whole titles when too few pages share an ending', async () => {
    const articles = await compile({
      'a.html':
        '<html><head><title>Intro — Foo Docs</title></head><body><p>One page of text.</p></body></html>',
      'b.html':
        '<html><head><title>Setup — Foo Docs</title></head><body><p>Another page of text.</p></body></html>',
    });
    expect(articles.get('a')?.title).toBe('Intro — Foo Docs');
    expect(articles.get('b')?.title).toBe('Setup — Foo Docs');
  });
});
