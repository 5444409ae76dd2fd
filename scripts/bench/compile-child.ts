// One measurement of scripts/bench-compile.ts in a fresh process, so its peak
// resident memory is its own:
//   node --import tsx compile-child.ts compile <sources> <out> [<workers>]
//   node --import tsx compile-child.ts baseline <sources> <shard> <shards>
// Prints one JSON line.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { compileCollection } from '../../compiler/collection';
import { listSourceFiles, resolveArticlesDir } from '../../compiler/walk';

/** Where a build's time went, by its progress phases (compiler/collection.ts). */
export interface CompilePhases {
  /** Reading and compiling the files, on the worker threads. */
  compileMs: number;
  /** Building the search index (or finding the last one reusable). */
  indexMs: number;
  /** Writing the collection. */
  writeMs: number;
}

export interface CompileMeasure {
  ms: number;
  phases: CompilePhases;
  files: number;
  articles: number;
  rejected: number;
  peakRssBytes: number;
}

export interface BaselineMeasure {
  ms: number;
  files: number;
  inputBytes: number;
  peakRssBytes: number;
}

const HTML = new Set(['.html', '.htm']);

/** Peak resident memory of this process, worker threads included. */
const peakRss = () => process.resourceUsage().maxRSS * 1024;

/** The HTML files a build of `sources` reads, in the compiler's order. */
export async function htmlFiles(sources: string): Promise<string[]> {
  const listing = await listSourceFiles(await resolveArticlesDir(sources));
  return listing.files.filter((path) => HTML.has(extname(path).toLowerCase()));
}

async function compile(sources: string, out: string, workers?: number): Promise<CompileMeasure> {
  const started = performance.now();
  const phaseStarts = new Map<string, number>();
  const result = await compileCollection({
    inDir: sources,
    outDir: out,
    keepGoing: true,
    ...(workers === undefined ? {} : { workers }),
    onProgress: ({ phase }) => {
      if (!phaseStarts.has(phase)) phaseStarts.set(phase, performance.now());
    },
  });
  const ended = performance.now();
  // An unchanged build reuses the last index: it goes from compiling to writing.
  const writeAt = phaseStarts.get('write') ?? ended;
  const indexAt = phaseStarts.get('index') ?? writeAt;
  return {
    ms: ended - started,
    phases: {
      compileMs: Math.round(indexAt - started),
      indexMs: Math.round(writeAt - indexAt),
      writeMs: Math.round(ended - writeAt),
    },
    files: result.fileCount,
    articles: result.articleCount,
    rejected: result.rejections.length,
    peakRssBytes: peakRss(),
  };
}

/** jsdom + Readability alone over every `shards`-th HTML file: the cost of the old approach. */
async function baseline(sources: string, shard: number, shards: number): Promise<BaselineMeasure> {
  const files = (await htmlFiles(sources)).filter((_, index) => index % shards === shard);
  let inputBytes = 0;
  const started = performance.now();
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    inputBytes += Buffer.byteLength(html);
    const dom = new JSDOM(html);
    new Readability(dom.window.document).parse();
    dom.window.close();
  }
  return {
    ms: performance.now() - started,
    files: files.length,
    inputBytes,
    peakRssBytes: peakRss(),
  };
}

const [mode, sources, third, fourth] = process.argv.slice(2);
if (mode === 'compile' && sources && third) {
  const workers = fourth === undefined ? undefined : Number(fourth);
  process.stdout.write(`${JSON.stringify(await compile(sources, third, workers))}\n`);
} else if (mode === 'baseline' && sources && third && fourth) {
  process.stdout.write(
    `${JSON.stringify(await baseline(sources, Number(third), Number(fourth)))}\n`,
  );
} else {
  process.stderr.write(
    'usage: compile-child.ts compile <sources> <out> [<workers>] | baseline <sources> <shard> <shards>\n',
  );
  process.exitCode = 2;
}
