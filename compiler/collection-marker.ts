// Which folders a build may replace. The output folder is replaced whole, so
// it must be empty or a collection this compiler wrote: `--out` pointed at a
// project folder that happens to hold a manifest.json (a browser extension)
// must not delete it. Every build writes a marker file to say "mine".
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTION_FILES, COLLECTION_FORMAT } from '../common/collection';

/** The marker's text: the format on the first line, then a note for whoever opens it. */
export const MARKER_TEXT = `${COLLECTION_FORMAT}\nWritten by npm run content:build; the next build replaces this folder whole.\n`;

/** Throws, naming the folder and what to do, unless `target` may be replaced. */
export async function refuseToReplaceForeignFolder(target: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') {
      throw new Error(
        `refusing to write the collection to ${target}: it is a file, not a folder; choose another --out`,
      );
    }
    throw error;
  }
  if (entries.length === 0 || (await hasMarker(target)) || (await isUnmarkedBuild(target, entries)))
    return;
  throw new Error(
    `refusing to replace ${target}: it is not empty and holds no ${COLLECTION_FILES.marker}, so it is not a collection this compiler built; choose an empty or new folder for --out (or empty this one yourself)`,
  );
}

async function hasMarker(target: string): Promise<boolean> {
  const text = await readIfFile(path.join(target, COLLECTION_FILES.marker));
  return text !== undefined && text.split('\n', 1)[0] === COLLECTION_FORMAT;
}

/**
 * Builds made before the marker existed hold exactly a collection manifest,
 * the search index and articles/*.json. Such a folder is still replaced (and
 * gains the marker), so upgrading the compiler needs no manual step; one extra
 * file of any other kind makes it foreign.
 */
async function isUnmarkedBuild(target: string, entries: string[]): Promise<boolean> {
  const expected = new Set<string>([
    COLLECTION_FILES.manifest,
    COLLECTION_FILES.searchIndex,
    COLLECTION_FILES.articlesDir,
  ]);
  if (!entries.every((entry) => expected.has(entry))) return false;
  const manifest = await readIfFile(path.join(target, COLLECTION_FILES.manifest));
  if (manifest === undefined || !isCollectionManifest(manifest)) return false;
  if (entries.includes(COLLECTION_FILES.searchIndex)) {
    if (!(await isFile(path.join(target, COLLECTION_FILES.searchIndex)))) return false;
  }
  if (!entries.includes(COLLECTION_FILES.articlesDir)) return true;
  const articlesDir = path.join(target, COLLECTION_FILES.articlesDir);
  if (!(await lstat(articlesDir)).isDirectory()) return false;
  for (const entry of await readdir(articlesDir, { withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) return false;
  }
  return true;
}

function isCollectionManifest(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as { format?: unknown } | null;
    return parsed?.format === COLLECTION_FORMAT;
  } catch {
    return false; // not JSON: somebody else's manifest.json
  }
}

async function readIfFile(file: string): Promise<string | undefined> {
  return (await isFile(file)) ? readFile(file, 'utf8') : undefined;
}

/** A regular file, not a link: a build never writes links. */
async function isFile(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
