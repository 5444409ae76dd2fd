// npm run bench:search -- --corpus <dir> [--json] [--engines a,b]
// Builds, saves, loads and queries the project's search index over a folder
// of articles, and in the same run the plain Lunr baseline, MiniSearch and
// FlexSearch, each measurement in a fresh process. docs/benchmarks.md has the
// latest figures and how they were taken.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { COLLECTION_FILES, ManifestSchema } from '../common/collection';
import { percentile, prepareCollection } from './bench/collection';
import type { BuildMeasure, QueryMeasure } from './bench/search-child';
import { ENGINE_NAMES, type EngineName } from './bench/search-engines';
import { BENCH_QUERIES } from './bench/search-queries';

const USAGE = `Usage: npm run bench:search -- --corpus <dir> [--json] [--engines ${ENGINE_NAMES.join(',')}]

  --corpus <dir>   a folder of articles (compiled first, rejections skipped)
                   or an already compiled collection (has manifest.json)
  --json           end with one JSON line: {"corpus": {...}, "engines": {...}}
  --engines <list> measure only these engines (default: all four)`;

const CHILD = fileURLToPath(new URL('./bench/search-child.ts', import.meta.url));
const run = promisify(execFile);

export interface EngineResult {
  buildMs: number;
  indexBytes: number;
  loadMs: number;
  heapBytes: number;
  p50Ms: number;
  p95Ms: number;
  prefixP50Ms: number;
  prefixP95Ms: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

async function child<T>(args: string[]): Promise<T> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', '--max-old-space-size=6144', CHILD, ...args],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

export async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args: argv,
      options: {
        corpus: { type: 'string' },
        json: { type: 'boolean', default: false },
        engines: { type: 'string', default: ENGINE_NAMES.join(',') },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`bench:search: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options.help || !options.corpus) {
    process.stderr.write(`${USAGE}\n`);
    return options.help ? 0 : 2;
  }
  const engines = options.engines.split(',').map((e) => e.trim()) as EngineName[];
  const unknown = engines.filter((e) => !ENGINE_NAMES.includes(e));
  if (unknown.length > 0) {
    process.stderr.write(`bench:search: unknown engine ${unknown.join(', ')}\n${USAGE}\n`);
    return 2;
  }

  const work = await mkdtemp(path.join(tmpdir(), 'bench-search-'));
  try {
    const collection = await prepareCollection(options.corpus, work);
    const manifest = ManifestSchema.parse(
      JSON.parse(await readFile(path.join(collection, COLLECTION_FILES.manifest), 'utf8')),
    );
    const corpus = { articles: manifest.articles.length, words: manifest.wordCount };
    process.stderr.write(
      `${corpus.articles} articles, ${corpus.words} words, ${BENCH_QUERIES.length} queries\n`,
    );

    const results: Partial<Record<EngineName, EngineResult>> = {};
    const hits: Partial<Record<EngineName, Record<string, number>>> = {};
    for (const engine of engines) {
      process.stderr.write(`${engine}: building…\n`);
      const indexFile = path.join(work, `${engine}.index`);
      const built = await child<BuildMeasure>(['build', engine, collection, indexFile]);
      process.stderr.write(`${engine}: loading and querying…\n`);
      const queried = await child<QueryMeasure>(['query', engine, collection, indexFile]);
      await rm(indexFile, { force: true });
      hits[engine] = queried.hits;
      results[engine] = {
        buildMs: Math.round(built.buildMs),
        indexBytes: built.indexBytes,
        loadMs: Math.round(queried.loadMs),
        heapBytes: Math.round(queried.heapBytes),
        p50Ms: round2(percentile(queried.wordMs, 50)),
        p95Ms: round2(percentile(queried.wordMs, 95)),
        prefixP50Ms: round2(percentile(queried.prefixMs, 50)),
        prefixP95Ms: round2(percentile(queried.prefixMs, 95)),
      };
    }

    printTable(results);
    printAnswered(hits);
    printRatios(results);
    if (options.json) process.stdout.write(`${JSON.stringify({ corpus, engines: results })}\n`);
    return 0;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function printTable(results: Partial<Record<EngineName, EngineResult>>): void {
  const rows = [
    ['engine', 'build', 'index', 'load', 'heap', 'p50', 'p95', 'prefix p50', 'prefix p95'],
    ...Object.entries(results).map(([name, r]) => [
      name,
      `${r.buildMs} ms`,
      MB(r.indexBytes),
      `${r.loadMs} ms`,
      MB(r.heapBytes),
      `${r.p50Ms} ms`,
      `${r.p95Ms} ms`,
      `${r.prefixP50Ms} ms`,
      `${r.prefixP95Ms} ms`,
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  for (const row of rows) {
    process.stdout.write(`${row.map((cell, c) => cell.padStart(widths[c]!)).join('  ')}\n`);
  }
}

/** A quick check that every engine really answers (a fast engine that finds nothing proves nothing). */
function printAnswered(hits: Partial<Record<EngineName, Record<string, number>>>): void {
  process.stdout.write('\nqueries with at least one result:');
  for (const [name, byQuery] of Object.entries(hits)) {
    const answered = Object.values(byQuery).filter((n) => n > 0).length;
    process.stdout.write(` ${name} ${answered}/${BENCH_QUERIES.length - 1}`);
  }
  process.stdout.write(' (the first query is part of the load)\n');
}

/** The search targets (docs/benchmarks.md), as ratios to the Lunr baseline measured in the same run. */
function printRatios(results: Partial<Record<EngineName, EngineResult>>): void {
  const ours = results.project;
  const base = results['lunr-baseline'];
  if (!ours || !base) return;
  const checks: Array<[string, number, number, string]> = [
    ['load', ours.loadMs / base.loadMs, 0.3, 'x'],
    ['index bytes', ours.indexBytes / base.indexBytes, 0.5, 'x'],
    ['build', ours.buildMs / base.buildMs, 1.0, 'x'],
    ['heap after load', ours.heapBytes / base.heapBytes, 0.5, 'x'],
    ['p95 words', ours.p95Ms, 10, ' ms'],
    ['p95 prefixes', ours.prefixP95Ms, 20, ' ms'],
  ];
  process.stdout.write('\nproject against the targets:\n');
  for (const [name, value, limit, unit] of checks) {
    const shown = unit === 'x' ? value.toFixed(3) : value.toFixed(2);
    process.stdout.write(
      `  ${name.padEnd(16)} ${shown}${unit} (target <= ${limit}${unit}) ${value <= limit ? 'met' : 'MISSED'}\n`,
    );
  }
}

if (
  process.argv[1] &&
  import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href
) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`bench:search: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}
