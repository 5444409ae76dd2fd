// reST definition lists read as the reader's terms and descriptions, the
// shape HTML `dl`s compile to, while the runs that share their look (field
// lists, option lists, literal blocks, directive bodies, indented
// paragraphs) stay what they were.
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../compiler/plaintext';
// Every document below is reST: the licence tag on top says so.
import { restBlocks as blocks } from '../../support/rest-source';
import type { DraftBlock } from '../../../compiler/types';

/** Kind, text and the container types around each block, as "definitions>description". */
const shapes = (list: DraftBlock[]) =>
  list.map((block) => [
    block.kind,
    block.text,
    (block.within ?? []).map((container) => container.type).join('>'),
  ]);

describe('reST definition lists', () => {
  it('makes terms and descriptions of a term line and the lines indented below it', () => {
    const list = blocks(
      'The module takes these parameters.',
      '',
      'tuner',
      '        The tuner driver.  Needed unless the board',
      '        has no analog tuner.',
      'card : int',
      '        Which card this is.',
      '',
      '        Counted from ``0``.',
      '',
      '``radio``',
      '        Enables the radio.',
      '',
      'After the list.',
    );
    expect(shapes(list)).toEqual([
      ['paragraph', 'The module takes these parameters.', ''],
      ['term', 'tuner', 'definitions'],
      [
        'paragraph',
        'The tuner driver. Needed unless the board has no analog tuner.',
        'definitions>description',
      ],
      ['term', 'card : int', 'definitions'],
      ['paragraph', 'Which card this is.', 'definitions>description'],
      ['paragraph', 'Counted from 0.', 'definitions>description'],
      ['term', 'radio', 'definitions'],
      ['paragraph', 'Enables the radio.', 'definitions>description'],
      ['paragraph', 'After the list.', ''],
    ]);
    // One list; each term its own description.
    const ids = (kind: string) =>
      new Set(
        list.flatMap((b) => (b.within ?? []).filter((c) => c.type === kind).map((c) => c.id)),
      );
    expect(ids('definitions').size).toBe(1);
    expect(ids('description').size).toBe(3);
    expect(list[6]?.marks).toEqual([{ type: 'code', start: 0, end: 5 }]);
  });

  it('keeps lists, code and nested definitions inside a description', () => {
    const list = blocks(
      'mode',
      '   One of:',
      '',
      '   - ``auto``',
      '   - ``manual``',
      '',
      '   For example::',
      '',
      '       echo auto > mode',
      '',
      '   inner',
      '       A nested term.',
    );
    expect(shapes(list)).toEqual([
      ['term', 'mode', 'definitions'],
      ['paragraph', 'One of:', 'definitions>description'],
      ['paragraph', 'auto', 'definitions>description>list>item'],
      ['paragraph', 'manual', 'definitions>description>list>item'],
      ['paragraph', 'For example:', 'definitions>description'],
      ['code', 'echo auto > mode', 'definitions>description'],
      ['term', 'inner', 'definitions>description>definitions'],
      ['paragraph', 'A nested term.', 'definitions>description>definitions>description'],
    ]);
  });

  it('leaves field lists, option lists, bullets and directive bodies as they were', () => {
    const list = blocks(
      ':Author: Jane Doe',
      '    and John Roe',
      '',
      '-v, --verbose',
      '    Says more.',
      '',
      '- an item',
      '  wrapped',
      '',
      '.. note:: Careful',
      '   here.',
      '',
      'Example::',
      '',
      '    int x;',
      '        x = 1;',
    );
    expect(shapes(list)).toEqual([
      ['paragraph', ':Author: Jane Doe and John Roe', ''],
      ['paragraph', '-v, --verbose Says more.', ''],
      ['paragraph', 'an item wrapped', 'list>item'],
      ['paragraph', 'Careful here.', 'aside'],
      ['paragraph', 'Example:', ''],
      ['code', 'int x;\n    x = 1;', ''],
    ]);
  });

  it('reads a "::" line with its code right below it as a literal block, not a term', () => {
    expect(
      shapes(blocks('For level 4::', '    turbo-freq:disabled', '    base-freq:unsupported')),
    ).toEqual([
      ['paragraph', 'For level 4:', ''],
      ['code', 'turbo-freq:disabled\nbase-freq:unsupported', ''],
    ]);
  });

  it('reads definition lists only in reST: plain text keeps its hanging lines as a paragraph', () => {
    const plain = parsePlainText('Some notes here.\n\ntuner\n    The tuner driver.\n').blocks;
    expect(shapes(plain)).toEqual([
      ['paragraph', 'Some notes here.', ''],
      ['paragraph', 'tuner The tuner driver.', ''],
    ]);
  });

  it('reads a definition list of 10,000 terms in one run in seconds, not a minute', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => [
      `term${i}`,
      `    definition ${i}`,
    ]).flat();
    const started = performance.now();
    const list = blocks(...lines);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(list).toHaveLength(20_000);
    expect(list.at(-1)?.within?.map((container) => container.type)).toEqual([
      'definitions',
      'description',
    ]);
  });
});
