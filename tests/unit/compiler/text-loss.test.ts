// Text of the main content reaches the article: each case is a small real
// source that lost text before (issue 10). What a reader would see is in
// the blocks, in order, with separate elements kept apart; the page's chrome
// around the article still stays out.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../common/model';
import { compileSource } from '../../../compiler/index';

function compile(path: string, text: string): Article {
  const result = compileSource({ path, bytes: new TextEncoder().encode(text) });
  if ('rejection' in result)
    throw new Error(`${result.rejection.code}: ${result.rejection.reason}`);
  return result.article;
}

const texts = (article: Article) => article.blocks.map((block) => block.text);

/** Long enough that Readability takes the paragraphs around it for the article. */
const OPENING =
  'The opening paragraph of the story sets the scene at some length, so that anything reading the page can tell it is the main text and not a caption, a menu or a footer line. '.repeat(
    2,
  );
const CLOSING =
  'The closing paragraph goes on just as long, with more plain sentences about the same subject, so that the article clearly has a beginning, a middle and an end to it. '.repeat(
    2,
  );
const CHROME = /Site Menu|Home About|Cookie|Subscribe|Copyright|Sidebar links/;

/** Site chrome around `content`: header, menu, cookie banner, sidebar, footer. */
function withChrome(content: string): string {
  return `<!doctype html><html lang="en"><head><title>The Story</title></head><body>
<header><a href="/">Site Menu</a> <a href="/">Home About</a></header>
<nav><a href="/">Home</a></nav>
<div class="cookie-banner" role="dialog">Cookie notice: we use cookies.</div>
${content}
<aside class="sidebar">Sidebar links to other stories</aside>
<footer>Copyright 2024 The Site. Subscribe now.</footer>
</body></html>`;
}

/** A page whose <article> holds `middle` between two long paragraphs. */
function page(middle: string): string {
  return withChrome(
    `<article><h1>The Story</h1><p>${OPENING}</p>\n${middle}\n<p>${CLOSING}</p></article>`,
  );
}

function expectInOrder(article: Article, expected: string[]) {
  const all = texts(article);
  const found = expected.map((text) => all.indexOf(text));
  expect(found, `${JSON.stringify(expected)} in ${JSON.stringify(all)}`).not.toContain(-1);
  expect([...found].sort((a, b) => a - b)).toEqual(found);
  expect(all.join('\n')).not.toMatch(CHROME);
}

