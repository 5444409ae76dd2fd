// Markdown keeps what its author wrote: marks over the text a reader sees,
// lists, quotes, tables, footnotes, images, rules and code languages, with
// GitHub's extensions, and never a link that is not to the web or a source.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../compiler/markdown';
import type { DraftBlock, DraftMark } from '../../../compiler/types';

const blocks = (source: string): DraftBlock[] => parseMarkdown(source).blocks;
const only = (source: string): DraftBlock => {
  const [block, ...rest] = blocks(source);
  expect(rest).toEqual([]);
  if (!block) throw new Error('no block');
  return block;
};
/** Each mark as the words it covers. */
const marked = (block: DraftBlock) =>
  (block.marks ?? []).map((mark: DraftMark) => [mark.type, block.text.slice(mark.start, mark.end)]);
const paths = (list: DraftBlock[]) =>
  list.map((block) => (block.within ?? []).map((c) => c.type).join('>'));

describe('Markdown inline marks', () => {
  it('marks emphasis, strong, inline code and strikethrough over the words alone', () => {
    const block = only('Some *soft* and **loud `code`** and ~~gone~~ words.');
    expect(block.text).toBe('Some soft and loud code and gone words.');
    expect(marked(block)).toEqual([
      ['emphasis', 'soft'],
      ['strong', 'loud code'],
      ['code', 'code'],
      ['strike', 'gone'],
    ]);
  });

  it('keeps a hard line break as "\\n"', () => {
    expect(only('First line  \nsecond line\\\nthird').text).toBe('First line\nsecond line\nthird');
  });

  it('links to the web, to other sources and fragments, and never to other schemes', () => {
    const block = only(
      '[web](https://example.org "Example") [mail](mailto:a@example.org) ' +
        '[guide](../guide/setup.md#install) [here](#usage) ' +
        '[bad](javascript:alert(1)) [data](data:text/html,x) <https://auto.example> www.example.com',
    );
    expect(block.text).toBe('web mail guide here bad data https://auto.example www.example.com');
    const links = (block.marks ?? []).map((mark) =>
      mark.type === 'link' ? [block.text.slice(mark.start, mark.end), mark.target, mark.title] : [],
    );
    expect(links).toEqual([
      ['web', { kind: 'web', url: 'https://example.org' }, 'Example'],
      ['mail', { kind: 'web', url: 'mailto:a@example.org' }, undefined],
      [
        'guide',
        {
          kind: 'source',
          href: '../guide/setup.md#install',
          path: '../guide/setup.md',
          fragment: 'install',
          line: 1,
        },
        undefined,
      ],
      ['here', { kind: 'source', href: '#usage', path: '', fragment: 'usage', line: 1 }, undefined],
      ['https://auto.example', { kind: 'web', url: 'https://auto.example' }, undefined],
      ['www.example.com', { kind: 'web', url: 'http://www.example.com' }, undefined],
    ]);
  });

  it('resolves reference-style links through their definitions', () => {
    const block = only('See [the docs][d].\n\n[d]: https://docs.example "Docs"');
    expect(block.marks).toEqual([
      {
        type: 'link',
        start: 4,
        end: 12,
        target: { kind: 'web', url: 'https://docs.example' },
        title: 'Docs',
      },
    ]);
  });
});

describe('Markdown images', () => {
  it('splits an inline image out of its paragraph, keeping the text on both sides', () => {
    const list = blocks('Before the picture ![A red door](img/door.png "Door") and after it.');
    expect(list).toEqual([
      { kind: 'paragraph', text: 'Before the picture' },
      {
        kind: 'image',
        text: '',
        imageSource: { src: 'img/door.png', alt: 'A red door', title: 'Door', line: 1 },
      },
      { kind: 'paragraph', text: 'and after it.' },
    ]);
  });

  it('keeps a link around the text on both sides of an image inside it', () => {
    const list = blocks('[Go *there* ![badge](b.svg) now](https://example.org)');
    expect(list.map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', 'Go there'],
      ['image', ''],
      ['paragraph', 'now'],
    ]);
    expect(list[0]?.marks?.map((mark) => mark.type)).toEqual(['link', 'emphasis']);
    expect(list[2]?.marks?.[0]).toMatchObject({ type: 'link', start: 0, end: 3 });
  });
});

