// The compiler's version, for the compile cache: a hash over the source of
// everything that shapes one file's article (this folder, common/, which it
// imports, and package-lock.json, which pins the parsers), plus Node's
// version (its Intl and Unicode tables split words). A hash rather than a
// number someone bumps: any edit to the compiler, or any upgraded parser,
// changes it, so a stale cache cannot survive a forgotten bump.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the version is computed over; tests point it at a copy. */
export const COMPILER_VERSION_INPUTS = [
  path.join(repoRoot, 'compiler'),
  path.join(repoRoot, 'common'),
  path.join(repoRoot, 'package-lock.json'),
];

export async function compilerVersion(
  inputs: readonly string[] = COMPILER_VERSION_INPUTS,
): Promise<string> {
  const hash = createHash('sha256').update(`node ${process.version}\0`);
  for (const input of inputs) {
    for (const file of await filesUnder(input)) {
      hash.update(`${path.relative(repoRoot, file).split(path.sep).join('/')}\0`);
      hash.update(await readFile(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex').slice(0, 32);
}

/** A file itself, or every file under a folder, sorted so the hash is the same on every run. */
async function filesUnder(input: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(input, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return [input];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
