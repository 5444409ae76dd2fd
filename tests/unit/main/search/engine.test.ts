// What a reader notices about search: the order of results, phrases and
// exclusions, typing as you go, typos, filters, and passages with their marks.
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../common/model';
import { buildSearchIndex } from '../../../../main/search/build-index';
import { CompactIndex } from '../../../../main/search/compact-index';
import { makeSnippet } from '../../../../main/search/passages';
import { article } from '../../../support/collection-fixture';
import { engineFor } from '../../../support/search-fixture';

const heading = (id: string, text: string): Block => ({ id, kind: 'heading', level: 2, text });

const articles = [
  article('owls', 'Owls at Night', [
    heading('owls-h1', 'Hunting'),
    'Owls hunt at night. An owl hears a mouse under the snow.',
    heading('owls-h2', 'Nesting'),
    'Barn owls nest in old barns and hollow trees.',
  ]),
  article('barns', 'Old Barns of the Valley', [
    'The barns were built of oak. Swallows nest under the eaves.',
    'A barn owl was seen once.',
  ]),
  article('mice', 'Field Mice', ['A mouse eats seeds. Mice store seeds for the winter.'], {
    tags: ['Small mammals'],
  }),
  article('snow', 'Winter Notes', ['Snow fell on the valley all night long.'], {
    tags: ['weather'],
  }),
];
const engine = engineFor(articles);
const ids = (query: string) => engine.search(query).hits.map((h) => h.articleId);

describe('ranking', () => {
  it('puts articles with every word first, then the best single matches', () => {
    expect(ids('barn owl')).toEqual(['owls', 'barns']);
    expect(ids('owl')[0]).toBe('owls');
    expect(ids('snow night')).toEqual(['owls', 'snow']);
  });

  it('ranks a title match above a passing mention', () => {
    expect(ids('mouse')).toEqual(['mice', 'owls']);
  });

  it('matches word forms through the stemmer', () => {
    expect(ids('hunting')).toEqual(['owls']);
    expect(ids('nests')).toEqual(['owls', 'barns']);
  });

  it('scores exactly as a plain Lunr index of the same documents does', () => {
    const compact = new CompactIndex(buildSearchIndex(articles, 'h'));
    const plain = lunr(function () {
      this.ref('n');
      this.field('title', { boost: 10 });
      this.field('tags', { boost: 5 });
      this.field('body');
      articles.forEach((a, n) =>
        this.add({
          n: String(n),
          title: a.title,
          tags: a.tags.join(' '),
          body: a.blocks.map((b) => b.text).join('\n'),
        }),
      );
    });
    for (const word of ['owl', 'barn', 'night', 'seed']) {
      const ours = compact.query((q) =>
        q.term(lunr.stemmer(new lunr.Token(word, {})).toString(), { usePipeline: false }),
      );
      const theirs = plain.query((q) => q.term(word, {}));
      expect(ours.map((r) => r.ref)).toEqual(theirs.map((r) => r.ref));
      ours.forEach((r, i) => expect(r.score).toBeCloseTo(theirs[i]!.score, 2));
    }
  });
});

describe('query features', () => {
  it('checks "quoted phrases" against the text', () => {
    expect(ids('"barn owl"')).toEqual(['owls', 'barns']);
    expect(ids('"owl barn"')).toEqual([]);
    expect(ids('"hollow trees"')).toEqual(['owls']);
  });

  it('leaves out -excluded words and phrases', () => {
    expect(ids('barn -swallows')).toEqual(['owls']);
    expect(ids('barn -"hollow trees"')).toEqual(['barns']);
    expect(ids('-owl')).toEqual([]);
  });

  it('matches the word being typed as a prefix', () => {
    expect(ids('swal')).toEqual(['barns']);
    expect(ids('swal ')).toEqual([]);
  });

  it('retries with one typo allowed when nothing matches exactly, and says so', () => {
    const results = engine.search('swalows');
    expect(results.hits.map((h) => h.articleId)).toEqual(['barns']);
    expect(results.typoTolerant).toBe(true);
    expect(engine.search('swallows').typoTolerant).toBe(false);
  });

  it('filters by title: and tag:', () => {
    expect(ids('title:barns')).toEqual(['barns']);
    expect(ids('owl title:night')).toEqual(['owls']);
    expect(ids('tag:weather')).toEqual(['snow']);
    expect(ids('night tag:weather')).toEqual(['snow']);
    expect(ids('tag:"small mammals"')).toEqual(['mice']);
  });

  it('counts every matching article and returns the best ones', () => {
    const results = engine.search('night', { limit: 1 });
    expect(results.total).toBe(2);
    expect(results.hits).toHaveLength(1);
  });
});