describe('Markdown structure', () => {
  it('puts list items in list and item containers, with start, nesting, tasks and loose items', () => {
    const list = blocks('3. three\n4. four\n\n   more of four\n   - [x] done\n   - [ ] to do\n');
    expect(list.map((block) => block.text)).toEqual([
      'three',
      'four',
      'more of four',
      'done',
      'to do',
    ]);
    expect(list[0]?.within).toEqual([
      { type: 'list', id: 'l1', ordered: true, start: 3 },
      { type: 'item', id: 'i1' },
    ]);
    // The second paragraph of an item stays in that item.
    expect(list[2]?.within).toEqual(list[1]?.within);
    expect(list[3]?.within?.slice(2)).toEqual([
      { type: 'list', id: 'l2', ordered: false },
      { type: 'item', id: 'i3', checked: true },
    ]);
    expect(list[4]?.within?.at(-1)).toEqual({ type: 'item', id: 'i4', checked: false });
  });

  it('gives an ordered list starting at 1 no start, and a quote its container', () => {
    const list = blocks('1. one\n\n> quoted\n> - in a list');
    expect(list[0]?.within?.[0]).toEqual({ type: 'list', id: 'l1', ordered: true });
    expect(paths(list)).toEqual(['list>item', 'quote', 'quote>list>item']);
  });

  it('makes a table of header and body rows, with each cell aligned as written and empty cells kept', () => {
    const list = blocks('| Name | Size |\n|:-----|-----:|\n| `a` | 1 |\n| b |  |\n');
    expect(list.map((block) => [block.kind, block.text, block.cell])).toEqual([
      ['cell', 'Name', { header: true, align: 'left' }],
      ['cell', 'Size', { header: true, align: 'right' }],
      ['cell', 'a', { header: false, align: 'left' }],
      ['cell', '1', { header: false, align: 'right' }],
      ['cell', 'b', { header: false, align: 'left' }],
      ['cell', '', { header: false, align: 'right' }],
    ]);
    expect(list[2]?.marks).toEqual([{ type: 'code', start: 0, end: 1 }]);
    expect(list.map((block) => block.within?.map((c) => c.id).join('>'))).toEqual([
      't1>r1',
      't1>r1',
      't1>r2',
      't1>r2',
      't1>r3',
      't1>r3',
    ]);
    expect(list[0]?.within?.[1]).toEqual({ type: 'row', id: 'r1', header: true });
  });

  it('keeps a code block’s language and a thematic break as a rule', () => {
    expect(blocks('```python title="x"\nprint(1)\n```\n\n***\n')).toEqual([
      { kind: 'code', text: 'print(1)', language: 'python' },
      { kind: 'rule', text: '' },
    ]);
  });

  it('gives headings GitHub-style anchors, numbering repeats', () => {
    const list = blocks('## Getting Started!\n\n## Getting Started!\n\n## Ünïcode & `code`\n');
    expect(list.map((block) => block.anchors)).toEqual([
      ['getting-started'],
      ['getting-started-1'],
      ['ünïcode--code'],
    ]);
  });

  it('places footnotes at the end in order of first reference, each reference marked', () => {
    const list = blocks(
      'One[^b] and two[^a] and one again[^b].\n\n[^a]: Note A.\n\n[^b]: Note B.\n\n    Second paragraph of B.\n\nAfter.',
    );
    expect(list.map((block) => block.text)).toEqual([
      'One1 and two2 and one again1.',
      'After.',
      'Note B.',
      'Second paragraph of B.',
      'Note A.',
    ]);
    expect(list[0]?.marks).toEqual([
      { type: 'note-ref', note: 'fn-1', start: 3, end: 4 },
      { type: 'note-ref', note: 'fn-2', start: 12, end: 13 },
      { type: 'note-ref', note: 'fn-1', start: 27, end: 28 },
    ]);
    expect(list[2]?.within).toEqual([{ type: 'footnote', id: 'fn-1', label: '1' }]);
    expect(list[3]?.within).toEqual(list[2]?.within);
    expect(list[4]?.within).toEqual([{ type: 'footnote', id: 'fn-2', label: '2' }]);
  });

  it('keeps a footnote nobody refers to, so its text is not lost', () => {
    expect(blocks('Text.\n\n[^lonely]: Still here.').map((block) => block.text)).toEqual([
      'Text.',
      'Still here.',
    ]);
  });

  it('shows raw HTML as its text only, inside the structure it stands in', () => {
    const list = blocks('> <div onclick="alert(1)">Boxed <b>words</b></div>\n');
    expect(JSON.stringify(list)).not.toMatch(/onclick|alert|<div/);
    expect(list.map((block) => block.text)).toEqual(['Boxed words']);
    expect(paths(list)).toEqual(['quote']);
  });

  it('flattens nesting deeper than the model allows without losing text', () => {
    const deep = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const list = blocks(deep);
    expect(list.map((block) => block.text)).toEqual(
      Array.from({ length: 20 }, (_, i) => `level ${i}`),
    );
    expect(Math.max(...list.map((block) => block.within?.length ?? 0))).toBe(32);
  });
});
