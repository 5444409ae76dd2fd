// Each source file's compiled article from the last build, so a rebuild
// compiles only what changed. An entry is found by a key over the compiler's
// version, the file's path within the input folder (it gives the id, the
// fallback title and the format, and the place its links start from) and the
// file's bytes; it holds the article as the file alone makes it, with the
// links it leaves to the link pass, before the collection-wide steps (site
// names, duplicate ids, links), which run again over every article on every
// build, so a warm build resolves links exactly as a cold one. Only articles are kept: a rejected
// file is compiled again next time, so a fix, or a larger budget, is seen.
//
// An entry is a header line ({version, key, sha256 of the rest}) and the
// result's JSON. One that cannot be read, does not parse, fails its checksum
// or the Article schema, or was written by another compiler version, is a
// miss: it is compiled again and replaced, never trusted and never an error.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ArticleSchema, type Article } from '../common/model';
import { checkImagesAgain, type ImageAsset, type ImageCheck, type ImageContext } from './images';
import { MAX_SOURCE_BYTES } from './limits';
import { checkedLinks } from './pending-links';
import { includesUnchanged } from './include';
import type { ArticleLinks, IncludeCheck, SourceWarning } from './types';

/** What one file compiled to, without the path it was found at (warnings take the current one). */
export interface CachedCompile {
  article: Article;
  warnings: SourceWarning[];
  pageTitle?: string;
  /** What the link pass still has to resolve (types.ts). */
  links?: ArticleLinks;
  /** What each image reference came to; a hit checks them again (images.ts). */
  imageChecks?: ImageCheck[];
  /** On a hit: the image files as they are now, from checking imageChecks again. Never stored. */
  assets?: ImageAsset[];
  /** What each include came to; a hit checks them again (include.ts). */
  includeChecks?: IncludeCheck[];
}

interface EntryHeader {
  version: string;
  key: string;
  sha256: string;
}

const ENTRY_SUFFIX = '.json';

/** The last build's search index, kept in this folder by index-cache.ts; prune leaves it. */
export const SEARCH_INDEX_ENTRY = 'search-index.bin';

/** The cache for the collection at outDir: beside it, so it is never shipped with it. */
export function cacheDirFor(outDir: string): string {
  const target = path.resolve(outDir);
  return path.join(path.dirname(target), `.${path.basename(target)}.compile-cache`);
}

