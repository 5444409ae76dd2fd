// Random sources into the compiler: whatever the bytes, each file becomes an
// article or a rejection with one readable line, never a crash and never a
// 'compiler-error' (the code for a bug in the compiler itself).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../common/model';
import { compileSource } from '../../main/content/compiler/index';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);

/** Fragments that mean something to one of the parsers, to be shuffled together. */
const markup = fc.constantFrom(
  '---\n',
  'title: ',
  'id: ',
  '../',
  '\n\n',
  '# ',
  '> ',
  '- ',
  '1. ',
  '```\n',
  '    ',
  '*',
  '_',
  '[link](javascript:x)',
  '![i](x.png)',
  '<div>',
  '</div>',
  '<p>',
  '<script>',
  '</script>',
  '<!--',
  '-->',
  '<svg onload=x>',
  '&amp;',
  '&#0;',
  '\u0000',
  '\ufeff',
  '\u202e',
  '\r\n',
  '\t',
  'é',
  'e\u0301',
  '😀',
  '\ud800',
  ':',
  '{',
  '[',
  '"',
  "'",
  '&',
  'word ',
  'Word. ',
);
const source = fc.oneof(
  fc.array(markup, { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ maxLength: 400 }),
);
const bytes = fc.oneof(
  source.map((text) => new TextEncoder().encode(text)),
  fc.uint8Array({ maxLength: 400 }),
);

function check(path: string, input: Uint8Array): void {
  const result = compileSource({ path, bytes: input });
  if ('article' in result) {
    expect(ArticleSchema.safeParse(result.article).success).toBe(true);
    return;
  }
  const { code, reason } = result.rejection;
  expect(code, reason).not.toBe('compiler-error');
  expect(reason.length).toBeGreaterThan(0);
  expect(reason).not.toMatch(/\n/);
}

describe('the compiler, fed random sources', () => {
  it.each(['random.md', 'random.txt', 'random.html'])(
    '%s: an article or a one-line rejection, every time',
    (path) => {
      fc.assert(
        fc.property(bytes, (input) => check(path, input)),
        { numRuns: RUNS },
      );
    },
    60_000,
  );
});
