import { describe, expect, it } from 'vitest';
import { compileSource } from '../../../compiler/index';
import { InlineText } from '../../../compiler/inline-text';

function compileHtml(html: string) {
  const result = compileSource({ path: 'x.html', bytes: new TextEncoder().encode(html) });
  if ('rejection' in result) throw new Error(result.rejection.reason);
  return result.article.blocks;
}

describe('a block built from pieces is NFC as a whole', () => {
  it('composes a combining mark the HTML tokenizer hands over apart from its base', () => {
    // "<" + U+0338 is "≮" in NFC; a tokenizer meeting "<" where a tag
    // could start yields it apart from the character after it.
    const [block] = compileHtml('a <\u0338 b');
    expect(block?.text).toBe('a \u226e b');
  });

  it('keeps an accent that follows a marked base letter in an HTML page inside the mark', () => {
    const [block] = compileHtml('<p>x <code>e</code>\u0301t\u00e9</p>');
    expect(block?.text).toBe('x \u00e9t\u00e9');
    expect(block?.marks).toEqual([{ type: 'code', start: 2, end: 3 }]);
  });

  it('composes across pieces appended one by one', () => {
    const inline = new InlineText();
    inline.append('cafe');
    inline.append('\u0301');
    inline.append(' noir');
    expect(inline.take().text).toBe('caf\u00e9 noir');
  });

  it('keeps a composed character whole inside the mark that ends at its base', () => {
    const inline = new InlineText();
    inline.append('x ');
    inline.marked({ type: 'code' }, 'e');
    inline.append('\u0301 y');
    const { text, marks } = inline.take();
    expect(text).toBe('x \u00e9 y');
    expect(marks).toEqual([{ type: 'code', start: 2, end: 3 }]);
  });

  it('moves a mark that starts at the combining mark to before its base', () => {
    const inline = new InlineText();
    inline.append('e');
    inline.marked({ type: 'emphasis' }, '\u0301t\u00e9');
    const { text, marks } = inline.take();
    expect(text).toBe('\u00e9t\u00e9');
    expect(marks).toEqual([{ type: 'emphasis', start: 0, end: 3 }]);
  });

  it('composes Hangul jamo split between pieces into one syllable', () => {
    const inline = new InlineText();
    inline.append('\u1112');
    inline.append('\u1161\u11ab');
    expect(inline.take().text).toBe('\ud55c');
  });
});
