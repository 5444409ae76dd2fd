// Each source format compiles into the same text model: Markdown with front
// matter, plain text (lines, blank-line paragraphs, RST-style titles) and HTML.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, type Article } from '../../../common/model';
import { compileSource } from '../../../compiler/index';

function fixture(name: string) {
  const url = new URL(`../../support/fixtures/compiler/formats/${name}`, import.meta.url);
  return { path: `formats/${name}`, bytes: readFileSync(url) };
}

function compileText(path: string, text: string): Article {
  const result = compileSource({ path, bytes: new TextEncoder().encode(text) });
  if ('rejection' in result)
    throw new Error(`${result.rejection.code}: ${result.rejection.reason}`);
  return result.article;
}

function compileFixture(name: string): Article {
  const result = compileSource(fixture(name));
  if ('rejection' in result)
    throw new Error(`${result.rejection.code}: ${result.rejection.reason}`);
  // Every compiled article satisfies the shared contract.
  expect(ArticleSchema.safeParse(result.article).success).toBe(true);
  return result.article;
}

const shape = (article: Article) =>
  article.blocks.map(({ kind, level, text }) =>
    level === undefined ? [kind, text] : [kind, level, text],
  );

describe('Markdown', () => {
  it('takes metadata from front matter and flattens inline formatting', () => {
    const article = compileFixture('field-notes.md');
    expect(article).toMatchObject({
      id: 'field-notes',
      title: 'Field Notes',
      byline: 'A. Writer',
      source: 'The Quarterly',
      sourceUrl: 'https://example.org/field-notes',
      published: '2024-10-31',
      language: 'en-GB',
      tags: ['travel', 'notes'],
    });
    expect(shape(article)).toEqual([
      [
        'paragraph',
        'An opening paragraph with strong text, code, a link that wraps onto a second line.',
      ],
      ['heading', 2, 'Section Two'],
      ['paragraph', 'A quoted paragraph.'],
      ['paragraph', 'First item'],
      ['paragraph', 'Second item with emphasis'],
      ['code', 'const answer = 42;'],
      ['paragraph', 'Raw HTML shows its text only.'],
      ['heading', 3, 'Deeper Heading'],
      ['paragraph', 'Closing paragraph.\nAfter a hard break.'],
    ]);
  });

  it('shows the text of raw HTML, never its markup, and runs nothing', () => {
    const text = JSON.stringify(compileFixture('field-notes.md'));
    expect(text).toContain('Raw HTML shows its text only.');
    expect(text).not.toMatch(/onclick|<div|alert/);
  });

  it('takes the title from the first H1 when there is no front matter, and does not repeat it', () => {
    const article = compileFixture('no-front-matter.md');
    expect(article.title).toBe('The Title From H1');
    expect(shape(article)).toEqual([
      ['paragraph', 'Intro before the title.'],
      ['paragraph', 'Body text.'],
      ['heading', 1, 'A Second Level-One Heading'],
    ]);
  });

  it('falls back to the file name for the title, and to the first paragraphs for the summary', () => {
    const article = compileText('notes/my_trip-north.md', 'Just one paragraph of text.');
    expect(article.id).toBe('my-trip-north');
    expect(article.title).toBe('my trip north');
    expect(article.summary).toBe('Just one paragraph of text.');
    expect(article.language).toBe('en');
    expect(article.tags).toEqual([]);
  });

  it('keeps a first H1 that differs from the front matter title', () => {
    const article = compileText('a.md', '---\ntitle: Front\n---\n# Other\n\nText.');
    expect(article.title).toBe('Front');
    expect(shape(article)).toEqual([
      ['heading', 1, 'Other'],
      ['paragraph', 'Text.'],
    ]);
  });

  it('uses a front matter id and summary, and a comma-separated tag string', () => {
    const article = compileText(
      'whatever.md',
      '---\nid: chosen-id\nsummary: "  A   hand-written\n  summary. "\ntags: one, two , one\n---\nBody.',
    );
    expect(article.id).toBe('chosen-id');
    expect(article.summary).toBe('A hand-written summary.');
    expect(article.tags).toEqual(['one', 'two']);
  });

  it('normalises prose to NFC with one whitespace policy', () => {
    const decomposed = 'Cafe\u0301\u00a0\u00a0au   lait';
    const article = compileText('nfc.md', `${decomposed}\n`);
    expect(article.blocks[0]?.text).toBe('Café au lait');
  });

  it('reads quoted lists and nested lists as separate blocks, each inside its list and item', () => {
    const article = compileText(
      'lists.md',
      '- outer\n  - inner one\n  - inner two\n\n> - quoted item\n',
    );
    expect(shape(article)).toEqual([
      ['paragraph', 'outer'],
      ['paragraph', 'inner one'],
      ['paragraph', 'inner two'],
      ['paragraph', 'quoted item'],
    ]);
    const paths = article.blocks.map((block) => block.within?.map((c) => c.type).join('>'));
    expect(paths).toEqual([
      'list>item',
      'list>item>list>item',
      'list>item>list>item',
      'quote>list>item',
    ]);
  });
});