describe('HTML main content keeps what the author wrote', () => {
  it('keeps an <aside> inside the article, where it stands', () => {
    const article = compile('aside.html', page('<aside><p>An aside about the scene.</p></aside>'));
    expectInOrder(article, [OPENING.trim(), 'An aside about the scene.', CLOSING.trim()]);
  });

  it('keeps boxes whose class reads like a sidebar or a comment', () => {
    const article = compile(
      'classes.html',
      page(
        '<div class="sidebar">A box beside the text.</div>' +
          '<p class="remark">A remark by the author.</p>' +
          '<pre class="code-comment">x = 1  # the example</pre>',
      ),
    );
    expectInOrder(article, [
      OPENING.trim(),
      'A box beside the text.',
      'A remark by the author.',
      'x = 1  # the example',
      CLOSING.trim(),
    ]);
  });

  it('keeps an open <dialog> and the summary and body of <details>', () => {
    const article = compile(
      'dialog.html',
      page(
        '<dialog open><p>An open dialog shows this.</p></dialog>' +
          '<details><summary>More about it</summary><p>The details inside.</p></details>',
      ),
    );
    expectInOrder(article, [
      'An open dialog shows this.',
      'More about it',
      'The details inside.',
      CLOSING.trim(),
    ]);
  });

  it('keeps a second <article> inside <main>', () => {
    const article = compile(
      'two.html',
      withChrome(
        `<main><article><h1>The Story</h1><p>${OPENING}</p></article>` +
          '<article><h2>The Second Part</h2><p>Text of the second article.</p></article></main>',
      ),
    );
    expectInOrder(article, [OPENING.trim(), 'The Second Part', 'Text of the second article.']);
  });

  it('keeps the attribution in a quote’s <footer>', () => {
    const article = compile(
      'quote.html',
      page('<blockquote><p>Words worth quoting.</p><footer>— The Speaker</footer></blockquote>'),
    );
    const quoted = article.blocks.filter((block) =>
      block.within?.some((container) => container.type === 'quote'),
    );
    expect(quoted.map((b) => b.text)).toEqual(['Words worth quoting.', '— The Speaker']);
    expectInOrder(article, [
      OPENING.trim(),
      'Words worth quoting.',
      '— The Speaker',
      CLOSING.trim(),
    ]);
  });

  it('keeps a MathML formula in its sentence, by its alttext or its symbols', () => {
    const article = compile(
      'math.html',
      page(
        '<p>The formula <math alttext="E = mc^2"><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math> is famous.</p>' +
          '<p>So is <math><mi>a</mi><mo>+</mo><mi>b</mi></math> here.</p>',
      ),
    );
    expectInOrder(article, ['The formula E = mc^2 is famous.', 'So is a+b here.']);
  });

  it('does not let a <noscript> swallow the text after it', () => {
    const article = compile(
      'noscript.html',
      page('<noscript><p>Please turn on JavaScript.</noscript><p>The text after it.</p>'),
    );
    expectInOrder(article, [OPENING.trim(), 'The text after it.', CLOSING.trim()]);
    expect(texts(article).join('\n')).not.toMatch(/JavaScript/);
  });

  it('never glues the words of two block elements such as <center>', () => {
    const article = compile('center.html', '<center>A</center><center>B</center>');
    expect(texts(article)).toEqual(['A', 'B']);
  });

  it('keeps an author-note paragraph in the text rather than making it the byline', () => {
    const note = 'A note from the author on how this story was reported.';
    const article = compile('note.html', page(`<p class="author-note">${note}</p>`));
    expectInOrder(article, [OPENING.trim(), note, CLOSING.trim()]);
    expect(article.byline).toBeUndefined();
  });

  it('still takes a byline above the text out of the body', () => {
    const article = compile(
      'byline.html',
      page('').replace('</h1>', '</h1><p class="byline">By Ann Lee</p>'),
    );
    expect(article.byline).toBe('By Ann Lee');
    expect(texts(article)).toEqual([OPENING.trim(), CLOSING.trim()]);
  });

  // A page that names its <main> is read without Readability's search
  // (html.ts): its byline still comes out of the text the same way.
  const mainPage = (middle: string) => page(middle).replace(/(<\/?)article>/g, '$1main>');

  it('takes a byline above the text of a <main> out of the body', () => {
    const article = compile(
      'main-byline.html',
      mainPage('').replace(
        '</h1>',
        '</h1><p class="byline">By <span itemprop="name">Ann Lee</span></p>',
      ),
    );
    expect(article.byline).toBe('Ann Lee');
    expect(texts(article)).toEqual([OPENING.trim(), CLOSING.trim()]);
  });

  it('keeps an author-note paragraph inside a <main> in the text', () => {
    const note = 'A note from the author on how this story was reported.';
    const article = compile('main-note.html', mainPage(`<p class="author-note">${note}</p>`));
    expectInOrder(article, [OPENING.trim(), note, CLOSING.trim()]);
    expect(article.byline).toBeUndefined();
  });

  it("prefers a <main> page's author <meta> to a byline-like line in its text", () => {
    const article = compile(
      'main-meta.html',
      mainPage('')
        .replace('<title>', '<meta name="author" content="Bea Ruiz"><title>')
        .replace('</h1>', '</h1><p class="dateline">Lisbon, Tuesday</p>'),
    );
    expect(article.byline).toBe('Bea Ruiz');
    expectInOrder(article, ['Lisbon, Tuesday', OPENING.trim()]);
  });

  it('recovers what Readability cut from a page that names no main content', () => {
    const html = `<html><head><title>Plain Page</title></head><body>
<div id="header">Site Menu</div>
<div class="sidebar">Sidebar links to other stories</div>
<div id="content">
<p>${OPENING}</p>
<p class="remark">A remark in the middle of the text.</p>
<aside>An aside in the middle of the text.</aside>
<p>${CLOSING}</p>
</div>
<div id="footer">Copyright 2024 The Site.</div>
</body></html>`;
    const article = compile('plain.html', html);
    expectInOrder(article, [
      OPENING.trim(),
      'A remark in the middle of the text.',
      'An aside in the middle of the text.',
      CLOSING.trim(),
    ]);
  });
});

