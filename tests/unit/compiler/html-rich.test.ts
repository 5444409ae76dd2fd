// An HTML article keeps what its author wrote: each element of the allow-list
// maps onto the rich model (marks over the text, containers around blocks,
// anchors for links to land on), and nothing outside it runs or leaks in.
import { describe, expect, it } from 'vitest';
import { ArticleSchema, type Container } from '../../../common/model';
import { normalizeCode, normalizeProse } from '../../../common/text';
import { compileSource } from '../../../compiler/index';
import { parseHtml } from '../../../compiler/html';
import { blocksFromHtmlFragment } from '../../../compiler/html-fragment';
import type { DraftBlock, DraftMark } from '../../../compiler/types';

/** The blocks of `body` inside a page that names its main content. */
function blocksOf(body: string): DraftBlock[] {
  return parseHtml(
    `<!doctype html><html lang="en"><head><title>Page</title></head><body><main>${body}</main></body></html>`,
  ).blocks;
}

function only(body: string): DraftBlock {
  const blocks = blocksOf(body);
  expect(blocks, JSON.stringify(blocks)).toHaveLength(1);
  return blocks[0]!;
}

/** Each mark as [type, the text it covers]. */
function marked(block: DraftBlock): Array<[string, string]> {
  return (block.marks ?? []).map((mark) => [mark.type, block.text.slice(mark.start, mark.end)]);
}

const path = (block: DraftBlock) => (block.within ?? []).map((container) => container.type);
const links = (block: DraftBlock) =>
  (block.marks ?? []).filter((m): m is Extract<DraftMark, { type: 'link' }> => m.type === 'link');

describe('HTML inline marks', () => {
  it.each([
    ['<em>word</em>', 'emphasis'],
    ['<i>word</i>', 'emphasis'],
    ['<strong>word</strong>', 'strong'],
    ['<b>word</b>', 'strong'],
    ['<code>word</code>', 'code'],
    ['<kbd>word</kbd>', 'code'],
    ['<samp>word</samp>', 'code'],
    ['<tt>word</tt>', 'code'],
    ['<del>word</del>', 'strike'],
    ['<s>word</s>', 'strike'],
    ['<strike>word</strike>', 'strike'],
    ['<sub>word</sub>', 'sub'],
    ['<sup>word</sup>', 'sup'],
  ])('%s is a %s mark over its text', (html, type) => {
    const block = only(`<p>A ${html} here.</p>`);
    expect(block.text).toBe('A word here.');
    expect(marked(block)).toEqual([[type, 'word']]);
  });

  it('nests marks and keeps them off the spaces that collapse around them', () => {
    const block = only('<p>Some <strong> bold <em>and   italic</em> </strong>  text.</p>');
    expect(block.text).toBe('Some bold and italic text.');
    expect(marked(block)).toEqual([
      ['strong', 'bold and italic'],
      ['emphasis', 'and italic'],
    ]);
  });

  it('makes a <br> a line break in the text', () => {
    const block = only('<p>First line<br>second line<br/> <br>third</p>');
    expect(block.text).toBe('First line\nsecond line\n\nthird');
  });

  it('reads the same text as normalizeProse when there are no marks', () => {
    const raw = ' Tabs\tand\u00a0non-breaking\n spaces,  e\u0301 composed. ';
    expect(only(`<p>${raw}</p>`).text).toBe(normalizeProse(raw));
  });
});

