// npm run bench:highlights: how long a create, update and delete take with
// 10,000 highlights already stored, and how long opening such a store takes.
// Each operation is timed until it resolves, i.e. until it is fsynced. The
// last line of output is one JSON object for tools to read.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Annotation } from '../common/annotations';
import { openAnnotationStore } from '../main/annotations/store';

const STORED = 10_000;
const SAMPLES = 300;

function highlight(n: number): Annotation {
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
  const exact = `Passage number ${n}, a sentence of ordinary length that a reader chose to keep.`;
  return {
    id: `bench-${String(n).padStart(8, '0')}`,
    kind: 'highlight',
    articleId: `article-${n % 200}`,
    articleTitle: `Article ${n % 200}`,
    color: 'yellow',
    note: n % 3 === 0 ? `A note on passage ${n}.\nWith a second line.` : '',
    tags: n % 5 === 0 ? ['research', 'later'] : [],
    anchor: {
      startBlockId: `b${n % 97}`,
      startOffset: 10,
      endBlockId: `b${n % 97}`,
      endOffset: 10 + exact.length,
      quote: {
        exact,
        prefix: 'thirty-two characters of before ',
        suffix: ' and thirty-two characters after',
      },
      position: { start: 1000 + n, end: 1000 + n + exact.length },
      contentHash: 'f'.repeat(64),
    },
    createdAt: at,
    updatedAt: at,
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const round = (ms: number) => Math.round(ms * 100) / 100;

async function timeEach(count: number, run: (i: number) => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return times;
}

const dir = await mkdtemp(join(tmpdir(), 'bench-highlights-'));
try {
  let store = await openAnnotationStore({ dir });
  // Fill in batches (as an import would), then reopen so the timings start from a loaded store.
  for (let n = 0; n < STORED; n += 500) {
    await store.put(Array.from({ length: 500 }, (_, i) => highlight(n + i)));
  }
  await store.close();

  const loadStart = performance.now();
  store = await openAnnotationStore({ dir });
  const loadMs = performance.now() - loadStart;
  if (store.all().length !== STORED)
    throw new Error(`expected ${STORED} stored, found ${store.all().length}`);

  const create = await timeEach(SAMPLES, (i) => store.put([highlight(STORED + i)]));
  const update = await timeEach(SAMPLES, (i) => {
    const item = store.get(highlight(i * 7).id)!;
    return store.put([
      { ...item, color: 'green', note: `Changed ${i}`, updatedAt: new Date().toISOString() },
    ]);
  });
  const remove = await timeEach(SAMPLES, (i) => store.delete([highlight(STORED + i).id]));
  const stored = store.all().length;
  await store.close();

  // Every few thousand writes one also rewrites the snapshot (compaction):
  // rare enough to stay out of the p95, so it is reported on its own.
  store = await openAnnotationStore({ dir, compactAfter: () => 1 });
  const compactStart = performance.now();
  await store.put([highlight(STORED * 2)]);
  const compactionMs = performance.now() - compactStart;
  await store.close();

  for (const [name, times] of [
    ['create', create],
    ['update', update],
    ['delete', remove],
  ] as const) {
    console.log(
      `${name.padEnd(6)} median ${round(percentile(times, 50))} ms  p95 ${round(percentile(times, 95))} ms  max ${round(Math.max(...times))} ms  (${SAMPLES} samples)`,
    );
  }
  console.log(`open   ${round(loadMs)} ms for ${STORED} highlights`);
  console.log(`one write that also compacts the store: ${round(compactionMs)} ms`);
  console.log(
    JSON.stringify({
      stored,
      createP95Ms: round(percentile(create, 95)),
      updateP95Ms: round(percentile(update, 95)),
      deleteP95Ms: round(percentile(remove, 95)),
      loadMs: round(loadMs),
    }),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
