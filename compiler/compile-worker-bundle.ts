// The compile worker's entry when the compiler runs from its TypeScript
// sources (tsx scripts/content-build.ts, the tests). A worker thread does not
// get tsx's loader from its parent, and registering tsx in each worker costs
// it about 40 MB of memory and 0.8 s of starting (measured on Python's
// documentation, 2 workers). Instead the worker and what it imports are
// bundled once per process with esbuild, the packages left to resolve from
// the project's node_modules; each format's parser stays a chunk of its own,
// loaded only by a worker that meets the format (format-parsers.ts).
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as EsbuildApi from 'esbuild';

type Esbuild = typeof EsbuildApi;

const here = path.dirname(fileURLToPath(import.meta.url));
/** Inside the project, so the bundle's imports of packages find its node_modules. */
const CACHE = path.join(here, '..', 'node_modules', '.cache', 'compile-worker');

/**
 * Bundles of other sources (each edit of the compiler makes one) are removed
 * once they are older than this, by the next process that bundles: a build
 * started a day ago from older sources is not still running.
 */
const STALE_BUNDLE_MS = 24 * 60 * 60 * 1000;

let entry: URL | undefined;

/** The bundled worker's entry, built on first use. */
export function bundledWorkerEntry(): URL {
  entry ??= buildWorkerBundle();
  return entry;
}

function buildWorkerBundle(): URL {
  // esbuild is a development tool, there only when the sources are.
  const esbuild = createRequire(import.meta.url)('esbuild') as Esbuild;
  const built = esbuild.buildSync({
    entryPoints: [path.join(here, 'compile-worker.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir: CACHE,
    outExtension: { '.js': '.mjs' },
    write: false,
    logLevel: 'silent',
  });
  const hash = createHash('sha256');
  for (const file of built.outputFiles) hash.update(`${file.path}\0`).update(file.contents);
  // Named by what it holds: builds of the same sources share one folder,
  // and a changed source gets a new one, whatever runs at the same time.
  const folder = path.join(CACHE, hash.digest('hex').slice(0, 16));
  if (!existsSync(path.join(folder, 'compile-worker.mjs'))) {
    mkdirSync(CACHE, { recursive: true });
    const staging = mkdtempSync(path.join(CACHE, 'staging-'));
    for (const file of built.outputFiles) {
      writeFileSync(path.join(staging, path.relative(CACHE, file.path)), file.contents);
    }
    try {
      renameSync(staging, folder);
    } catch (error) {
      // Another process put the same bundle in place first.
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(path.join(folder, 'compile-worker.mjs'))) throw error;
    }
  }
  removeStaleBundles(folder);
  return pathToFileURL(path.join(folder, 'compile-worker.mjs'));
}

/** Every other bundle, and staging folders a stopped process left, older than a day. */
function removeStaleBundles(current: string): void {
  const now = Date.now();
  for (const name of readdirSync(CACHE)) {
    const other = path.join(CACHE, name);
    if (other === current) continue;
    // Another process may be removing it at the same moment.
    const modified = statSync(other, { throwIfNoEntry: false })?.mtimeMs;
    if (modified !== undefined && now - modified > STALE_BUNDLE_MS) {
      rmSync(other, { recursive: true, force: true });
    }
  }
}
