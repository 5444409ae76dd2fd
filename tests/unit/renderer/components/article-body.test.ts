// @vitest-environment jsdom
// The article body drawn from the rich fixture, read back as the DOM: every
// block's element reads exactly its block's text (so selection offsets are
// text-model offsets), with marks, decorations, tables and footnotes.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../common/model';
import { ArticleBody } from '../../../../renderer/src/components/ArticleBody';
import type { BlockDecoration } from '../../../../renderer/src/components/BlockText';
import { RICH_ARTICLE, LINKED_TEXT } from '../../../support/rich-article';
import { inEnglish } from '../in-english';

function render(blocks: readonly Block[], decorations = new Map<string, BlockDecoration[]>()) {
  const html = renderToStaticMarkup(
    inEnglish(createElement(ArticleBody, { articleId: RICH_ARTICLE.id, blocks, decorations })),
  );
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const blockElement = (root: HTMLElement, id: string) =>
  root.querySelector<HTMLElement>(`[data-block-id="${id}"]`)!;

describe('ArticleBody on rich content', () => {
  it('draws every block once, and each block element reads exactly its text', () => {
    const root = render(RICH_ARTICLE.blocks);
    const drawn = [...root.querySelectorAll<HTMLElement>('[data-block-id]')];
    expect(drawn.map((e) => e.dataset.blockId).sort()).toEqual(
      RICH_ARTICLE.blocks.map((b) => b.id).sort(),
    );
    for (const block of RICH_ARTICLE.blocks)
      expect(blockElement(root, block.id).textContent, block.id).toBe(block.text);
  });

  it('keeps the text exact with highlights across a link, in a cell and in a footnote', () => {
    const across = LINKED_TEXT.indexOf('web link');
    const decorations = new Map<string, BlockDecoration[]>([
      ['marks', [{ start: across, end: across + 20, className: 'highlight' }]],
      ['td-total', [{ start: 2, end: 10, className: 'highlight' }]],
      ['fn1-text', [{ start: 0, end: 40, className: 'highlight' }]],
    ]);
    const root = render(RICH_ARTICLE.blocks, decorations);
    for (const block of RICH_ARTICLE.blocks)
      expect(blockElement(root, block.id).textContent, block.id).toBe(block.text);
    const marks = [...blockElement(root, 'marks').querySelectorAll('mark.highlight')];
    expect(marks.map((m) => m.textContent).join('')).toBe(LINKED_TEXT.slice(across, across + 20));
    // The link stays one element, with the highlight inside it.
    expect(blockElement(root, 'marks').querySelectorAll('a[href^="https:"]')).toHaveLength(1);
    expect(blockElement(root, 'marks').querySelector('a[href^="https:"] mark')).not.toBeNull();
  });

  it('marks the pieces of a match that formatting inside it cuts as joined', () => {
    const text = 'A reactor reacts.';
    const block: Block = {
      id: 'cut',
      kind: 'paragraph',
      text,
      marks: [{ type: 'emphasis', start: 4, end: 7 }],
    };
    // "reactor" (2-9) crosses the emphasis on "act" (4-7): three pieces.
    const root = render(
      [block],
      new Map([['cut', [{ start: 2, end: 9, className: 'search-mark' }]]]),
    );
    const pieces = [...root.querySelectorAll('mark.search-mark')].map((m) => [
      m.textContent,
      m.classList.contains('mark--joins-start'),
      m.classList.contains('mark--joins-end'),
    ]);
    expect(pieces).toEqual([
      ['re', false, true],
      ['act', true, true],
      ['or', true, false],
    ]);
    expect(blockElement(root, 'cut').textContent).toBe(text);
  });

  it('draws each element as the element it is', () => {
    const root = render(RICH_ARTICLE.blocks);
    expect(root.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(root.querySelectorAll('ol > li')).toHaveLength(2);
    expect(root.querySelector('ol > li ul > li')?.textContent).toBe('A nested bullet.');
    expect(root.querySelectorAll('input[type="checkbox"][disabled]')).toHaveLength(2);
    expect(root.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked).toBe(true);
    expect(root.querySelectorAll('blockquote > p')).toHaveLength(2);
    expect(root.querySelector('aside[role="note"]')?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(root.querySelectorAll('thead th[scope="col"]')).toHaveLength(2 + 14 + 1);
    expect(blockElement(root, 'td-b').getAttribute('rowspan')).toBe('2');
    expect(blockElement(root, 'td-total').getAttribute('colspan')).toBe('2');
    expect(blockElement(root, 'th-value').style.textAlign).toBe('right');
    expect(root.querySelectorAll('[role="region"][tabindex="0"] > table')).toHaveLength(3);
    expect(
      [...root.querySelectorAll('[role="region"]')].map((r) => r.getAttribute('aria-label')),
    ).toEqual(['Table 1', 'Table 2', 'Table 3']);
    expect(root.querySelector('dl > dt')?.textContent).toBe('total(items)');
    expect(root.querySelectorAll('dl > dd > p')).toHaveLength(2);
    expect(root.querySelector('figure > figcaption')?.textContent).toBe(
      'Flags a file is opened with.',
    );
    expect(blockElement(root, 'code').tagName).toBe('PRE');
    expect(blockElement(root, 'code').closest('.article__code')?.textContent).toContain('python');
    expect(blockElement(root, 'rule').tagName).toBe('HR');
    const footnotes = root.querySelector('section[aria-label="Footnotes"]');
    expect(footnotes?.contains(blockElement(root, 'fn1-text'))).toBe(true);
    expect(root.lastElementChild?.contains(footnotes!)).toBe(true);
  });

  it('links web addresses as they are, and articles and blocks as routes', () => {
    const root = render(RICH_ARTICLE.blocks);
    const links = [...blockElement(root, 'marks').querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['a web link', 'https://example.org/page'],
      ['another article', '#/article/plain-neighbour?block=n1'],
      ['a block link', '#/article/rich?block=code'],
      ['1', '#/article/rich?block=fn1-text'],
    ]);
    expect(links[0]!.title).toContain('https://example.org/page');
    expect(links[3]!.getAttribute('aria-label')).toBe('Footnote 1');
    expect(root.querySelector('.footnote__back')?.getAttribute('aria-label')).toBe(
      'Back to reference 1',
    );
  });

  it('draws a collection compiled before containers as it always has', () => {
    const root = render([
      { id: 'p', kind: 'paragraph', text: 'Plain.' },
      { id: 'q', kind: 'quote', text: 'Quoted.' },
      { id: 'l1', kind: 'list-item', text: 'One.' },
      { id: 'l2', kind: 'list-item', text: 'Two.' },
      { id: 'c', kind: 'code', text: 'x  = 1' },
    ]);
    expect(blockElement(root, 'q').tagName).toBe('BLOCKQUOTE');
    expect(root.querySelectorAll('ul > li[data-block-id]')).toHaveLength(2);
    expect(blockElement(root, 'c').textContent).toBe('x  = 1');
  });
});