describe('passages', () => {
  it('finds a picture by its alt text, and a passage in a table cell or a footnote where it is', () => {
    const rich = engineFor([
      article('hashes', 'Hash Functions', [
        'A tree of hashes combines leaves into nodes.',
        {
          id: 'hashes-img',
          kind: 'image',
          text: '',
          image: {
            src: 'assets/0123456789abcdef0123456789abcdef.png',
            alt: 'Explanation of tree mode parameters.',
            width: 500,
            height: 320,
          },
          within: [{ type: 'figure', id: 'f1' }],
        },
        {
          id: 'hashes-cell',
          kind: 'cell',
          text: 'blake2b digest size',
          cell: { header: false },
          within: [
            { type: 'table', id: 't1' },
            { type: 'row', id: 'r1', header: false },
          ],
        },
        {
          id: 'hashes-note',
          kind: 'paragraph',
          text: 'Salted hashing resists precomputed tables.',
          within: [{ type: 'footnote', id: 'fn-1', label: '1' }],
        },
      ]),
    ]);
    const where = (query: string) => {
      const passage = rich.search(query).hits[0]?.passages[0];
      return (
        passage && [
          passage.blockId,
          passage.ranges.map((r) => passage.snippet.slice(r.start, r.end)),
        ]
      );
    };
    expect(where('parameters')).toEqual(['hashes-img', ['parameters']]);
    expect(where('digest')).toEqual(['hashes-cell', ['digest']]);
    expect(where('precomputed')).toEqual(['hashes-note', ['precomputed']]);
  });

  it('names the block, its section heading and the matched words in the snippet', () => {
    const [hit] = engine.search('mouse').hits.filter((h) => h.articleId === 'owls');
    const passage = hit!.passages[0]!;
    expect(passage.blockId).toBe('owls-b1');
    expect(passage.sectionHeading).toBe('Hunting');
    const marked = passage.ranges.map((r) => passage.snippet.slice(r.start, r.end));
    expect(marked).toEqual(['mouse']);
  });

  it('marks every form of the word and whole phrases', () => {
    const hit = engine.search('mice').hits[0]!;
    expect(hit.articleId).toBe('mice');
    const passage = hit.passages[0]!;
    expect(passage.ranges.map((r) => passage.snippet.slice(r.start, r.end))).toEqual(['Mice']);
    const phrase = engine.search('"barn owls"').hits[0]!.passages[0]!;
    expect(phrase.ranges.map((r) => phrase.snippet.slice(r.start, r.end))).toEqual(['Barn owls']);
  });

  it('lists every match of an article in reading order, for the reader', () => {
    const { matches } = engine.searchInArticle('owls', 'owl');
    expect(matches.map((m) => [m.blockId, m.start, m.end])).toEqual([
      ['owls-b1', 0, 4],
      ['owls-b1', 23, 26],
      ['owls-b3', 5, 9],
    ]);
    expect(engine.searchInArticle('snow', 'owl').matches).toEqual([]);
  });

  it('cuts long blocks around the matches, at spaces, with ellipses and shifted ranges', () => {
    const text = `${'word '.repeat(100)}target here ${'more '.repeat(100)}`.trim();
    const start = text.indexOf('target');
    const snippet = makeSnippet(text, [{ start, end: start + 6 }]);
    expect(snippet.text.startsWith('…word')).toBe(true);
    expect(snippet.text.endsWith('more…')).toBe(true);
    expect(snippet.text.length).toBeLessThan(220);
    const [range] = snippet.ranges;
    expect(snippet.text.slice(range!.start, range!.end)).toBe('target');
  });

  it('keeps short blocks whole', () => {
    expect(makeSnippet('A short one.', [{ start: 2, end: 7 }])).toEqual({
      text: 'A short one.',
      ranges: [{ start: 2, end: 7 }],
    });
  });
});

describe('highlight notes beside the text', () => {
  const notes = [
    { id: 'n1', articleId: 'snow', blockId: 'snow-b0', text: 'Reminds me of the owl I saw.' },
    { id: 'n2', articleId: 'mice', blockId: 'mice-b0', text: 'Check how many seeds.' },
  ];
  const withNotes = engineFor(articles, { notes: { notes: () => notes } });

  it('lists an article whose only match is a note, with the note as its passage', () => {
    const results = withNotes.search('owl');
    const snow = results.hits.find((h) => h.articleId === 'snow');
    expect(snow?.passages[0]).toMatchObject({ blockId: 'snow-b0', fromNote: true });
    expect(results.total).toBe(engine.search('owl').total + 1);
  });

  it('puts a matching note ahead of the text passages of its article', () => {
    const mice = withNotes.search('seeds').hits.find((h) => h.articleId === 'mice')!;
    expect(mice.passages[0]).toMatchObject({ fromNote: true, snippet: 'Check how many seeds.' });
    expect(mice.passages.length).toBeGreaterThan(1);
  });
});
