// Block ids anchor highlights and bookmarks: stable for an unchanged article,
// unchanged for blocks an edit did not touch, unique within an article.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockKindSchema, type Article } from '../../../common/model';
import { normalizeProse } from '../../../common/text';
import { compileSource } from '../../../compiler/index';
import { assignBlockIds } from '../../../compiler/blocks';

function compile(text: string, name = 'article.md'): Article {
  const result = compileSource({ path: name, bytes: new TextEncoder().encode(text) });
  if ('rejection' in result) throw new Error(result.rejection.reason);
  return result.article;
}

const source = `---
title: Ids
---

First paragraph.

## A Heading

Second paragraph, which will be edited.

Third paragraph.

Third paragraph.
`;

describe('block ids', () => {
  it('are the same across two compiles of an unchanged article', () => {
    const first = compile(source);
    const second = compile(source);
    expect(second.blocks).toEqual(first.blocks);
    expect(second.contentHash).toBe(first.contentHash);
  });

  it('stay the same for untouched blocks when another paragraph is edited', () => {
    const before = compile(source);
    const after = compile(source.replace('which will be edited', 'which was edited'));
    const idsBefore = before.blocks.map((b) => b.id);
    const idsAfter = after.blocks.map((b) => b.id);
    expect(idsAfter[2]).not.toBe(idsBefore[2]);
    expect(idsAfter.filter((_, i) => i !== 2)).toEqual(idsBefore.filter((_, i) => i !== 2));
    expect(after.contentHash).not.toBe(before.contentHash);
  });

  it('stay the same when a paragraph is inserted before them', () => {
    const before = compile(source);
    const after = compile(source.replace('First paragraph.', 'New opening.\n\nFirst paragraph.'));
    expect(after.blocks.slice(1).map((b) => b.id)).toEqual(before.blocks.map((b) => b.id));
  });

  it('number repeated identical blocks', () => {
    const ids = compile(source).blocks.map((b) => b.id);
    expect(ids[3]).toMatch(/^b[0-9a-f]{10}$/);
    expect(ids[4]).toBe(`${ids[3]}-2`);
  });

  it('are unique for any list of blocks', () => {
    const draft = fc.record({
      kind: fc.constantFrom(...BlockKindSchema.options),
      text: fc.constantFrom('a', 'b', 'same text', ''),
    });
    fc.assert(
      fc.property(fc.array(draft, { maxLength: 40 }), (drafts) => {
        const ids = assignBlockIds(drafts).map((b) => b.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });
});

describe('any input', () => {
  it('compiles or is rejected, never throws, and yields normalised prose', () => {
    const names = fc.constantFrom('x.md', 'x.txt', 'x.html');
    const texts = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc
        .array(
          fc.constantFrom(
            '# ',
            '---\n',
            '==',
            '\n\n',
            '::\n',
            '   ',
            '- ',
            '<p>',
            '</p>',
            'word ',
            '.. ',
            '\t',
            '«é»',
            '\u00a0',
          ),
          { maxLength: 60 },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(names, texts, (name, text) => {
        const result = compileSource({ path: name, bytes: new TextEncoder().encode(text) });
        if ('rejection' in result) {
          expect(result.rejection.code).not.toBe('compiler-error');
          return;
        }
        for (const block of result.article.blocks) {
          // Only a rule, an image (its alt text is elsewhere), an empty table cell or
          // an empty list item (it keeps the numbers after it) has no text.
          const emptyItem = block.within?.at(-1)?.type === 'item';
          if (!['rule', 'image', 'cell'].includes(block.kind) && !emptyItem) {
            expect(block.text).not.toBe('');
          }
          // A hard line break ("\n") is the one whitespace prose keeps.
          if (block.kind !== 'code') {
            for (const line of block.text.split('\n')) expect(line).toBe(normalizeProse(line));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