describe('HTML links', () => {
  it('to the web are web links, with their title', () => {
    const block = only(
      '<p><a href="https://example.org/x?y=1" title="Example">site</a> and <a href="mailto:a@example.org">mail</a></p>',
    );
    expect(links(block).map((l) => [block.text.slice(l.start, l.end), l.target, l.title])).toEqual([
      ['site', { kind: 'web', url: 'https://example.org/x?y=1' }, 'Example'],
      ['mail', { kind: 'web', url: 'mailto:a@example.org' }, undefined],
    ]);
  });

  it('to other files and anchors name the file relative to this one, the fragment and the line', () => {
    const page = `<!doctype html><html><head><title>P</title></head><body><main>
<p><a href="../library/os.html#os.walk">walk</a>, <a href="#notes">notes</a>, <a href="my%20file.html">file</a></p>
</main></body></html>`;
    const [block] = parseHtml(page).blocks;
    expect(links(block!).map((l) => l.target)).toEqual([
      {
        kind: 'source',
        href: '../library/os.html#os.walk',
        path: '../library/os.html',
        fragment: 'os.walk',
        line: 2,
      },
      { kind: 'source', href: '#notes', path: '', fragment: 'notes', line: 2 },
      { kind: 'source', href: 'my%20file.html', path: 'my file.html', line: 2 },
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<b>x</b>',
    'file:///etc/passwd',
    'vbscript:x',
    '/root/path.html',
    '//example.org/x',
    'ftp://example.org/x',
  ])('%s is no link, and its text stays', (href) => {
    const block = only(`<p>A <a href="${href}">labelled</a> link.</p>`);
    expect(block.text).toBe('A labelled link.');
    expect(block.marks).toBeUndefined();
  });

  it('drops Sphinx’s heading permalinks, text and all', () => {
    const blocks = blocksOf(
      '<section id="usage"><h2>Usage<a class="headerlink" href="#usage" title="Permalink to this heading">¶</a></h2><p>Text.</p></section>',
    );
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: 'Usage', anchors: ['usage'] });
    expect(blocks[0]!.marks).toBeUndefined();
  });

  it('survive into the article only once resolved, and the article is valid', () => {
    const result = compileSource({
      path: 'links.html',
      bytes: new TextEncoder().encode(
        '<main><p>A <a href="https://example.org/">web</a> and an <a href="other.html">unresolved</a> link.</p></main>',
      ),
    });
    if ('rejection' in result) throw new Error(result.rejection.reason);
    expect(ArticleSchema.safeParse(result.article).success).toBe(true);
    expect(result.article.blocks[0]!.marks).toEqual([
      { type: 'link', start: 2, end: 5, target: { kind: 'web', url: 'https://example.org/' } },
    ]);
  });
});

describe('HTML anchors', () => {
  it('give a section’s id to its heading, and ids inside a block to that block', () => {
    const blocks = blocksOf(
      '<section id="intro"><span id="old-intro"></span><h2>Intro</h2><p>See <span id="here">here</span> and <a name="there">there</a>.</p></section><dl><dt id="print">print()</dt><dd><p>Prints.</p></dd></dl>',
    );
    expect(blocks.map((block) => [block.text, block.anchors])).toEqual([
      ['Intro', ['intro', 'old-intro']],
      ['See here and there.', ['here', 'there']],
      ['print()', ['print']],
      ['Prints.', undefined],
    ]);
  });

  it('move from a title heading that leaves the body to the first block', () => {
    const { blocks } = parseHtml(
      '<html><head><title>Guide</title></head><body><main><section id="guide"><h1>Guide</h1><p>First.</p></section></main></body></html>',
    );
    expect(blocks[0]).toMatchObject({ text: 'First.', anchors: ['guide'] });
  });
});

