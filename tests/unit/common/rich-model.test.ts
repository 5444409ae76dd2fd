import { describe, expect, it } from 'vitest';
import { BlockSchema, LinkTargetSchema } from '../../../common/model';

describe('the rich text model', () => {
  it('accepts marks, structure and cells over a block', () => {
    const block = {
      id: 'b1',
      kind: 'cell',
      text: 'os.walk yields',
      marks: [
        { type: 'code', start: 0, end: 7 },
        { type: 'link', start: 0, end: 7, target: { kind: 'article', article: 'os', block: 'b9' } },
      ],
      within: [
        { type: 'table', id: 't1' },
        { type: 'row', id: 'r1', header: false },
      ],
      cell: { header: false, align: 'right' },
    };
    expect(BlockSchema.parse(block)).toEqual(block);
  });

  it('refuses a mark that runs past the text, naming it', () => {
    const result = BlockSchema.safeParse({
      id: 'b1',
      kind: 'paragraph',
      text: 'short',
      marks: [{ type: 'strong', start: 2, end: 9 }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/strong mark runs 2-9, outside the block's 5/);
  });

  it('refuses an empty mark', () => {
    const result = BlockSchema.safeParse({
      id: 'b1',
      kind: 'paragraph',
      text: 'short',
      marks: [{ type: 'emphasis', start: 2, end: 2 }],
    });
    expect(result.success).toBe(false);
  });

  it('never lets a javascript: or file: address be a web link', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'JAVASCRIPT:x',
    ])
      expect(LinkTargetSchema.safeParse({ kind: 'web', url }).success, url).toBe(false);
    for (const url of ['https://example.org/', 'http://a.b/c', 'mailto:a@b.org'])
      expect(LinkTargetSchema.safeParse({ kind: 'web', url }).success, url).toBe(true);
  });
});
