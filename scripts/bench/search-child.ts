// One measurement in a fresh process, so that no engine's memory or warm
// caches leak into another's numbers. Run by scripts/bench-search.ts:
//   node --import tsx --expose-gc search-child.ts build <engine> <collection> <indexFile>
//   node --import tsx --expose-gc search-child.ts query <engine> <collection> <indexFile>
// Prints one JSON line.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COLLECTION_FILES, ManifestSchema } from '../../common/collection';
import type { Article } from '../../common/model';
import { ENGINES, type EngineName } from './search-engines';
import { BENCH_QUERIES } from './search-queries';

/** Each query is asked this many times; percentiles are over every answer. */
export const ROUNDS = 3;

export interface BuildMeasure {
  buildMs: number;
  indexBytes: number;
}

export interface QueryMeasure {
  loadMs: number;
  heapBytes: number;
  wordMs: number[];
  prefixMs: number[];
  /** Results per query text (first round), to show the engines answer sensibly. */
  hits: Record<string, number>;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
}

/** JavaScript heap plus typed-array memory (an index may live in a Buffer rather than on the heap). */
function memoryInUse(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

async function readArticles(
  collection: string,
): Promise<{ articles: Article[]; contentHash: string }> {
  const manifest = ManifestSchema.parse(
    JSON.parse(await readFile(join(collection, COLLECTION_FILES.manifest), 'utf8')),
  );
  const articles: Article[] = [];
  for (const summary of manifest.articles) {
    const file = join(collection, COLLECTION_FILES.articlesDir, `${summary.id}.json`);
    articles.push(JSON.parse(await readFile(file, 'utf8')) as Article);
  }
  return { articles, contentHash: manifest.contentHash };
}

async function build(
  engine: EngineName,
  collection: string,
  indexFile: string,
): Promise<BuildMeasure> {
  const { articles, contentHash } = await readArticles(collection);
  collectGarbage();
  const started = performance.now();
  const bytes = await ENGINES[engine].build(articles, contentHash);
  const buildMs = performance.now() - started;
  await writeFile(indexFile, bytes);
  return { buildMs, indexBytes: bytes.length };
}

async function query(
  engine: EngineName,
  collection: string,
  indexFile: string,
): Promise<QueryMeasure> {
  const [first, ...rest] = BENCH_QUERIES;
  collectGarbage();
  const before = memoryInUse();
  const started = performance.now();
  const searcher = ENGINES[engine].load(await readFile(indexFile), collection);
  searcher.search(first!);
  const loadMs = performance.now() - started;
  collectGarbage();
  const heapBytes = memoryInUse() - before;

  const wordMs: number[] = [];
  const prefixMs: number[] = [];
  const hits: Record<string, number> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of round === 0 ? rest : BENCH_QUERIES) {
      const t = performance.now();
      const found = searcher.search(q);
      const ms = performance.now() - t;
      (q.kind === 'prefix' ? prefixMs : wordMs).push(ms);
      if (round === 0) hits[q.text] = found;
    }
  }
  return { loadMs, heapBytes, wordMs, prefixMs, hits };
}

const [mode, engine, collection, indexFile] = process.argv.slice(2);
if (
  !(engine && engine in ENGINES) ||
  !collection ||
  !indexFile ||
  (mode !== 'build' && mode !== 'query')
) {
  process.stderr.write('usage: search-child.ts build|query <engine> <collection> <indexFile>\n');
  process.exit(2);
}
const run = mode === 'build' ? build : query;
run(engine as EngineName, collection, indexFile).then(
  (measure) => process.stdout.write(`${JSON.stringify(measure)}\n`),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