describe('HTML structure', () => {
  it('makes ordered lists with their start, nested lists and task items', () => {
    const blocks = blocksOf(
      '<ol start="3" reversed><li><p>Three</p><p>Still three</p><ul><li>Nested</li></ul></li><li><input type="checkbox" checked> Done</li><li><input type="checkbox"> Open</li></ol>',
    );
    const list = blocks[0]!.within![0]!;
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 3 });
    expect(blocks.map((b) => [b.text, path(b).join('>')])).toEqual([
      ['Three', 'list>item'],
      ['Still three', 'list>item'],
      ['Nested', 'list>item>list>item'],
      ['Done', 'list>item'],
      ['Open', 'list>item'],
    ]);
    // The second paragraph stays in the first item; every item has its own container.
    expect(blocks[1]!.within![1]!.id).toBe(blocks[0]!.within![1]!.id);
    expect(blocks[3]!.within![1]).toMatchObject({ type: 'item', checked: true });
    expect(blocks[4]!.within![1]).toMatchObject({ type: 'item', checked: false });
    expect(blocks[0]!.within![1]).not.toHaveProperty('checked');
  });

  it('gives an unordered or 1-based list no start', () => {
    expect(only('<ul><li>a</li></ul>').within![0]).toEqual({
      type: 'list',
      id: expect.any(String),
      ordered: false,
    });
    expect(only('<ol start="1"><li>a</li></ol>').within![0]).not.toHaveProperty('start');
  });

  it('keeps an empty item, so the items after it keep their numbers', () => {
    const blocks = blocksOf('<ol><li>One</li><li></li><li>Three</li></ol>');
    expect(blocks.map((block) => block.text)).toEqual(['One', '', 'Three']);
    const items = blocks.map((block) => block.within?.find((c) => c.type === 'item')?.id);
    expect(new Set(items).size).toBe(3);
  });

  it('makes a blockquote a quote container', () => {
    const blocks = blocksOf('<blockquote><p>One.</p><p>Two.</p></blockquote>');
    expect(blocks.map(path)).toEqual([['quote'], ['quote']]);
  });

  it('makes tables of header and body rows, cells with their alignment and spans', () => {
    const blocks = blocksOf(
      '<table><caption>Sizes</caption><thead><tr><th colspan="2">Name</th></tr></thead><tbody><tr><td align="right">1</td><td style="text-align: center" rowspan="2"><p>one</p><p><em>uno</em></p></td></tr><tr><td></td></tr></tbody></table>',
    );
    expect(blocks.map((b) => [b.kind, b.text, path(b).join('>')])).toEqual([
      ['caption', 'Sizes', 'figure'],
      ['cell', 'Name', 'figure>table>row'],
      ['cell', '1', 'figure>table>row'],
      ['cell', 'one\nuno', 'figure>table>row'],
      ['cell', '', 'figure>table>row'],
    ]);
    expect(blocks.slice(1).map((b) => b.cell)).toEqual([
      { header: true, colSpan: 2 },
      { header: false, align: 'right' },
      { header: false, align: 'center', rowSpan: 2 },
      { header: false },
    ]);
    expect(
      blocks.slice(1).map((b) => (b.within![2] as Extract<Container, { type: 'row' }>).header),
    ).toEqual([true, false, false, false]);
    expect(marked(blocks[3]!)).toEqual([['emphasis', 'uno']]);
  });

  it('makes definition lists of terms and descriptions', () => {
    const blocks = blocksOf(
      '<dl><dt>Term</dt><dd><p>First.</p><ul><li>Item</li></ul></dd><dt class="sig sig-object py">f(<em>x</em>)</dt><dd>Second.</dd></dl>',
    );
    expect(blocks.map((b) => [b.kind, b.text, path(b).join('>')])).toEqual([
      ['term', 'Term', 'definitions'],
      ['paragraph', 'First.', 'definitions>description'],
      ['paragraph', 'Item', 'definitions>description>list>item'],
      ['term', 'f(x)', 'definitions'],
      ['paragraph', 'Second.', 'definitions>description'],
    ]);
    // A Sphinx signature is code as a whole, its parameters emphasised.
    expect(marked(blocks[3]!)).toEqual([
      ['code', 'f(x)'],
      ['emphasis', 'x'],
    ]);
  });

  it('makes Sphinx notes and HTML asides labelled asides, the label not repeated', () => {
    const blocks = blocksOf(
      '<div class="admonition seealso"><p class="admonition-title">See also</p><p>The other page.</p></div><aside><p>An aside.</p></aside>',
    );
    expect(blocks.map((b) => [b.text, b.within])).toEqual([
      ['The other page.', [{ type: 'aside', id: expect.any(String), label: 'See also' }]],
      ['An aside.', [{ type: 'aside', id: expect.any(String) }]],
    ]);
  });

  it('makes figures of an image and its caption, the image as written', () => {
    const page = `<html><head><title>P</title></head><body><main><p>Text.</p>
<figure id="fig"><img src="../_images/tree.png" alt="A tree." title="Tree"><figcaption>The <em>tree</em>.</figcaption></figure>
<img src="plain.png">
</main></body></html>`;
    const blocks = parseHtml(page).blocks;
    expect(blocks.slice(1).map((b) => [b.kind, b.text, path(b).join('>'), b.imageSource])).toEqual([
      [
        'image',
        '',
        'figure',
        { src: '../_images/tree.png', alt: 'A tree.', title: 'Tree', line: 2 },
      ],
      ['caption', 'The tree.', 'figure', undefined],
      ['image', '', '', { src: 'plain.png', alt: '', line: 3 }],
    ]);
    expect(blocks[1]!.anchors).toEqual(['fig']);
  });

  it('places an image met inside a sentence after its paragraph, keeping the sentence whole', () => {
    const blocks = blocksOf('<p>An <img src="icon.png" alt="icon"> inline picture.</p>');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'An inline picture.'],
      ['image', ''],
    ]);
  });

  it('shows an image inside a table cell as its alt text, with a warning', () => {
    const { blocks, warnings } = parseHtml(
      '<html><head><title>P</title></head><body><main><table><tr><td>A <img src="x.png" alt="check"></td></tr></table></main></body></html>',
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([['cell', 'A check']]);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'not-shown',
        message: expect.stringMatching(/^1 image is shown as alt text/),
      }),
    ]);
  });

  it('keeps code’s whitespace and line breaks exactly, with its language', () => {
    const block = only(
      '<div class="highlight-python3 notranslate"><div class="highlight"><pre><span></span><span class="k">def</span> f():\n\tif x:\n        return  <em>1</em><br>pass\n</pre></div></div>',
    );
    expect(block).toMatchObject({
      kind: 'code',
      text: 'def f():\n\tif x:\n        return  1\npass',
      language: 'python3',
    });
    expect(only('<pre><code class="language-rust">fn main() {}</code></pre>').language).toBe(
      'rust',
    );
    expect(only('<div class="highlight-default"><pre>x</pre></div>')).not.toHaveProperty(
      'language',
    );
  });

  it('keeps the links inside code, such as a grammar’s, where the text stays', () => {
    const block = only(
      '<pre><strong id="grammar-token-stmt">stmt</strong> ::= <a href="#grammar-token-expr"><code>expr</code></a>   \n\n</pre>',
    );
    expect(block.text).toBe('stmt ::= expr');
    expect(marked(block)).toEqual([
      ['strong', 'stmt'],
      ['link', 'expr'],
    ]);
    expect(block.anchors).toEqual(['grammar-token-stmt']);
  });

  it('reads code as normalizeCode does', () => {
    const raw = '\n\n  indented  \n\ttab\t\n\n  \nlast line \u00a0\n\n';
    const block = only(`<pre>${raw}</pre>`);
    expect(block.text).toBe(normalizeCode(raw));
  });

  it('makes <hr> a rule', () => {
    const blocks = blocksOf('<p>Above.</p><hr><p>Below.</p>');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Above.'],
      ['rule', ''],
      ['paragraph', 'Below.'],
    ]);
  });

  it('makes Sphinx footnotes footnote containers, their references pointing at them', () => {
    const blocks = blocksOf(
      '<p>Claim.<a class="footnote-reference brackets" href="#id2" id="id1" role="doc-noteref"><span class="fn-bracket">[</span>1<span class="fn-bracket">]</span></a></p>' +
        '<aside class="footnote-list brackets"><aside class="footnote brackets" id="id2" role="note"><span class="label"><span class="fn-bracket">[</span><a role="doc-backlink" href="#id1">1</a><span class="fn-bracket">]</span></span><p>The source.</p></aside></aside>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['Claim.[1]', 'The source.']);
    const note = blocks[1]!.within![0]!;
    expect(note).toEqual({ type: 'footnote', id: expect.any(String), label: '1' });
    expect(blocks[0]!.marks).toEqual([{ type: 'note-ref', start: 6, end: 9, note: note.id }]);
    expect(blocks[1]!.anchors).toEqual(['id2']);
  });

  it('makes docutils’ older footnote lists footnotes too', () => {
    const blocks = blocksOf(
      '<p>See<a class="footnote-reference" href="#f1">[1]</a>.</p><dl class="footnote brackets"><dt class="label" id="f1"><span class="brackets">1</span></dt><dd><p>First note.</p></dd></dl>',
    );
    const note = blocks[1]!.within![0]!;
    expect(note).toMatchObject({ type: 'footnote', label: '1' });
    expect(blocks[0]!.marks![0]).toMatchObject({ type: 'note-ref', note: note.id });
  });

  it('keeps a reference to a footnote that is not on the page as a link to its anchor', () => {
    const block = only('<p>See<a class="footnote-reference" href="#gone">[2]</a>.</p>');
    expect(links(block).map((l) => l.target)).toEqual([
      { kind: 'source', href: '#gone', path: '', fragment: 'gone' },
    ]);
  });

  it('gives every container of the article its own id', () => {
    const blocks = blocksOf(
      '<ul><li>a</li><li>b</li></ul><ul><li>c</li></ul><table><tr><td>x</td></tr></table>',
    );
    const ids = new Map<string, string>();
    for (const container of blocks.flatMap((b) => b.within ?? [])) {
      const seen = ids.get(container.id);
      expect(seen === undefined || seen === container.type).toBe(true);
      ids.set(container.id, container.type);
    }
    expect(blocks[0]!.within![0]!.id).not.toBe(blocks[2]!.within![0]!.id);
    expect(blocks[0]!.within![1]!.id).not.toBe(blocks[1]!.within![1]!.id);
  });

  it('stops nesting at the model’s depth and keeps every word of what lies deeper', () => {
    const depth = 40;
    const blocks = blocksOf(
      `${'<blockquote>'.repeat(depth)}<p>Deep words.</p>${'</blockquote>'.repeat(depth)}`,
    );
    expect(blocks.map((b) => b.text)).toEqual(['Deep words.']);
    expect(blocks[0]!.within).toHaveLength(32);
  });
});

