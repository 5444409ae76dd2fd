// Real pages of the Python 3.11 documentation (Sphinx; see fixtures/python-docs/
// README.md): what a reader sees side by side with the original survives,
// counted against the page's own markup.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../common/model';
import { compileSource } from '../../../compiler/index';
import { parseHtml } from '../../../compiler/html';
import type { DraftBlock, DraftMark } from '../../../compiler/types';

function source(name: string): string {
  return readFileSync(new URL(`fixtures/python-docs/${name}`, import.meta.url), 'utf8');
}

/** How often `pattern` occurs in the main content (div.body) of a page's markup. */
function inBody(html: string, pattern: RegExp): number {
  const start = html.indexOf('<div class="body" role="main">');
  const end = html.indexOf('<div class="sphinxsidebar"');
  return (html.slice(start, end === -1 ? undefined : end).match(pattern) ?? []).length;
}

const marksOf = (blocks: DraftBlock[], type: DraftMark['type']) =>
  blocks.flatMap((b) => (b.marks ?? []).filter((m) => m.type === type));
const linksOf = (blocks: DraftBlock[]) =>
  marksOf(blocks, 'link') as Array<Extract<DraftMark, { type: 'link' }>>;
const inside = (block: DraftBlock, type: string) =>
  block.within?.some((container) => container.type === type) ?? false;

