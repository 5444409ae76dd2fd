import { describe, expect, it } from 'vitest';
import { articleContentHash } from '../../../compiler/hash';
import type { Article } from '../../../common/model';

type Content = Omit<Article, 'id' | 'contentHash'>;

const content = (blocks: Content['blocks']): Content => ({
  title: 'Notes',
  language: 'en',
  tags: [],
  summary: 'Notes.',
  wordCount: 2,
  readingMinutes: 1,
  blocks,
});

describe('articleContentHash', () => {
  const words = { id: 'b1', kind: 'paragraph' as const, text: 'Two words' };

  it('changes when the same words move into a list, a table cell or another code language', () => {
    const plain = articleContentHash(content([words]));
    const listed = articleContentHash(
      content([
        {
          ...words,
          within: [
            { type: 'list', id: 'l1', ordered: true },
            { type: 'item', id: 'i1' },
          ],
        },
      ]),
    );
    const cell = articleContentHash(content([{ ...words, kind: 'cell', cell: { header: true } }]));
    const python = articleContentHash(content([{ ...words, kind: 'code', language: 'python' }]));
    const shell = articleContentHash(content([{ ...words, kind: 'code', language: 'sh' }]));
    expect(new Set([plain, listed, cell, python, shell]).size).toBe(5);
  });

  it('changes when a link leads elsewhere', () => {
    const link = (block: string) =>
      articleContentHash(
        content([
          {
            ...words,
            marks: [
              { type: 'link', start: 0, end: 3, target: { kind: 'article', article: 'a', block } },
            ],
          },
        ]),
      );
    expect(link('x')).not.toBe(link('y'));
  });

  it('keeps the hash of a plain block, so stored highlights of unchanged articles stay current', () => {
    // The value before marks and structure were hashed: a changed hash would
    // send every highlight of every unchanged article through re-anchoring.
    expect(articleContentHash(content([words]))).toMatchInlineSnapshot(
      `"830024c44d8e93426abaf589c3a674d568e86d5e9198dc912ae26328da9bb032"`,
    );
  });

  const rich: Content = {
    title: 'Réglages',
    byline: 'A. Writer',
    source: 'Manual',
    sourceUrl: 'https://example.org/manual',
    published: '2024-05-01',
    language: 'fr',
    tags: ['setup', 'kernel'],
    summary: 'How to set it up.',
    wordCount: 9,
    readingMinutes: 1,
    blocks: [
      { id: 'h1', kind: 'heading', level: 2, text: 'Set up' },
      {
        id: 'p1',
        kind: 'paragraph',
        text: 'Run make "now" \\ then',
        marks: [
          { type: 'code', start: 4, end: 8 },
          { type: 'link', start: 0, end: 3, target: { kind: 'web', url: 'https://example.org/' } },
        ],
      },
      {
        id: 'c1',
        kind: 'cell',
        text: 'é',
        cell: { header: true },
        within: [{ type: 'table', id: 't1' }],
      },
    ],
  };

  it('keeps the hash of an article with every field and structured, marked blocks', () => {
    // Taken before the hash was assembled block by block: the same string is hashed.
    expect(articleContentHash(rich)).toMatchInlineSnapshot(
      `"ac5366295ccb5a80bb43374e584251bf557f48fc53b1f799b6e1985f0ee66812"`,
    );
    expect(articleContentHash({ ...rich, blocks: [] })).toMatchInlineSnapshot(
      `"62e9da04c17813d7c324e3b31993d0d366bdbcf0a53064c54191793af17515e3"`,
    );
  });

  it('hashes the same blocks again as new, whether they are the same objects or copies', () => {
    const first = articleContentHash(rich);
    expect(articleContentHash({ ...rich, title: 'Autre' })).not.toBe(first);
    expect(articleContentHash(structuredClone(rich))).toBe(first);
    const [heading, ...others] = rich.blocks;
    expect(articleContentHash({ ...rich, blocks: others })).not.toBe(first);
    expect(articleContentHash({ ...rich, blocks: [heading!, ...others] })).toBe(first);
  });
});
