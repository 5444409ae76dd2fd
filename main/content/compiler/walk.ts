// Finds the source files of a collection: every file under the folder, in a
// stable order, so ids, duplicate reports and output are the same on every
// machine. Dotfiles (.DS_Store, .gitkeep) are not articles and are skipped.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Rejection } from './types';

export interface SourceListing {
  /** Paths joined onto the folder as given, sorted by their relative path. */
  files: string[];
  /** Entries that cannot be sources at all (links to folders, sockets). */
  rejections: Rejection[];
}

/** `<in>/articles/` when it exists (a publisher's content/ folder), else `<in>` itself. */
export async function resolveArticlesDir(inDir: string): Promise<string> {
  const nested = path.join(inDir, 'articles');
  const info = await stat(nested).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw error;
  });
  return info?.isDirectory() ? nested : inDir;
}

export async function listSourceFiles(dir: string): Promise<SourceListing> {
  const found: Array<{ relative: string; full: string }> = [];
  const rejections: Rejection[] = [];
  await visit(dir, '', found, rejections);
  found.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return { files: found.map((f) => f.full), rejections };
}

async function visit(
  dir: string,
  relativeDir: string,
  found: Array<{ relative: string; full: string }>,
  rejections: Rejection[],
): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    // Forward slashes, so the order is the same on Windows.
    const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
    if (entry.isDirectory()) {
      await visit(full, relative, found, rejections);
    } else if (entry.isFile()) {
      found.push({ relative, full });
    } else if (entry.isSymbolicLink() && (await stat(full)).isFile()) {
      // A link to a file is read like the file; links to folders are not
      // followed, since they can form cycles.
      found.push({ relative, full });
    } else {
      rejections.push({
        path: full,
        code: 'unsupported-type',
        reason: entry.isSymbolicLink()
          ? 'a link to a folder: links to folders are not followed'
          : 'not a regular file',
      });
    }
  }
}