describe('HTML text that must not vanish', () => {
  it('keeps the text after a <noscript> in the content, and none of the noscript’s', () => {
    const texts = blocksOf(
      '<p>Before.</p><noscript><p>Turn on JavaScript.</noscript><p>After the noscript.</p><noscript><img src="pixel.gif"></noscript><p>Last.</p>',
    ).map((b) => b.text);
    expect(texts).toEqual(['Before.', 'After the noscript.', 'Last.']);
  });

  it('keeps the text after a <noscript> in a Markdown raw HTML block', () => {
    const { blocks } = blocksFromHtmlFragment(
      '<div><noscript><p>Turn on JavaScript.</noscript><p>After the noscript.</p></div>',
      'paragraph',
    );
    expect(blocks.map((b) => b.text)).toEqual(['After the noscript.']);
  });

  it('never reads script, style, template, iframe or object contents as text', () => {
    const texts = blocksOf(
      '<p>Kept.</p><script>SCRIPT</script><style>STYLE</style><template><p>TEMPLATE</p></template><iframe>IFRAME</iframe><object>OBJECT</object><p>Also kept.</p>',
    ).map((b) => b.text);
    expect(texts).toEqual(['Kept.', 'Also kept.']);
  });

  it('keeps the text of unknown elements, in paragraphs', () => {
    const texts = blocksOf('<x-card><x-title>Card</x-title> body</x-card><div>In a div</div>').map(
      (b) => b.text,
    );
    expect(texts).toEqual(['Card body', 'In a div']);
  });

  it('keeps the text of a list, table or heading nested where only text can stand', () => {
    const blocks = blocksOf(
      '<table><tr><td><ul><li>one</li><li>two</li></ul><h3>Head</h3></td></tr></table>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['one\ntwo\nHead']);
  });
});

describe('HTML fragments inside another format', () => {
  it('sit inside the containers they are given, with ids of their own', () => {
    const around: Container[] = [{ type: 'quote', id: 'md1' }];
    const { blocks } = blocksFromHtmlFragment('<ul><li>In a list</li></ul>', 'paragraph', {
      within: around,
      idPrefix: 'frag2-',
    });
    expect(blocks[0]!.within).toEqual([
      { type: 'quote', id: 'md1' },
      { type: 'list', id: 'frag2-1', ordered: false },
      { type: 'item', id: 'frag2-2' },
    ]);
  });
});
