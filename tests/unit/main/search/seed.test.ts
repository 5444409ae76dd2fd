// The bundled seed article, searched the way a reader would.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileFile } from '../../../../compiler/index';
import { engineFor } from '../../../support/search-fixture';

const seedPath = fileURLToPath(
  new URL('../../../../content/articles/north-korean-troops-in-russia.md', import.meta.url),
);

async function seedEngine() {
  const result = await compileFile(seedPath);
  if ('rejection' in result) throw new Error(result.rejection.reason);
  return engineFor([result.article]);
}

describe('searching the seed article', () => {
  it('"gulag" finds the paragraph in "A Grim Homecoming Awaits"', async () => {
    const [hit] = (await seedEngine()).search('gulag').hits;
    const passage = hit?.passages.find((p) => p.sectionHeading === 'A Grim Homecoming Awaits');
    expect(passage?.snippet).toContain('Many were sent to gulags');
    expect(passage!.ranges.map((r) => passage!.snippet.slice(r.start, r.end))).toEqual(['gulags']);
  });

  it('"casualty rate" finds "The Human Cost" first', async () => {
    const [hit] = (await seedEngine()).search('casualty rate').hits;
    const passage = hit!.passages[0]!;
    expect(passage.sectionHeading).toBe('The Human Cost');
    const marked = passage.ranges.map((r) => passage.snippet.slice(r.start, r.end).toLowerCase());
    expect(marked.slice(0, 2)).toEqual(['casualty', 'rates']);
    // "casualty rates" and, later in the same paragraph, "casualty rate".
    expect(passage.matchCount).toBe(4);
  });
});
