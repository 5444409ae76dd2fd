// Explicit markup blocks written one after another without blank lines
// (a target above its note, a run of kernel-doc directives) are each read
// as their own block, as docutils reads them, so none hides the next.
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../compiler/plaintext';

const rest = (...lines: string[]) =>
  ['.. SPDX-License-Identifier: GPL-2.0', '', ...lines, ''].join('\n');

describe('explicit markup one block after another', () => {
  it('reads a target, a note and directives written on consecutive lines each on its own', () => {
    const parsed = parsePlainText(
      rest(
        'Intro.',
        '',
        '.. _careful:',
        '.. note:: Careful here.',
        '.. kernel-doc:: include/linux/a.h',
        '   :export:',
        '.. kernel-doc:: include/linux/b.h',
        '.. Two comment lines',
        '.. stay one comment.',
      ),
    );
    expect(parsed.blocks.map((block) => [block.text, block.anchors, block.within])).toEqual([
      ['Intro.', undefined, undefined],
      ['Careful here.', ['careful'], [{ type: 'aside', id: 'a1', label: 'Note' }]],
    ]);
    expect(parsed.warnings?.map((warning) => [warning.line, warning.code])).toEqual([
      [7, 'not-included'],
      [9, 'not-included'],
      [10, 'comment'],
    ]);
  });

  it('reads a comment right below the licence tag as a comment of its own', () => {
    const parsed = parsePlainText(
      '.. SPDX-License-Identifier: GPL-2.0\n.. See the end.\n\nText.\n',
    );
    expect(parsed.blocks.map((block) => block.text)).toEqual(['Text.']);
    expect(parsed.warnings?.map((warning) => [warning.line, warning.code])).toEqual([
      [2, 'comment'],
    ]);
  });

  it('reads an item that starts with a target or a comment as markup, not as its text', () => {
    const parsed = parsePlainText(
      rest(
        'Flags:',
        '',
        '* .. _`FLAG-FALLBACK`:',
        '',
        '  - ``FLAG_FALLBACK``',
        '  - Falls back.',
        '* .. row 2',
        '',
        '  - ``FLAG_OTHER``',
      ),
    );
    expect(parsed.blocks.map((block) => [block.text, block.labels])).toEqual([
      ['Flags:', undefined],
      ['FLAG_FALLBACK', ['flag-fallback']],
      ['Falls back.', undefined],
      ['FLAG_OTHER', undefined],
    ]);
    expect(parsed.warnings?.map((warning) => [warning.line, warning.code])).toEqual([
      [9, 'comment'],
    ]);
  });

  it('reads 20,000 citations written one a line in seconds, not minutes', () => {
    const citations = Array.from({ length: 20_000 }, (_, i) => `.. [c${i}] Cited ${i}.`);
    const started = performance.now();
    const parsed = parsePlainText(rest('See [c1]_.', '', ...citations));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(parsed.blocks).toHaveLength(20_001);
    expect(parsed.blocks.at(-1)?.text).toBe('Cited 19999.');
  });

  it('keeps a kernel-render diagram’s source as code, not as prose or terms', () => {
    const parsed = parsePlainText(
      rest(
        '.. kernel-render:: DOT',
        '   :alt: KMS objects',
        '',
        '   digraph {',
        '      a -> b',
        '   }',
      ),
    );
    expect(parsed.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['code', 'digraph {\n   a -> b\n}'],
    ]);
  });
});