describe('library/functions.html (excerpt)', () => {
  const html = source('functions-excerpt.html');
  const { blocks, title } = parseHtml(html);
  const terms = blocks.filter((b) => b.kind === 'term');

  it('keeps every <code> span as code, and the signatures as code too', () => {
    const outsideTerms = blocks.filter((b) => b.kind !== 'term');
    const spansInTerms = terms.flatMap((b) => marksOf([b], 'code')).length - terms.length;
    expect(marksOf(outsideTerms, 'code').length + spansInTerms).toBe(inBody(html, /<code[\s>]/g));
    expect(terms.every((term) => term.marks?.[0]?.type === 'code')).toBe(true);
  });

  it('keeps every <em> (parameter names) and <strong>', () => {
    expect(marksOf(blocks, 'emphasis')).toHaveLength(inBody(html, /<em[\s>]/g));
    expect(marksOf(blocks, 'strong')).toHaveLength(inBody(html, /<strong[\s>]/g));
  });

  it('keeps the links, same-page and cross-page apart', () => {
    const links = linksOf(blocks);
    const samePage = links.filter((l) => l.target.kind === 'source' && l.target.path === '');
    const crossPage = links.filter((l) => l.target.kind === 'source' && l.target.path !== '');
    expect(samePage).toHaveLength(inBody(html, /<a class="reference internal" href="#/g));
    expect(crossPage).toHaveLength(inBody(html, /<a class="reference internal" href="[^#]/g));
    expect(links.filter((l) => l.target.kind === 'web')).toHaveLength(
      inBody(html, /<a class="reference external"/g),
    );
    expect(crossPage.map((l) => l.target)).toContainEqual(
      expect.objectContaining({
        path: '../glossary.html',
        fragment: 'term-asynchronous-iterator',
      }),
    );
    // No permalink "¶" became a link or text.
    expect(blocks.some((b) => b.text.includes('¶'))).toBe(false);
  });

  it('makes each function entry a term with its anchor and its description', () => {
    expect(title).toBe('Built-in Functions — Python 3.11.2 documentation');
    expect(terms.map((t) => [t.text, t.anchors])).toEqual([
      ['abs(x)', ['abs']],
      ['aiter(async_iterable)', ['aiter']],
      ['all(iterable)', ['all']],
      ['compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)', ['compile']],
    ]);
    const compileDescription = blocks.filter(
      (b) => inside(b, 'description') && blocks.indexOf(b) > blocks.indexOf(terms[3]!),
    );
    expect(compileDescription.length).toBeGreaterThan(10);
  });

  it('keeps the index table as a header row and a row of cells, one line per entry', () => {
    const cells = blocks.filter((b) => b.kind === 'cell');
    expect(cells).toHaveLength(inBody(html, /<t[dh][\s>]/g));
    expect(cells[0]).toMatchObject({
      text: 'Built-in Functions',
      cell: { header: true, colSpan: 4 },
    });
    expect(cells[1]!.text.split('\n').slice(0, 4)).toEqual(['A', 'abs()', 'aiter()', 'all()']);
    const rows = new Set(cells.map((c) => c.within!.find((k) => k.type === 'row')!.id));
    expect(rows.size).toBe(inBody(html, /<tr[\s>]/g));
  });

  it('keeps the code of all() with its line breaks and indentation', () => {
    const code = blocks.find((b) => b.kind === 'code');
    expect(code).toMatchObject({
      language: 'python3',
      text: [
        'def all(iterable):',
        '    for element in iterable:',
        '        if not element:',
        '            return False',
        '    return True',
      ].join('\n'),
    });
  });

  it('keeps the note and the warning as labelled asides', () => {
    const labels = blocks.flatMap((b) =>
      (b.within ?? []).flatMap((c) => (c.type === 'aside' ? [c.label] : [])),
    );
    expect([...new Set(labels)]).toEqual(['Note', 'Warning']);
    expect(blocks.some((b) => b.text === 'Note' || b.text === 'Warning')).toBe(false);
  });

  it('compiles into a valid article', () => {
    const result = compileSource({ path: 'functions.html', bytes: new TextEncoder().encode(html) });
    if ('rejection' in result) throw new Error(result.rejection.reason);
    expect(ArticleSchema.safeParse(result.article).success).toBe(true);
  });
});

describe('library/hashlib.html (excerpt)', () => {
  const { blocks } = parseHtml(source('hashlib-excerpt.html'));

  it('emits the tree mode picture in its figure, with its alt text', () => {
    const images = blocks.filter((b) => b.kind === 'image');
    expect(images).toHaveLength(1);
    expect(images[0]!.imageSource).toMatchObject({
      src: '../_images/hashlib-blake2-tree.png',
      alt: 'Explanation of tree mode parameters.',
    });
    expect(images[0]!.within?.map((c) => c.type)).toEqual(['figure']);
  });

  it('keeps the parameter list as list items with their emphasis', () => {
    const items = blocks.filter((b) => inside(b, 'item'));
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.find((b) => b.text.startsWith('fanout:'))!.marks?.[0]).toMatchObject({
      type: 'emphasis',
      start: 0,
      end: 'fanout'.length,
    });
  });
});

describe('library/tkinter.dnd.html (whole page)', () => {
  const html = source('tkinter.dnd.html');
  const { blocks } = parseHtml(html);

  it('numbers the second ordered list from 2, the first from 1', () => {
    const lists = new Map(
      blocks
        .flatMap((b) => (b.within ?? []).filter((c) => c.type === 'list'))
        .map((c) => [c.id, c]),
    );
    const ordered = [...lists.values()].filter((c) => c.type === 'list' && c.ordered);
    expect(ordered.map((c) => (c.type === 'list' ? c.start : undefined))).toEqual([undefined, 2]);
  });

  it('keeps the note as a labelled aside, and leaves the site’s navigation out', () => {
    const note = blocks.find((b) => b.text.startsWith('This is experimental'));
    expect(note?.within).toEqual([{ type: 'aside', id: expect.any(String), label: 'Note' }]);
    expect(blocks.some((b) => /Table of Contents|Previous topic|Report a Bug/.test(b.text))).toBe(
      false,
    );
  });

  it('keeps every term of the page', () => {
    expect(blocks.filter((b) => b.kind === 'term')).toHaveLength(inBody(html, /<dt[\s>]/g));
  });
});

describe('library/chunk.html (whole page)', () => {
  const html = source('chunk.html');
  const { blocks } = parseHtml(html);

  it('links the footnote reference to its footnote', () => {
    const [reference] = marksOf(blocks, 'note-ref') as Array<
      Extract<DraftMark, { type: 'note-ref' }>
    >;
    const note = blocks.find((b) => b.within?.some((c) => c.type === 'footnote'));
    const container = note!.within!.find((c) => c.type === 'footnote')!;
    expect(reference!.note).toBe(container.id);
    expect(container).toMatchObject({ label: '1' });
    expect(note!.text).toMatch(/^“EA IFF 85” Standard for Interchange Format Files/);
  });

  it('keeps the chunk table as a header row and four body rows of three cells', () => {
    const cells = blocks.filter((b) => b.kind === 'cell');
    expect(cells).toHaveLength(15);
    expect(cells.filter((c) => c.cell?.header).map((c) => c.text)).toEqual([
      'Offset',
      'Length',
      'Contents',
    ]);
  });

  it('keeps the web links apart from the links to other pages', () => {
    const links = linksOf(blocks);
    expect(links.filter((l) => l.target.kind === 'web')).toHaveLength(
      inBody(html, /<a class="[^"]*reference external[^"]*"/g),
    );
    expect(blocks.filter((b) => b.kind === 'rule')).toHaveLength(inBody(html, /<hr[\s>/]/g));
  });
});
