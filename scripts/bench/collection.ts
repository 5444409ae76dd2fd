// What the benchmarks share about their input: a folder of articles is
// compiled (not timed, rejected files left out), an already compiled
// collection is used as it is.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_FILES } from '../../common/collection';
import { compileCollection } from '../../compiler/index';

export async function prepareCollection(corpus: string, work: string): Promise<string> {
  if (existsSync(path.join(corpus, COLLECTION_FILES.manifest))) return corpus;
  const out = path.join(work, 'collection');
  process.stderr.write(`compiling ${corpus} (not timed)…\n`);
  const result = await compileCollection({ inDir: corpus, outDir: out, keepGoing: true });
  if (!result.written) throw new Error(`no articles could be compiled from ${corpus}`);
  if (result.rejections.length > 0) {
    process.stderr.write(
      `  ${result.rejections.length} files rejected by the compiler, left out\n`,
    );
  }
  return out;
}

/** The nearest-rank percentile: a value that was really measured, never an interpolation. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);