describe('plain text', () => {
  it('takes the title from a first line and makes short unpunctuated lines headings', () => {
    const article = compileFixture('letters-home.txt');
    expect(article.title).toBe('Letters Home');
    expect(shape(article)).toEqual([
      [
        'paragraph',
        'The first letter arrived in spring, long after the snow had gone from the hills.',
      ],
      ['paragraph', 'It was short, and it asked for nothing.'],
      ['heading', 2, 'Summer Visits'],
      ['paragraph', 'The second letter was longer, and it came with a photograph.'],
    ]);
  });

  it('joins the lines of blank-line-separated paragraphs, with front matter', () => {
    const article = compileFixture('wrapped.txt');
    expect(article.title).toBe('Wrapped Text');
    expect(article.tags).toEqual(['plain']);
    expect(shape(article)).toEqual([
      ['paragraph', 'This paragraph is wrapped over three lines that join with spaces.'],
      ['heading', 2, 'Interlude'],
      ['paragraph', 'A second paragraph, also wrapped.'],
    ]);
  });

  it('does not take a long first sentence as the title', () => {
    const article = compileText(
      'story.txt',
      'It was a long first sentence, and it ended with a full stop.\nA second line.',
    );
    expect(article.title).toBe('story');
    expect(article.blocks).toHaveLength(2);
  });

  it('reads reStructuredText: adorned titles, code after ::, directives, lists and tables', () => {
    const article = compileFixture('rst-style.txt');
    expect(article.title).toBe('The RST Title');
    expect(shape(article)).toEqual([
      ['heading', 2, 'Introduction'],
      ['paragraph', 'Some text that introduces code:'],
      ['code', 'int main(void)\n{\n\n    return 0;\n}'],
      ['paragraph', 'After the code.'],
      ['heading', 3, 'Details'],
      ['paragraph', 'A note worth reading.'],
      ['paragraph', 'A list item that wraps.'],
      ['paragraph', 'Another item.'],
      [
        'code',
        '=====  =======\nKey    Meaning\n=====  =======\na      first\n\nb      second\n=====  =======',
      ],
      ['paragraph', 'The end.'],
    ]);
    // Underlines, comments and the hidden toctree never become text.
    const text = article.blocks.map((block) => block.text).join('\n');
    expect(text).not.toMatch(/SPDX|_label|toctree|hidden-file|maxdepth|^[=-]+$/m);
  });

  it('shows RST inline markup the way the rendered docs do, leaving C globs alone', () => {
    const article = compileText(
      'inline.txt',
      [
        'The ``KVM_RUN`` ioctl',
        '=====================',
        '',
        'Call :c:func:`kvm_vcpu_ioctl` or :ref:`the API <kvm-api>`; see `the docs <https://x.invalid/>`_ and `Usage`_.',
        '',
        'Use `default role` text, :c:type:`~struct.kvm_run` and KVM_GET_*/KVM_SET_* ioctls.',
        '',
        "Shell quoting such as don't `echo` stays readable.",
        '',
      ].join('\n'),
    );
    expect(article.title).toBe('The KVM_RUN ioctl');
    expect(article.blocks.map((block) => block.text)).toEqual([
      'Call kvm_vcpu_ioctl or the API; see the docs and Usage.',
      'Use default role text, kvm_run and KVM_GET_*/KVM_SET_* ioctls.',
      "Shell quoting such as don't echo stays readable.",
    ]);
  });

  it('does not take an RST field line such as :Original: for a heading or the title', () => {
    const article = compileText(
      'translated.txt',
      ':Original: Documentation/locking/index.rst\n\nSome translated text.\n\nLock types\n\nMore text here.\n',
    );
    expect(article.title).toBe('translated');
    expect(shape(article)).toEqual([
      ['paragraph', ':Original: Documentation/locking/index.rst'],
      ['paragraph', 'Some translated text.'],
      ['heading', 2, 'Lock types'],
      ['paragraph', 'More text here.'],
    ]);
  });

  it('shows what an only:: or class:: directive holds, not its condition or class, and a :ref: to the index as the docs do', () => {
    const article = compileText(
      'index.txt',
      [
        'RTLA',
        '====',
        '',
        'RTLA provides a set of tools for the analysis of the kernel’s realtime behavior.',
        '',
        '.. class:: toc-title',
        '',
        '   Table of Contents',
        '',
        '.. only::  subproject and html',
        '',
        '   Indices',
        '   =======',
        '',
        '   * :ref:`genindex`',
        '',
      ].join('\n'),
    );
    expect(shape(article)).toEqual([
      [
        'paragraph',
        'RTLA provides a set of tools for the analysis of the kernel’s realtime behavior.',
      ],
      ['paragraph', 'Table of Contents'],
      ['heading', 2, 'Indices'],
      ['paragraph', 'Index'],
    ]);
  });

  it('never makes an underline a paragraph of its own', () => {
    const article = compileText(
      'u.txt',
      'Title\n=====\n\nText here.\n\nSection\n-------\n\nMore text.\n',
    );
    expect(shape(article)).toEqual([
      ['paragraph', 'Text here.'],
      ['heading', 2, 'Section'],
      ['paragraph', 'More text.'],
    ]);
  });
});