export function sha256OfBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class CompileCache {
  /** Keys looked up or stored in this build: the entries the next build can use. */
  private readonly used = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly version: string,
  ) {}

  /** Empties the cache (content:build --clean). */
  static async clear(dir: string): Promise<void> {
    await rm(dir, { recursive: true, force: true });
  }

  /** relativePath: the file's path within the input folder, '/'-separated. */
  keyOf(relativePath: string, sourceSha256: string): string {
    return createHash('sha256')
      .update(`${this.version}\0${relativePath.normalize('NFC')}\0${sourceSha256}`)
      .digest('hex');
  }

  /**
   * The key of the file as it is on disk now, or undefined when it cannot be
   * read here (missing, not a file, too large): the worker then compiles it
   * and reports why.
   */
  async keyOfFile(file: string, relativePath: string): Promise<string | undefined> {
    try {
      const info = await stat(file);
      if (!info.isFile() || info.size > MAX_SOURCE_BYTES) return undefined;
      return this.keyOf(relativePath, sha256OfBytes(await readFile(file)));
    } catch {
      return undefined;
    }
  }

  /**
   * The entry, when its images (looked for from `images`, the file as it is
   * now) still come to what they came to: an image edited, added or deleted
   * while the source stayed the same is a miss.
   */
  async get(key: string, images?: ImageContext): Promise<CachedCompile | undefined> {
    this.used.add(key);
    let text: string;
    try {
      text = await readFile(this.entryPath(key), 'utf8');
    } catch {
      return undefined; // a miss, or unreadable: compiled again either way
    }
    const entry = this.parseEntry(key, text);
    if (entry === undefined) return undefined;
    if (entry.includeChecks !== undefined) {
      // An included file edited, added or removed since: compile the article again.
      if (images?.root === undefined || !includesUnchanged(entry.includeChecks, images.root)) {
        return undefined;
      }
    }
    if (entry.imageChecks === undefined) return entry;
    if (images === undefined) return undefined;
    const assets = checkImagesAgain(entry.imageChecks, images);
    return assets === undefined ? undefined : { ...entry, assets };
  }

  async set(key: string, result: CachedCompile): Promise<void> {
    this.used.add(key);
    const { assets: _assets, ...stored } = result;
    const body = JSON.stringify(stored);
    const header: EntryHeader = {
      version: this.version,
      key,
      sha256: createHash('sha256').update(body, 'utf8').digest('hex'),
    };
    await mkdir(this.dir, { recursive: true });
    // Written aside and renamed in, so an interrupted build leaves no half entry.
    const temporary = path.join(this.dir, `.${key}.${randomBytes(4).toString('hex')}.tmp`);
    await writeFile(temporary, `${JSON.stringify(header)}\n${body}`);
    await rename(temporary, this.entryPath(key));
  }

  /** Deletes every entry this build did not use: deleted and changed files, other versions. */
  async prune(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const stale = names.filter(
      (name) =>
        name !== SEARCH_INDEX_ENTRY &&
        !(name.endsWith(ENTRY_SUFFIX) && this.used.has(name.slice(0, -ENTRY_SUFFIX.length))),
    );
    await Promise.all(stale.map((name) => rm(path.join(this.dir, name), { force: true })));
  }

  private entryPath(key: string): string {
    return path.join(this.dir, `${key}${ENTRY_SUFFIX}`);
  }

  private parseEntry(key: string, text: string): CachedCompile | undefined {
    const newline = text.indexOf('\n');
    if (newline < 0) return undefined;
    const body = text.slice(newline + 1);
    try {
      const header = JSON.parse(text.slice(0, newline)) as Partial<EntryHeader>;
      if (header.version !== this.version || header.key !== key) return undefined;
      if (header.sha256 !== createHash('sha256').update(body, 'utf8').digest('hex')) {
        return undefined;
      }
      const parsed = JSON.parse(body) as Partial<CachedCompile>;
      const article = ArticleSchema.safeParse(parsed.article);
      if (!article.success || !Array.isArray(parsed.warnings)) return undefined;
      const links =
        parsed.links === undefined
          ? undefined
          : checkedLinks(parsed.links, parsed.article as Article);
      if (parsed.links !== undefined && links === undefined) return undefined;
      const { imageChecks, includeChecks } = parsed;
      if (imageChecks !== undefined && !isImageChecks(imageChecks)) return undefined;
      if (includeChecks !== undefined && !isIncludeChecks(includeChecks)) return undefined;
      return {
        article: parsed.article as Article,
        warnings: parsed.warnings,
        ...(typeof parsed.pageTitle === 'string' && { pageTitle: parsed.pageTitle }),
        ...(links && { links }),
        ...(imageChecks !== undefined && { imageChecks }),
        ...(includeChecks !== undefined && { includeChecks }),
      };
    } catch {
      return undefined;
    }
  }
}

function isImageChecks(value: unknown): value is ImageCheck[] {
  return (
    Array.isArray(value) &&
    value.every(
      (check: Partial<ImageCheck> | null) =>
        typeof check?.src === 'string' && typeof check.outcome === 'string',
    )
  );
}

function isIncludeChecks(value: unknown): value is IncludeCheck[] {
  return (
    Array.isArray(value) &&
    value.every(
      (check: Partial<IncludeCheck> | null) =>
        typeof check?.target === 'string' &&
        typeof check.from === 'string' &&
        typeof check.outcome === 'string',
    )
  );
}
