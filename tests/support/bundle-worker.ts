// Worker threads load plain JavaScript only, so the worker test bundles the
// worker from source the way the app build does (dependencies stay external
// and resolve from this project's node_modules).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function bundleSearchWorker(): Promise<string> {
  const outfile = `${root}node_modules/.cache/reader-tests/search-worker.mjs`;
  await build({
    entryPoints: [`${root}main/search/search-worker.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
