// Random sources into the compiler: whatever the bytes, each file becomes an
// article or a rejection with one readable line, never a crash and never a
// 'compiler-error' (the code for a bug in the compiler itself).
import fc from 'fast-check';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../common/model';
import { compileFolder, compileSource } from '../../../compiler/index';
import { slugFromSourcePath } from '../../../compiler/slug';
import { makeTempDir } from '../../support/temp-dir';

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

/** Letters whose composed and decomposed forms differ, in scripts with and without a Latin slug. */
const nameCharacter = fc.constantFrom(
  ...['é', 'ñ', 'Å', 'ガ', 'パ', '가', '한', '글', 'ễ', '日', 'a', '1', '-', ' ', '.'],
);

describe('file names, composed or decomposed', () => {
  it('give the same id in NFC and in NFD, as on macOS', () => {
    fc.assert(
      fc.property(fc.array(nameCharacter, { minLength: 1, maxLength: 12 }), (chars) => {
        const name = `${chars.join('')}.md`;
        expect(slugFromSourcePath(name.normalize('NFD'))).toBe(
          slugFromSourcePath(name.normalize('NFC')),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

/** A fragment repeated thousands of times: the shape of every parser stall found so far. */
const repeated = fc
  .tuple(
    fc.array(markup, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
    fc.integer({ min: 1_000, max: 60_000 }),
    fc.constantFrom('md', 'txt', 'html'),
  )
  .map(([fragment, count, extension]) => ({ text: fragment.repeat(count), extension }));

describe('the compiler, fed repeated fragments under a time budget', () => {
  it('turns every file into an article or a one-line rejection, each within its budget', async () => {
    const dir = await makeTempDir('compiler-fuzz-');
    try {
      const sources = fc.sample(repeated, { numRuns: 12, seed: 10 });
      for (const [i, { text, extension }] of sources.entries()) {
        await writeFile(path.join(dir, `source-${String(i).padStart(2, '0')}.${extension}`), text);
      }
      const compiled = await compileFolder({ sourceDir: dir, budget: { fileTimeoutMs: 3_000 } });
      expect(compiled.fileCount).toBe(sources.length);
      expect(compiled.articles.length + compiled.rejections.length).toBe(sources.length);
      for (const article of compiled.articles) {
        expect(ArticleSchema.safeParse(article).success).toBe(true);
      }
      for (const { code, reason } of compiled.rejections) {
        expect(code, reason).not.toBe('compiler-error');
        expect(reason).not.toMatch(/\n/);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
