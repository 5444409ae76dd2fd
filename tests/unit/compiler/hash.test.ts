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
});
