// Very common words: Lunr ranks only the documents that can reach the page
// (candidates.ts). What the reader sees must be exactly what ranking every
// match gives: the same articles in the same order with the same scores,
// and the same count.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../main/search/build-index';
import { MIN_MATCHES_TO_PRUNE } from '../../../../main/search/candidates';
import { CompactIndex } from '../../../../main/search/compact-index';
import { parseQuery } from '../../../../main/search/query';
import { rankDocuments } from '../../../../main/search/ranking';
import { article } from '../../../support/collection-fixture';
import { engineFor } from '../../../support/search-fixture';

/** A small deterministic generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const VOCABULARY = [
  'kernel',
  'device',
  'driver',
  'memory',
  'page',
  'table',
  'lock',
  'spin',
  'interrupt',
  'handler',
  'barrier',
  'scheduler',
  'timer',
  'queue',
  'buffer',
  'cache',
];

function library(count: number) {
  const next = random(7);
  const pick = () => VOCABULARY[Math.floor(next() * next() * VOCABULARY.length)]!;
  return Array.from({ length: count }, (_, n) => {
    const sentences = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
      Array.from({ length: 3 + Math.floor(next() * 12) }, pick).join(' '),
    );
    return article(`a${n}`, `Notes ${n} ${pick()}`, sentences, {
      tags: n % 3 === 0 ? ['core'] : [],
    });
  });
}

// Long articles that mention "zebra" once: every query word, yet a low score,
// so they lead a "kernel zebra" page only because covering both words comes first.
const zebras = [1, 2, 3].map((n) =>
  article(`zebra${n}`, `Long notes ${n}`, [`kernel zebra ${'timer '.repeat(300)}`]),
);
const articles = [...library(3 * MIN_MATCHES_TO_PRUNE), ...zebras];
const index = new CompactIndex(buildSearchIndex(articles, 'h'));
const QUERIES = [
  'kernel',
  'kernel device',
  'kernel device driver',
  'kern',
  'kernel -device',
  'title:kernel device',
  '"kernel device"',
  'kernel memory page table lock',
  'kernel cache',
  'device buffer cache',
  'kernel zebra',
];

describe('ranking only the candidates', () => {
  it('ranks the first page exactly as ranking every match does', () => {
    for (const query of QUERIES) {
      for (const wanted of [1, 10, 60]) {
        const parsed = parseQuery(query);
        const all = rankDocuments(index, parsed, false);
        const some = rankDocuments(index, parsed, false, { wanted });
        expect(some.total, query).toBe(all.total);
        expect(some.ranked.slice(0, wanted), query).toEqual(all.ranked.slice(0, wanted));
        for (const { doc } of all.ranked) expect(some.matches(doc)).toBe(true);
      }
    }
  });

  it('puts articles covering every word first even when their score is low', () => {
    const some = rankDocuments(index, parseQuery('kernel zebra'), false, { wanted: 10 });
    expect(some.total).toBeGreaterThan(MIN_MATCHES_TO_PRUNE);
    expect(some.ranked.slice(0, 3).map((r) => articles[r.doc]!.id)).toEqual(
      expect.arrayContaining(['zebra1', 'zebra2', 'zebra3']),
    );
  });

  it('ranks far fewer documents than match for a very common word', () => {
    const some = rankDocuments(index, parseQuery('kernel'), false, { wanted: 10 });
    expect(some.total).toBeGreaterThan(MIN_MATCHES_TO_PRUNE);
    expect(some.ranked.length).toBeLessThan(some.total / 4);
  });

  it('applies a tag condition before choosing, so a page is still full', () => {
    const core = (doc: number) => articles[doc]!.tags.includes('core');
    const all = rankDocuments(index, parseQuery('kernel'), false).ranked.filter((r) => core(r.doc));
    const some = rankDocuments(index, parseQuery('kernel'), false, { wanted: 10, allowed: core });
    expect(some.total).toBe(all.length);
    expect(some.ranked.slice(0, 10)).toEqual(all.slice(0, 10));
  });

  it('gives the same typo-tolerant answer', () => {
    const parsed = parseQuery('kernal devise');
    const all = rankDocuments(index, parsed, true);
    const some = rankDocuments(index, parsed, true, { wanted: 10 });
    expect(all.total).toBeGreaterThan(MIN_MATCHES_TO_PRUNE);
    expect(some.total).toBe(all.total);
    expect(some.ranked.slice(0, 10)).toEqual(all.ranked.slice(0, 10));
    expect(some.ranked.length).toBeLessThan(all.total);
  });

  it('reports the full count and the best articles through search()', () => {
    const engine = engineFor(articles);
    const results = engine.search('kernel device');
    const all = rankDocuments(index, parseQuery('kernel device'), false);
    expect(results.total).toBe(all.total);
    expect(results.hits.map((h) => h.articleId)).toEqual(
      all.ranked.slice(0, 10).map((r) => articles[r.doc]!.id),
    );
    const core = rankDocuments(index, parseQuery('kernel'), false).ranked.filter((r) =>
      articles[r.doc]!.tags.includes('core'),
    );
    const tagged = engine.search('tag:core kernel');
    expect(tagged.total).toBe(core.length);
    expect(tagged.hits.map((h) => h.articleId)).toEqual(
      core.slice(0, 10).map((r) => articles[r.doc]!.id),
    );
  });
});
