// Writes a compiled collection. Everything goes into a fresh temporary folder
// beside the output, which then replaces the output folder by rename: an
// interrupted build leaves the previous collection (or none), never half of
// one, and article files and images from earlier builds do not linger.
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTION_FILES, type Manifest } from '../common/collection';
import { ImageSchema, type Article } from '../common/model';
import { MARKER_TEXT, refuseToReplaceForeignFolder } from './collection-marker';
import type { ImageAsset } from './images';

/** Files written at once: enough to keep the disk busy, few enough for any file-handle limit. */
const PARALLEL_WRITES = 32;

/** Images copied at once: each is held in memory (up to the per-image limit) while it is checked. */
const PARALLEL_IMAGE_COPIES = 4;

/** The folder of a collection holding its images; Image.src is a path under it (assets/<file>). */
export const ASSETS_DIR = 'assets';

export interface CollectionFiles {
  manifest: Manifest;
  articles: readonly Article[];
  /** The encoded search index (main/search/index-file.ts). */
  searchIndex: Uint8Array;
  /** The images the articles show, each once (compile.ts); copied into assets/. */
  assets?: readonly ImageAsset[];
}

export async function writeCollection(outDir: string, files: CollectionFiles): Promise<void> {
  const target = path.resolve(outDir);
  await refuseToReplaceForeignFolder(target);
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(path.join(parent, `.${path.basename(target)}.building-`));
  try {
    // mkdtemp makes the folder private (0700); the collection is shipped for every user to read.
    await chmod(staging, 0o755);
    await writeFilesInto(staging, files);
    await swapInto(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function writeFilesInto(dir: string, files: CollectionFiles): Promise<void> {
  await writeFile(path.join(dir, COLLECTION_FILES.marker), MARKER_TEXT);
  const articlesDir = path.join(dir, COLLECTION_FILES.articlesDir);
  await mkdir(articlesDir);
  const queue = [...files.articles];
  const writeNext = async (): Promise<void> => {
    for (let article = queue.pop(); article; article = queue.pop()) {
      await writeFile(articleFilePath(articlesDir, article.id), JSON.stringify(article));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_WRITES }, writeNext));
  await copyImagesInto(dir, files.assets ?? []);
  await writeFile(path.join(dir, COLLECTION_FILES.searchIndex), files.searchIndex);
  // The manifest last and pretty: it is the file people open to see what was built.
  await writeFile(
    path.join(dir, COLLECTION_FILES.manifest),
    `${JSON.stringify(files.manifest, null, 2)}\n`,
  );
}

/**
 * Each image under its content-hash name. The bytes are hashed again as they
 * are copied: an image changed since it was checked would no longer be what
 * its name and the article's recorded size say, so the build stops instead.
 */
async function copyImagesInto(dir: string, assets: readonly ImageAsset[]): Promise<void> {
  if (assets.length === 0) return;
  const assetsDir = path.join(dir, ASSETS_DIR);
  await mkdir(assetsDir);
  const queue = [...assets];
  const copyNext = async (): Promise<void> => {
    for (let asset = queue.pop(); asset; asset = queue.pop()) {
      const target = assetFilePath(dir, asset.src);
      const bytes = await readFile(asset.file);
      const hash = createHash('sha256').update(bytes).digest('hex');
      if (!hash.startsWith(path.basename(target).replace(/\..*$/, ''))) {
        throw new Error(
          `the image ${asset.file} changed while the collection was built; build again`,
        );
      }
      await writeFile(target, bytes);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_IMAGE_COPIES }, copyNext));
}

/** Like articleFilePath: an asset's src names one file directly in assets/, nothing else. */
export function assetFilePath(collectionDir: string, src: string): string {
  const assetsDir = path.resolve(collectionDir, ASSETS_DIR);
  const file = path.resolve(collectionDir, src);
  if (!ImageSchema.shape.src.safeParse(src).success || path.dirname(file) !== assetsDir) {
    throw new Error(`refusing to write asset ${JSON.stringify(src)} outside ${assetsDir}`);
  }
  return file;
}

/**
 * Ids are validated against ARTICLE_ID_PATTERN before they get here; this
 * re-checks at the point of writing, so no id can ever name a path outside.
 */
export function articleFilePath(articlesDir: string, id: string): string {
  const file = path.resolve(articlesDir, `${id}.json`);
  if (path.dirname(file) !== path.resolve(articlesDir) || id.includes('..')) {
    throw new Error(`refusing to write article id ${JSON.stringify(id)} outside ${articlesDir}`);
  }
  return file;
}

/** Moves the old output aside, the new one in, then deletes the old one. */
async function swapInto(staging: string, target: string): Promise<void> {
  const old = `${path.join(path.dirname(target), `.${path.basename(target)}.old-`)}${randomBytes(4).toString('hex')}`;
  const hadOld = await exists(target);
  if (hadOld) await rename(target, old);
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadOld) await rename(old, target); // put the previous collection back
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