describe('HTML main content is still found', () => {
  it('in a short role="main", not in the longer site footer beside it', () => {
    const html = `<html><head><title>The Package</title></head><body>
<div class="body" role="main"><h1>The Package</h1>
<p>Currently, there is only one module in this package:</p>
<ul><li><a href="m.html">the module</a> – doing the work</li></ul></div>
<div class="footer"><p>© Copyright 2001-2024, The Foundation. This page is licensed under the Foundation License Version 2. Examples, recipes, and other code in the documentation are additionally licensed under the Zero Clause BSD License.</p>
<p>The Foundation is a non-profit corporation. Please donate. Last updated on Oct 07, 2024. Found a bug? Created using the generator.</p></div>
</body></html>`;
    expect(texts(compile('package.html', html))).toEqual([
      'Currently, there is only one module in this package:',
      'the module – doing the work',
    ]);
  });

  it('in the text Readability picks when the one <article> is only a teaser beside it', () => {
    const html = `<html><head><title>Teasers</title></head><body>
<div id="story"><p>${OPENING}</p><p>${CLOSING}</p></div>
<article><a href="/other">Another story, in short.</a></article>
</body></html>`;
    const article = compile('teaser.html', html);
    expect(texts(article)).toEqual([OPENING.trim(), CLOSING.trim()]);
  });
});

describe('Markdown raw HTML blocks', () => {
  it('keep their text, never their markup', () => {
    const article = compile(
      'raw.md',
      [
        '# Raw',
        '',
        'Before.',
        '',
        '<div class="note" onclick="alert(1)">',
        'Text inside a div.',
        '</div>',
        '',
        '<details>',
        '<summary>Click for more</summary>',
        'The hidden detail.',
        '</details>',
        '',
        'After.',
        '',
      ].join('\n'),
    );
    expect(texts(article)).toEqual([
      'Before.',
      'Text inside a div.',
      'Click for more',
      'The hidden detail.',
      'After.',
    ]);
    expect(JSON.stringify(article)).not.toMatch(/<|onclick|alert/);
  });

  it('keep a <br> between words inside a paragraph, as a line break', () => {
    expect(texts(compile('br.md', 'One<br>two.\n'))).toEqual(['One\ntwo.']);
  });
});

describe('plain text', () => {
  it('keeps a paragraph that starts with ".. and then" outside reStructuredText', () => {
    const article = compile(
      'story.txt',
      'The Story\n=========\n\nFirst paragraph.\n\n.. and then the story went on.\n\nLast paragraph.\n',
    );
    expect(texts(article)).toEqual([
      'First paragraph.',
      '.. and then the story went on.',
      'Last paragraph.',
    ]);
  });

  it('still hides reST comments, labels and licence tags in a reST text', () => {
    const article = compile(
      'doc.txt',
      '.. SPDX-License-Identifier: GPL-2.0\n\n.. _intro:\n\nIntro\n=====\n\nText.\n\n.. a comment for the editors\n\nMore text.\n',
    );
    expect(texts(article)).toEqual(['Text.', 'More text.']);
  });
});
