// A hand-made article with every element of the rich text model (marks of
// every kind, nested and numbered lists, a task list, a quote, a note, tables
// wide and spanned, a definition list, a figure, code, a rule, footnotes),
// for the renderer's unit tests and the rich-content e2e spec. Pure data, so
// the web-side unit tests can use it too.
import type { Article, Block, Container, Mark } from '../../common/model';

export const RICH_ID = 'rich';
export const RICH_TITLE = 'Every element of a rich article';
export const OTHER_ID = 'plain-neighbour';
export const OTHER_TITLE = 'A plain neighbour';

const list = (id: string, ordered: boolean, start?: number): Container => ({
  type: 'list',
  id,
  ordered,
  ...(start !== undefined && { start }),
});
const item = (id: string, checked?: boolean): Container => ({
  type: 'item',
  id,
  ...(checked !== undefined && { checked }),
});
const row = (id: string, header: boolean): Container => ({ type: 'row', id, header });

/** A mark over the first occurrence of `word` in `text`. */
type WithoutRange<T> = T extends Mark ? Omit<T, 'start' | 'end'> : never;

function over(text: string, word: string, mark: WithoutRange<Mark>): Mark {
  const start = text.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`);
  return { ...mark, start, end: start + word.length } as Mark;
}

export const LINKED_TEXT =
  'Marks: emphasis, strong words, inline code(), struck text, H2O, x2, a web link, another article, a block link and a note.1';
export const NOTE_TEXT = 'The first note says where the claim comes from, with a web link.';
export const CODE_TEXT =
  'def total(items):\n    s = 0\n\tfor x in items:\n        s += x\n    return s';
export const WIDE_TABLE_COLUMNS = 14;

const marked: Block = {
  id: 'marks',
  kind: 'paragraph',
  text: LINKED_TEXT,
  marks: [
    over(LINKED_TEXT, 'emphasis', { type: 'emphasis' }),
    over(LINKED_TEXT, 'strong words', { type: 'strong' }),
    over(LINKED_TEXT, 'code()', { type: 'code' }),
    over(LINKED_TEXT, 'struck text', { type: 'strike' }),
    { type: 'sub', start: LINKED_TEXT.indexOf('H2O') + 1, end: LINKED_TEXT.indexOf('H2O') + 2 },
    { type: 'sup', start: LINKED_TEXT.indexOf('x2') + 1, end: LINKED_TEXT.indexOf('x2') + 2 },
    over(LINKED_TEXT, 'a web link', {
      type: 'link',
      target: { kind: 'web', url: 'https://example.org/page' },
      title: 'An example',
    }),
    // Strong crosses the end of the link: both must still nest.
    over(LINKED_TEXT, 'link, another', { type: 'strong' }),
    over(LINKED_TEXT, 'another article', {
      type: 'link',
      target: { kind: 'article', article: OTHER_ID, block: 'n1' },
    }),
    over(LINKED_TEXT, 'a block link', { type: 'link', target: { kind: 'block', block: 'code' } }),
    over(LINKED_TEXT, '1', { type: 'note-ref', note: 'fn1' }),
  ],
};

const notesList = list('l1', true, 3);
const nestedList = list('l2', false);
const tasks = list('l3', false);
const table = { type: 'table', id: 't1' } as const;
const wide = { type: 'table', id: 't2' } as const;
const figure = { type: 'figure', id: 'f1' } as const;
const figureTable = { type: 'table', id: 't3' } as const;
const definitions = { type: 'definitions', id: 'd1' } as const;

const cell = (
  id: string,
  text: string,
  within: Container[],
  header = false,
  extra: Partial<NonNullable<Block['cell']>> = {},
): Block => ({ id, kind: 'cell', text, within, cell: { header, ...extra } });

export const RICH_BLOCKS: Block[] = [
  { id: 'h-intro', kind: 'heading', level: 2, text: 'Inline formatting' },
  marked,
  {
    id: 'break',
    kind: 'paragraph',
    text: 'A line that breaks here\nand goes on after the break.',
  },
  { id: 'h-lists', kind: 'heading', level: 2, text: 'Lists' },
  {
    id: 'li3',
    kind: 'paragraph',
    text: 'Third, as the author numbered it.',
    within: [notesList, item('i3')],
  },
  {
    id: 'li4',
    kind: 'paragraph',
    text: 'Fourth, with a second paragraph below.',
    within: [notesList, item('i4')],
  },
  {
    id: 'li4b',
    kind: 'paragraph',
    text: 'The second paragraph of the fourth.',
    within: [notesList, item('i4')],
  },
  {
    id: 'li4n',
    kind: 'paragraph',
    text: 'A nested bullet.',
    within: [notesList, item('i4'), nestedList, item('i4n')],
  },
  {
    id: 'task-done',
    kind: 'paragraph',
    text: 'Write the renderer.',
    within: [tasks, item('ti1', true)],
  },
  { id: 'task-open', kind: 'paragraph', text: 'Ship it.', within: [tasks, item('ti2', false)] },
  { id: 'h-boxes', kind: 'heading', level: 2, text: 'Quotes and notes' },
  {
    id: 'q1',
    kind: 'paragraph',
    text: 'A quoted paragraph.',
    within: [{ type: 'quote', id: 'q' }],
  },
  {
    id: 'q2',
    kind: 'paragraph',
    text: 'Its second paragraph.',
    within: [{ type: 'quote', id: 'q' }],
  },
  {
    id: 'aside1',
    kind: 'paragraph',
    text: 'Call close() when done; the handle is not freed otherwise.',
    within: [{ type: 'aside', id: 'a1', label: 'Warning' }],
    marks: [{ type: 'code', start: 5, end: 12 }],
  },
  { id: 'h-tables', kind: 'heading', level: 2, text: 'Tables' },
  cell('th-name', 'Name', [table, row('r0', true)], true),
  cell('th-value', 'Value', [table, row('r0', true)], true, { align: 'right' }),
  cell('td-a', 'alpha', [table, row('r1', false)], false),
  cell('td-a-v', '1', [table, row('r1', false)], false, { align: 'right' }),
  cell('td-b', 'beta and gamma, spanning two rows', [table, row('r2', false)], false, {
    rowSpan: 2,
  }),
  cell('td-b-v', '2', [table, row('r2', false)], false, { align: 'right' }),
  cell('td-c-v', '3', [table, row('r3', false)], false, { align: 'right' }),
  cell(
    'td-total',
    'A cell across both columns, with a highlight inside it.',
    [table, row('r4', false)],
    false,
    {
      colSpan: 2,
    },
  ),
  ...Array.from({ length: WIDE_TABLE_COLUMNS }, (_, i) =>
    cell(`wide-h${i}`, `Column heading ${i + 1}`, [wide, row('w0', true)], true),
  ),
  ...Array.from({ length: WIDE_TABLE_COLUMNS }, (_, i) =>
    cell(`wide-d${i}`, `value_${i + 1}_without_breaks`, [wide, row('w1', false)]),
  ),
  cell('ft-h', 'Flag', [figure, figureTable, row('fr0', true)], true),
  cell('ft-d', 'O_RDONLY', [figure, figureTable, row('fr1', false)], false),
  { id: 'f-caption', kind: 'caption', text: 'Flags a file is opened with.', within: [figure] },
  { id: 'h-defs', kind: 'heading', level: 2, text: 'Definitions and code' },
  {
    id: 'term1',
    kind: 'term',
    text: 'total(items)',
    within: [definitions],
    marks: [{ type: 'code', start: 0, end: 12 }],
  },
  {
    id: 'desc1',
    kind: 'paragraph',
    text: 'Adds the items up.',
    within: [definitions, { type: 'description', id: 'dd1' }],
  },
  {
    id: 'desc1b',
    kind: 'paragraph',
    text: 'Returns 0 for no items.',
    within: [definitions, { type: 'description', id: 'dd1' }],
  },
  { id: 'code', kind: 'code', language: 'python', text: CODE_TEXT },
  { id: 'rule', kind: 'rule', text: '' },
  {
    id: 'after-rule',
    kind: 'paragraph',
    text: 'After the break, a second reference to the same note.1',
    marks: [
      over('After the break, a second reference to the same note.1', '1', {
        type: 'note-ref',
        note: 'fn1',
      }),
    ],
  },
  {
    id: 'fn1-text',
    kind: 'paragraph',
    text: NOTE_TEXT,
    within: [{ type: 'footnote', id: 'fn1', label: '1' }],
    marks: [
      over(NOTE_TEXT, 'a web link', {
        type: 'link',
        target: { kind: 'web', url: 'https://example.org/source' },
      }),
    ],
  },
];

function withSummary(id: string, title: string, blocks: Block[]): Article {
  const words = blocks
    .map((b) => b.text)
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return {
    id,
    title,
    language: 'en',
    tags: [],
    summary: blocks.find((b) => b.kind === 'paragraph')?.text.slice(0, 100) ?? '',
    wordCount: words,
    readingMinutes: Math.max(1, Math.round(words / 230)),
    contentHash: `${id}-${blocks.length}`,
    blocks,
  };
}

export const RICH_ARTICLE: Article = withSummary(RICH_ID, RICH_TITLE, RICH_BLOCKS);

export const OTHER_ARTICLE: Article = withSummary(OTHER_ID, OTHER_TITLE, [
  { id: 'n0', kind: 'paragraph', text: 'The neighbour starts here.' },
  { id: 'n1', kind: 'paragraph', text: 'The linked paragraph of the neighbour.' },
]);
