// Finds the source files of a collection: every file under the folder, in a
// stable order, so ids, duplicate reports and output are the same on every
// machine. Dotfiles (.DS_Store, .gitkeep) are not articles and are skipped,
// and neither are images: they are the articles' assets, read (and checked)
// only when an article shows them (images.ts).
// Anything that cannot be a source (a link out of the folder, a broken link,
// an unreadable subfolder) is a rejection of that one entry, never the end
// of the build.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isImageFileName } from './limits';
import type { Rejection } from './types';

export interface SourceListing {
  /**
   * Paths joined onto the folder as given, sorted by their relative path in
   * NFC, so a folder copied between macOS (NFD names) and other systems
   * lists its files in the same order.
   */
  files: string[];
  /** Entries that cannot be sources at all (links out of the folder, sockets). */
  rejections: Rejection[];
}

interface FoundFile {
  /** Forward slashes and NFC: the same on every system. */
  relative: string;
  full: string;
}

interface FoundRejection {
  relative: string;
  rejection: Rejection;
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
  const found: FoundFile[] = [];
  const rejections: FoundRejection[] = [];
  // Links are judged by where they really lead, so the folder is compared by
  // its real path too (it may itself be reached through a link, as /tmp is on macOS).
  const root = await realpath(dir);
  await visit({ root, found, rejections }, dir, '');
  const byPath = (a: FoundFile, b: FoundFile) =>
    compareStrings(a.relative, b.relative) || compareStrings(a.full, b.full);
  found.sort(byPath);
  rejections.sort((a, b) =>
    byPath(
      { relative: a.relative, full: a.rejection.path },
      { relative: b.relative, full: b.rejection.path },
    ),
  );
  return { files: found.map((f) => f.full), rejections: rejections.map((r) => r.rejection) };
}

interface Walk {
  root: string;
  found: FoundFile[];
  rejections: FoundRejection[];
}

async function visit(walk: Walk, dir: string, relativeDir: string): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    // The top folder is the caller's to handle; a subfolder is one entry.
    if (relativeDir === '') throw error;
    const rejection = reject(dir, 'unreadable', `cannot read folder: ${describe(error)}`);
    walk.rejections.push({ relative: relativeDir, rejection });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    if (!entry.isDirectory() && isImageFileName(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const name = entry.name.normalize('NFC');
    const relative = relativeDir === '' ? name : `${relativeDir}/${name}`;
    if (entry.isDirectory()) {
      await visit(walk, full, relative);
    } else if (entry.isFile()) {
      walk.found.push({ relative, full });
    } else if (entry.isSymbolicLink()) {
      const rejection = await checkLink(walk.root, full);
      if (rejection) walk.rejections.push({ relative, rejection });
      else walk.found.push({ relative, full });
    } else {
      const rejection = reject(full, 'unsupported-type', 'not a regular file');
      walk.rejections.push({ relative, rejection });
    }
  }
}

/**
 * A link to a file inside the folder is read like the file. Links out of the
 * folder are refused before anything is read through them (a stray
 * `passwd.txt -> /etc/passwd` must not be shipped), and links to folders are
 * not followed, since they can form cycles.
 */
async function checkLink(root: string, link: string): Promise<Rejection | undefined> {
  let target: string;
  try {
    target = await realpath(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return reject(link, 'unreadable', 'a broken link: the file it points to does not exist');
    }
    if (code === 'ELOOP') {
      return reject(link, 'unreadable', 'a link loop: the link leads back to itself');
    }
    return reject(link, 'unreadable', `cannot follow the link: ${describe(error)}`);
  }
  if (!isInside(root, target)) {
    return reject(
      link,
      'unsupported-type',
      `a link to ${target}, outside the content folder: only links to files inside ${root} are read`,
    );
  }
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    return reject(link, 'unreadable', `cannot read the link's target: ${describe(error)}`);
  }
  if (info.isDirectory()) {
    return reject(
      link,
      'unsupported-type',
      'a link to a folder: links to folders are not followed',
    );
  }
  if (!info.isFile()) return reject(link, 'unsupported-type', 'a link to something not a file');
  return undefined;
}

/** Whether `file` is strictly below `folder` (both resolved the same way), never the folder itself. */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  );
}

function reject(file: string, code: Rejection['code'], reason: string): Rejection {
  return { path: file, code, reason };
}

function describe(error: unknown): string {
  const fsError = error as NodeJS.ErrnoException;
  return typeof fsError.code === 'string' ? fsError.code : String(error);
}

/** Code-unit order, as before: independent of the machine's locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A file's path within the input folder, '/'-separated and in one Unicode form: what ids, links and the cache key on. */
export function relativeSourcePath(inputRoot: string, file: string): string {
  return path.relative(inputRoot, file).split(path.sep).join('/').normalize('NFC');
}
