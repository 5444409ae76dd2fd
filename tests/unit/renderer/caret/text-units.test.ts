import { describe, expect, it } from 'vitest';
import {
  firstSentence,
  nextSentenceEnd,
  sentenceAt,
} from '../../../../renderer/src/caret/text-units';

// From the kernel's admin guide, as the compiler stores it.
const TEXT =
  'The kernel parses parameters from the kernel command line up to "--". ' +
  'If the parser does not recognize a parameter, it is passed to init. ' +
  'See Documentation/admin-guide/README.rst for more.';

const slice = (span: { start: number; end: number } | null) =>
  span ? TEXT.slice(span.start, span.end) : null;

describe('sentenceAt', () => {
  it('finds the sentence around an offset, without the space after it', () => {
    expect(slice(sentenceAt(TEXT, 0, 'en'))).toBe(
      'The kernel parses parameters from the kernel command line up to "--".',
    );
    expect(slice(sentenceAt(TEXT, TEXT.indexOf('parser'), 'en'))).toBe(
      'If the parser does not recognize a parameter, it is passed to init.',
    );
  });

  it('keeps a file name with dots inside one sentence', () => {
    expect(slice(sentenceAt(TEXT, TEXT.indexOf('README'), 'en'))).toBe(
      'See Documentation/admin-guide/README.rst for more.',
    );
  });

  it('takes the next sentence from the space between two', () => {
    const gap = TEXT.indexOf(' If');
    expect(slice(sentenceAt(TEXT, gap, 'en'))).toBe(
      'If the parser does not recognize a parameter, it is passed to init.',
    );
  });

  it('takes the last sentence at the end of the text and nothing in an empty block', () => {
    expect(slice(sentenceAt(TEXT, TEXT.length, 'en'))).toBe(
      'See Documentation/admin-guide/README.rst for more.',
    );
    expect(sentenceAt('', 0, 'en')).toBeNull();
    expect(sentenceAt('   ', 1, 'en')).toBeNull();
  });

  it('cuts Chinese sentences at their full stops', () => {
    const chinese = '内核从命令行解析参数。如果解析器无法识别参数，它会传给 init。';
    const first = '内核从命令行解析参数。';
    expect(sentenceAt(chinese, 2, 'zh')).toEqual({ start: 0, end: first.length });
    expect(chinese.slice(first.length, sentenceAt(chinese, 12, 'zh')!.end)).toBe(
      '如果解析器无法识别参数，它会传给 init。',
    );
  });
});

describe('nextSentenceEnd', () => {
  it('steps a selection end forward one sentence at a time', () => {
    const first = nextSentenceEnd(TEXT, 0, 'en')!;
    expect(TEXT.slice(0, first)).toMatch(/"--"\.$/);
    const second = nextSentenceEnd(TEXT, first, 'en')!;
    expect(TEXT.slice(first, second).trim()).toBe(
      'If the parser does not recognize a parameter, it is passed to init.',
    );
    const third = nextSentenceEnd(TEXT, second, 'en')!;
    expect(third).toBe(TEXT.length);
    expect(nextSentenceEnd(TEXT, third, 'en')).toBeNull();
  });

  it('finishes a sentence the selection ends inside', () => {
    const inside = TEXT.indexOf('command');
    expect(TEXT.slice(0, nextSentenceEnd(TEXT, inside, 'en')!)).toMatch(/"--"\.$/);
  });
});

describe('firstSentence', () => {
  it('skips leading space', () => {
    expect(firstSentence('  One. Two.', 'en')).toEqual({ start: 2, end: 6 });
    expect(firstSentence('', 'en')).toBeNull();
  });
});
