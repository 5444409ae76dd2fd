// A reST paragraph indented past the text around it is a block quote, as
// docutils reads it, with its attribution as text; an indented paragraph
// that is an item's, a definition's, a literal block or a directive's body
// is not.
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../compiler/plaintext';
// Every document below is reST: the licence tag on top says so.
import { restBlocks as blocks } from '../../support/rest-source';
import type { DraftBlock } from '../../../compiler/types';

/** Kind, text and the containers around each block, as "q1>q2". */
const shapes = (list: DraftBlock[]) =>
  list.map((block) => [
    block.kind,
    block.text,
    (block.within ?? []).map((container) => container.id).join('>'),
  ]);

describe('reST block quotes', () => {
  it('quotes indented paragraphs, nested deeper ones, and keeps the attribution as text', () => {
    expect(
      shapes(
        blocks(
          'Linus wrote:',
          '',
          '    Talk is cheap.',
          '    Show me the code.',
          '',
          '        Nested deeper.',
          '',
          '    -- Linus Torvalds',
          '',
          'Back in the text.',
          '',
          '    A second quote.',
        ),
      ),
    ).toEqual([
      ['paragraph', 'Linus wrote:', ''],
      ['paragraph', 'Talk is cheap. Show me the code.', 'q1'],
      ['paragraph', 'Nested deeper.', 'q1>q2'],
      ['paragraph', '-- Linus Torvalds', 'q1'],
      ['paragraph', 'Back in the text.', ''],
      ['paragraph', 'A second quote.', 'q3'],
    ]);
  });

  it('quotes a paragraph indented past an item’s text, a note’s or a definition’s', () => {
    expect(
      shapes(
        blocks(
          '- An item.',
          '',
          '  Its second paragraph.',
          '',
          '      Quoted in the item.',
          '',
          '.. note::',
          '',
          '   Careful.',
          '',
          '      Quoted in the note.',
          '',
          'term',
          '    Its definition.',
          '',
          '        Quoted in the definition.',
        ),
      ),
    ).toEqual([
      ['paragraph', 'An item.', 'l1>i1'],
      ['paragraph', 'Its second paragraph.', 'l1>i1'],
      ['paragraph', 'Quoted in the item.', 'l1>i1>q1'],
      ['paragraph', 'Careful.', 'a1'],
      ['paragraph', 'Quoted in the note.', 'a1>q2'],
      ['term', 'term', 'd1'],
      ['paragraph', 'Its definition.', 'd1>dd1'],
      ['paragraph', 'Quoted in the definition.', 'd1>dd1>q3'],
    ]);
  });

  it('never quotes a literal block, a directive’s body or plain text’s indented lines', () => {
    expect(
      shapes(
        blocks(
          'Run::',
          '',
          '    make htmldocs',
          '',
          '.. only:: html',
          '',
          '   Shown in HTML.',
          '',
          '.. c:function:: int foo(void)',
          '',
          '   Returns zero.',
        ),
      ),
    ).toEqual([
      ['paragraph', 'Run:', ''],
      ['code', 'make htmldocs', ''],
      ['paragraph', 'Shown in HTML.', ''],
      ['paragraph', 'int foo(void)', ''],
      ['paragraph', 'Returns zero.', ''],
    ]);
    expect(
      shapes(parsePlainText('Some notes here.\n\n    Indented in plain text.\n').blocks),
    ).toEqual([
      ['paragraph', 'Some notes here.', ''],
      ['paragraph', 'Indented in plain text.', ''],
    ]);
  });
});
