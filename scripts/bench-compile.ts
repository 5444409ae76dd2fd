// npm run bench:compile -- --corpus <dir> [--json] [--workers <n>]
// Compiles a folder from scratch, then again with nothing changed, each in a
// fresh process; and, in the same run, jsdom + Readability alone over the
// same HTML files with one process per core (what compiling HTML cost before
// the compiler changed its DOM), as the baseline. Ends with one JSON line:
// {"files", "inputBytes", "articles", "coldMs", "warmMs", "peakRssBytes", "baselineMs",
// "workers", "coldPhasesMs", "warmPhasesMs"}, the phases being the time spent compiling the
// files on the worker threads, building the index and writing.
// docs/benchmarks.md has the latest figures and how they were taken.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { listSourceFiles, resolveArticlesDir } from '../compiler/walk';
import type { BaselineMeasure, CompileMeasure, CompilePhases } from './bench/compile-child';

const USAGE = `Usage: npm run bench:compile -- --corpus <dir> [--json]

  --corpus <dir>   a folder of articles, as content:build takes it
  --json           print only the JSON line (the figures, without the table)
  --workers <n>    compile on this many worker threads (default: one per core)`;

const CHILD = fileURLToPath(new URL('./bench/compile-child.ts', import.meta.url));
const run = promisify(execFile);

async function child<T>(args: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

export interface CompileBenchResult {
  files: number;
  inputBytes: number;
  articles: number;
  coldMs: number;
  warmMs: number;
  peakRssBytes: number;
  baselineMs: number;
  /** Worker threads the builds compiled on. */
  workers: number;
  coldPhasesMs: CompilePhases;
  warmPhasesMs: CompilePhases;
}

async function inputBytesOf(corpus: string): Promise<number> {
  const listing = await listSourceFiles(await resolveArticlesDir(corpus));
  let bytes = 0;
  for (const file of listing.files) bytes += (await stat(file)).size;
  return bytes;
}

export async function benchCompile(
  corpus: string,
  log: (line: string) => void,
  workers = availableParallelism(),
): Promise<CompileBenchResult> {
  const work = await mkdtemp(path.join(tmpdir(), 'reader-bench-compile-'));
  try {
    const out = path.join(work, 'collection');
    log(`cold: compiling ${corpus} into an empty folder…`);
    const cold = await child<CompileMeasure>(['compile', corpus, out, String(workers)]);
    log(`warm: compiling it again, nothing changed…`);
    const warm = await child<CompileMeasure>(['compile', corpus, out, String(workers)]);
    const shards = availableParallelism();
    log(`baseline: jsdom + Readability over the HTML files, ${shards} processes…`);
    const started = performance.now();
    const parts = await Promise.all(
      Array.from({ length: shards }, (_, shard) =>
        child<BaselineMeasure>(['baseline', corpus, String(shard), String(shards)]),
      ),
    );
    const baselineMs = performance.now() - started;
    const htmlFiles = parts.reduce((sum, part) => sum + part.files, 0);
    log(`  ${htmlFiles} HTML files in the baseline`);
    return {
      files: cold.files,
      inputBytes: await inputBytesOf(corpus),
      articles: cold.articles,
      coldMs: Math.round(cold.ms),
      warmMs: Math.round(warm.ms),
      peakRssBytes: Math.max(cold.peakRssBytes, warm.peakRssBytes),
      baselineMs: Math.round(baselineMs),
      workers,
      coldPhasesMs: cold.phases,
      warmPhasesMs: warm.phases,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args: argv,
      options: {
        corpus: { type: 'string' },
        json: { type: 'boolean', default: false },
        workers: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`bench:compile: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!options.corpus) {
    process.stderr.write(`bench:compile: --corpus is required\n${USAGE}\n`);
    return 2;
  }
  const workers = options.workers === undefined ? availableParallelism() : Number(options.workers);
  if (!Number.isInteger(workers) || workers < 1) {
    process.stderr.write(`bench:compile: --workers takes a whole number of at least 1\n${USAGE}\n`);
    return 2;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const result = await benchCompile(path.resolve(options.corpus), log, workers);
  if (!options.json) {
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const phases = (p: CompilePhases) =>
      `compile ${s(p.compileMs)}, index ${s(p.indexMs)}, write ${s(p.writeMs)} on ${result.workers} worker${result.workers === 1 ? '' : 's'}`;
    process.stdout.write(
      [
        `${result.files} files (${mb(result.inputBytes)}), ${result.articles} articles`,
        `cold      ${s(result.coldMs)}  (${(result.coldMs / result.baselineMs).toFixed(2)} × baseline; ${phases(result.coldPhasesMs)})`,
        `warm      ${s(result.warmMs)}  (${phases(result.warmPhasesMs)})`,
        `baseline  ${s(result.baselineMs)}  (jsdom + Readability alone, one process per core)`,
        `peak RSS  ${mb(result.peakRssBytes)}`,
        '',
      ].join('\n'),
    );
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