describe('HTML', () => {
  const article = compileFixture('hostile.html');
  const everything = JSON.stringify(article);

  it('extracts the main content as blocks in their quotes and lists', () => {
    expect(article.title).toBe('Hostile Page');
    expect(article.byline).toBe('Jane Doe');
    expect(article.language).toBe('en');
    // Each block with the containers around it, outermost first.
    const structure = article.blocks.map(({ kind, level, text, within }) => [
      kind,
      ...(level === undefined ? [] : [level]),
      text,
      (within ?? []).map((container) => container.type).join('>'),
    ]);
    expect(structure).toEqual([
      [
        'paragraph',
        'The first paragraph of the article talks about safe reading, and it goes on for a while so that the content extractor recognises it as the main text of the page.',
        '',
      ],
      ['paragraph', 'A second paragraph with an innocent link and an image inside.', ''],
      // The remote tracking pixel is never fetched, and with no alt text it leaves nothing.
      ['heading', 2, 'Quoted Part', ''],
      ['paragraph', 'Quoted words.', 'quote'],
      ['paragraph', 'Item one', 'list>item'],
      ['paragraph', 'Item two', 'list>item'],
      ['paragraph', 'Nested item', 'list>item>list>item'],
      ['code', 'line one\n  line two', ''],
      ['paragraph', 'Closing paragraph in red, with enough words to be kept.', ''],
    ]);
    expect(JSON.stringify(article)).not.toMatch(/"link"/);
  });

  it('lets no script, style, handler, remote reference or embedded content through', () => {
    for (const hostile of [
      /script/i,
      /alert/,
      /onerror|onclick|onload/,
      /javascript:/,
      /tracker\.example|https?:/,
      /STYLE TEXT|background|color:/,
      /OBJECT FALLBACK|SVG TEXT|INPUT VALUE|TEXTAREA TEXT/,
      /</,
    ]) {
      expect(everything).not.toMatch(hostile);
    }
  });

  it('never runs the page’s scripts', () => {
    expect(article.title).not.toBe('SCRIPT RAN');
  });

  it('reads a very wide page in linear time', () => {
    // Reading childNodes used to make jsdom's window.close() quadratic here (34 s).
    const started = performance.now();
    const wide = compileText('wide.html', '<p>A paragraph.</p>'.repeat(25_000));
    expect(wide.blocks).toHaveLength(25_000);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('reads a fragment with no title from its first h1, and a bare page from its body', () => {
    const fragment = compileText('frag.html', '<h1>Fragment Title</h1><p>Only a little text.</p>');
    expect(fragment.title).toBe('Fragment Title');
    expect(shape(fragment)).toEqual([['paragraph', 'Only a little text.']]);
  });
});
