// The bundled collection is the seed article: it must read exactly like the
// source, with a title and five section headings. The expected text is a
// fixture here, since the source text it was made from is not in the repository.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../../common/model';
import { compileFile } from '../../../compiler/index';

const seedPath = fileURLToPath(
  new URL('../../../content/articles/north-korean-troops-in-russia.md', import.meta.url),
);
const expected = JSON.parse(
  readFileSync(
    new URL('../../support/fixtures/compiler/seed-expected.json', import.meta.url),
    'utf8',
  ),
) as { title: string; blocks: Array<{ kind: string; level?: number; text: string }> };

async function compileSeed() {
  const result = await compileFile(seedPath);
  if ('rejection' in result) throw new Error(result.rejection.reason);
  return result.article;
}

describe('the bundled seed article', () => {
  it('has a descriptive title, English, tags, and no invented byline, source or date', async () => {
    const article = await compileSeed();
    expect(article.title).toBe(expected.title);
    expect(article.language).toBe('en');
    expect(article.tags).toEqual(['north-korea', 'russia', 'ukraine']);
    expect(article.byline).toBeUndefined();
    expect(article.source).toBeUndefined();
    expect(article.sourceUrl).toBeUndefined();
    expect(article.published).toBeUndefined();
  });

  it('has the five section headings in order', async () => {
    const headings = tableOfContents(await compileSeed()).map((entry) => [entry.level, entry.text]);
    expect(headings).toEqual([
      [2, 'A Dangerous Alliance'],
      [2, 'A Grim Homecoming Awaits'],
      [2, 'A Taste of Freedom'],
      [2, 'The Human Cost'],
      [2, 'A Shocking First Since the Korean War'],
    ]);
  });

  it('keeps every paragraph word for word and in order, curly quotes and dashes included', async () => {
    const article = await compileSeed();
    const blocks = article.blocks.map(({ kind, level, text }) =>
      level === undefined ? { kind, text } : { kind, level, text },
    );
    expect(blocks).toEqual(expected.blocks);
    const body = article.blocks.map((block) => block.text).join('\n');
    expect(body).toContain('If this “trial run” proves successful');
    expect(body).toContain('Russia—a nation itself under strict governmental control—could');
    expect(body).toContain(
      '“With just 10,000 NK troops there, at the casualty rate on the Russian side, that’s about a week.”',
    );
  });

  it('leaves out the scraped GIPHY widget line', async () => {
    const article = await compileSeed();
    expect(JSON.stringify(article)).not.toMatch(/GIPHY|App Key/);
  });

  it('starts its summary with the opening paragraph and counts its words', async () => {
    const article = await compileSeed();
    expect(article.summary.startsWith('In a startling twist to the ongoing war in Ukraine')).toBe(
      true,
    );
    expect(article.wordCount).toBeGreaterThan(500);
    expect(article.readingMinutes).toBe(2);
  });
});
