// Whichever DOM parses a page, the compiled article is the same: each page is
// compiled with the compiler's DOM (parse5 + linkedom, html-dom.ts) and with
// jsdom, and the two results (article, warnings with their lines, links,
// images) must be equal. Real pages come from the Python documentation
// fixtures; the small pages are the markup where DOMs are known to differ.
// HTML_EQUIVALENCE_CORPUS=<folder> compares every page of a whole folder too
// (decision 0011 has the figures for the Python documentation):
//
//   HTML_EQUIVALENCE_CORPUS=/tmp/python-docs npx vitest run tests/unit/compiler/html-dom.test.ts
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as CompileSource from '../../../compiler/compile-source';
import type * as HtmlDom from '../../../compiler/html-dom';
import { parseDocument } from '../../../compiler/html-dom';
import { parseWithJsdom } from '../../support/jsdom-document';

const FIXTURES = fileURLToPath(new URL('fixtures/python-docs/', import.meta.url));
const corpus = process.env.HTML_EQUIVALENCE_CORPUS;

type Compiler = typeof CompileSource;
let withCompilerDom: Compiler;
let withJsdom: Compiler;
/**
 * Counts its pages, so the comparison is known to have used jsdom at all.
 * A counter, not vi.fn: a mock keeps every result, and so every document.
 */
let jsdomPages = 0;
const jsdomParse = (html: string) => {
  jsdomPages++;
  return parseWithJsdom(html);
};

beforeAll(async () => {
  withCompilerDom = await import('../../../compiler/compile-source');
  vi.resetModules();
  vi.doMock('../../../compiler/html-dom', async (importOriginal) => ({
    ...(await importOriginal<typeof HtmlDom>()),
    parseDocument: jsdomParse,
  }));
  withJsdom = await import('../../../compiler/compile-source');
  vi.doUnmock('../../../compiler/html-dom');
});

function compileBothWays(name: string, html: string) {
  const source = { path: `/site/${name}`, bytes: Buffer.from(html), relativePath: name };
  const calls = jsdomPages;
  const both = [withCompilerDom.compileSource(source), withJsdom.compileSource(source)] as const;
  expect(jsdomPages).toBe(calls + 1);
  return both;
}

const TRICKY: Record<string, string> = {
  'implied.html': '<title>Implied</title><p>One<p>Two<div>Block</div><li>Loose item',
  'misnested.html':
    '<p><b>bold <i>both</b> italic</i> plain</p><a href="#x">one<a href="#y">two</a>',
  'tables.html':
    '<table><tr><td colspan=" +3">a<td rowspan="0">b<td colspan="x">c</table>' +
    '<table><tr><th align=RIGHT style="text-align: center">h</th></tr></table>',
  'hidden.html':
    '<p style="display: none">gone</p><p style="DISPLAY:NONE">gone too</p>' +
    '<p style="visibility:hidden">hidden</p><p hidden>attr</p><p aria-hidden="true">aria</p>' +
    '<p style="display:block">shown</p><dialog>closed</dialog><dialog open>open</dialog>',
  'noscript.html':
    '<p>Before.</p><noscript><p>Turn on JavaScript.</noscript><p>After.</p><template><p>Inert</p></template>',
  'foreign.html':
    '<p>A <svg viewBox="0 0 1 1"><title>Icon</title><a xlink:href="#q">q</a></svg> and ' +
    '<math><mi>x</mi><mo>=</mo><mn>2</mn></math>.</p>',
  'entities.html': '<p>&amp; &lt;tag&gt; &nbsp;x &copy; &#x1F600; &notanentity; &amp</p>',
  'pre.html':
    '<pre>\nfirst line\n\tindented\n  <b>bold</b> &lt;x&gt;</pre><pre><code>\n\ncode</code></pre>',
  'lists.html':
    '<ol start="4"><li>four<li>five<ul><li>nested</ul></ol><dl><dt>Term<dd>Definition<dt>Two</dl>',
  'lang.html':
    '<html lang="it"><head><meta name="author" content="Ada"><title>Titolo | Sito</title></head>' +
    '<body><main><h1>Titolo</h1><p>Testo con <a href="https://example.org/">un link</a>.</p></main></body></html>',
  'readability.html':
    '<div id="header">Site Menu</div><div class="sidebar">Links</div><div id="content">' +
    `<p>${'A long opening paragraph about the subject. '.repeat(12)}</p>` +
    '<p class="remark">A remark.</p><aside>An aside.</aside>' +
    `<p>${'A long closing paragraph about the subject. '.repeat(12)}</p></div>` +
    '<div id="footer">Copyright 2024.</div>',
};

describe('the compiled article does not depend on the DOM that parsed the page', () => {
  it.each(readdirSync(FIXTURES).filter((name) => name.endsWith('.html')))(
    'Python documentation page %s',
    (name) => {
      const [compilerDom, jsdom] = compileBothWays(
        name,
        readFileSync(path.join(FIXTURES, name), 'utf8'),
      );
      expect('article' in compilerDom && compilerDom.article.blocks.length).toBeGreaterThan(3);
      expect(compilerDom).toEqual(jsdom);
    },
  );

  it.each(Object.keys(TRICKY))('markup where DOMs differ: %s', (name) => {
    const [compilerDom, jsdom] = compileBothWays(name, TRICKY[name]!);
    expect('rejection' in compilerDom && compilerDom.rejection).toBe(false);
    expect(compilerDom).toEqual(jsdom);
  });

  // jsdom, asked for node locations, puts such text after the table or
  // throws: a case where the two may not be compared.
  it('puts text written inside a table before it, as a browser does', () => {
    const { document } = parseDocument(
      '<p>Intro.</p><table>stray text<tr><td>cell</td></tr></table>',
    );
    expect(document.body.innerHTML).toBe(
      '<p>Intro.</p>stray text<table><tbody><tr><td>cell</td></tr></tbody></table>',
    );
  });

  it('gives warnings the line of the element in the source', () => {
    const html = '<main>\n<p>Text.</p>\n\n<video src="v.mp4"></video>\n<p>More.</p></main>';
    const { lineOf, document } = parseDocument(html);
    expect(lineOf(document.querySelector('video')!)).toBe(4);
    expect(lineOf(document.body)).toBeUndefined(); // implied by the parser
    const [compilerDom] = compileBothWays('video.html', html);
    expect(
      'warnings' in compilerDom && compilerDom.warnings.map((warning) => warning.line),
    ).toEqual([4]);
  });

  it.skipIf(corpus === undefined)(
    'every page of HTML_EQUIVALENCE_CORPUS',
    { timeout: 3_600_000 },
    async () => {
      const root = path.resolve(corpus!);
      const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.html'))
        .sort();
      const differing: string[] = [];
      const before = jsdomPages;
      for (const name of pages) {
        const file = path.join(root, name);
        const [compilerDom, jsdom] = await Promise.all([
          withCompilerDom.compileFile(file, root),
          withJsdom.compileFile(file, root),
        ]);
        try {
          expect(compilerDom).toEqual(jsdom);
        } catch {
          differing.push(name);
        }
      }
      console.log(`${pages.length} pages compared, ${differing.length} differ`);
      expect(jsdomPages - before).toBeGreaterThan(0);
      expect(differing).toEqual([]);
    },
  );
});
