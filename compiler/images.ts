// The asset step: each image a parser found (DraftBlock.imageSource) is
// checked and becomes an image block naming its copy in the collection
// (assets/<sha256>.<ext>), or, when it cannot be shown, its alt text in its
// place and a warning with file and line. Nothing remote, absolute, outside
// the input folder (by path or through a link) or missing is ever read; a
// file is read only once it is known to be an ordinary file inside the
// folder and within the size limit. Synchronous: it runs inside the compile
// worker, between parsing and assembling (compile-source.ts).
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { identifyImage, NotAnImage } from './image-format';
import { MAX_IMAGE_BYTES, MAX_IMAGE_LABEL } from './limits';
import type { DraftBlock, SourceWarning } from './types';
import { isInside } from './walk';

/** One image file the collection ships. */
export interface ImageAsset {
  /** Its Image.src: assets/<hash>.<ext>. */
  src: string;
  /** The real path of the file read, inside the input folder. */
  file: string;
  /** Its size, for the collection's limit. */
  bytes: number;
}

/**
 * What one image reference came to, keyed by the src as written: the compile
 * cache runs the check again on a warm build and reuses an article only when
 * every reference still comes to the same (the image may have changed, been
 * added or been deleted while the article's source did not).
 */
export interface ImageCheck {
  src: string;
  /** The asset's src, or why it is not shown. */
  outcome: string;
}

export interface ImageContext {
  /** The source file, as the walk found it: a relative src is resolved against its folder. */
  sourcePath: string;
  /** The input folder; images outside it are never read. Without it no image is read. */
  root?: string;
}

export interface ResolvedImages {
  blocks: DraftBlock[];
  warnings: SourceWarning[];
  assets: ImageAsset[];
  checks: ImageCheck[];
}

export type ImageOutcome =
  | { kind: 'asset'; asset: ImageAsset; width: number; height: number }
  | { kind: 'refused'; reason: string };

/** Hex digits of the SHA-256 in an asset's name: 128 bits, no collision in any collection. */
const NAME_HEX_CHARS = 32;

export function resolveImages(
  blocks: readonly DraftBlock[],
  context: ImageContext,
): ResolvedImages {
  const warnings: SourceWarning[] = [];
  const assets = new Map<string, ImageAsset>();
  const outcomes = new Map<string, ImageOutcome>();
  const resolved: DraftBlock[] = [];
  for (const block of blocks) {
    const { imageSource, ...rest } = block;
    if (block.kind !== 'image' || imageSource === undefined) {
      resolved.push(block);
      continue;
    }
    let outcome = outcomes.get(imageSource.src);
    if (outcome === undefined) {
      outcome = checkImage(imageSource.src, context);
      outcomes.set(imageSource.src, outcome);
    }
    const { alt } = imageSource;
    if (outcome.kind === 'asset') {
      assets.set(outcome.asset.src, outcome.asset);
      const image = { src: outcome.asset.src, alt, width: outcome.width, height: outcome.height };
      resolved.push({ ...rest, text: '', image });
      continue;
    }
    const line = imageSource.line === undefined ? {} : { line: imageSource.line };
    const standIn = alt.trim();
    warnings.push({
      ...line,
      code: 'image',
      message:
        standIn === ''
          ? `image ${JSON.stringify(imageSource.src)} is not shown: ${outcome.reason}; it has no alt text, so nothing stands in its place`
          : `image ${JSON.stringify(imageSource.src)} is not shown: ${outcome.reason}; its alt text stands in its place`,
    });
    if (standIn !== '') {
      const { kind: _kind, image: _image, text: _text, ...around } = rest;
      resolved.push({ ...around, kind: 'paragraph', text: standIn });
    }
  }
  const checks = [...outcomes].map(([src, outcome]) => ({
    src,
    outcome: describeOutcome(outcome),
  }));
  return { blocks: resolved, warnings, assets: [...assets.values()], checks };
}

/**
 * The image files, as they are now, when every reference still comes to what
 * it came to when the article was compiled; undefined when any differs.
 */
export function checkImagesAgain(
  checks: readonly ImageCheck[],
  context: ImageContext,
): ImageAsset[] | undefined {
  const assets = new Map<string, ImageAsset>();
  for (const check of checks) {
    const outcome = checkImage(check.src, context);
    if (describeOutcome(outcome) !== check.outcome) return undefined;
    if (outcome.kind === 'asset') assets.set(outcome.asset.src, outcome.asset);
  }
  return [...assets.values()];
}

/** The same string for the same result, for the compile cache to compare. */
export function describeOutcome(outcome: ImageOutcome): string {
  return outcome.kind === 'asset'
    ? `${outcome.asset.src} ${outcome.width}x${outcome.height}`
    : `refused: ${outcome.reason}`;
}

/** Decides whether `src` (as written in the source) is an image the collection can ship. */
export function checkImage(src: string, context: ImageContext): ImageOutcome {
  const written = src.trim();
  const refusal = refusalBeforeReading(written);
  if (refusal !== undefined) return refused(refusal);
  if (context.root === undefined) {
    return refused('images are read only when a whole folder is compiled');
  }
  let relative: string;
  try {
    // A URL's path: the query and fragment name nothing on disk, and
    // "my%20diagram.png" is the file "my diagram.png".
    relative = decodeURIComponent(written.replace(/[?#].*$/s, ''));
  } catch {
    return refused('its address has a malformed %-escape');
  }
  if (relative === '' || relative.includes('\0')) return refused('it names no file');
  if (path.isAbsolute(relative) || /^[a-z]:/i.test(relative)) {
    return refused('an absolute path is never read: link the image relative to the article');
  }
  const root = path.resolve(context.root);
  const file = path.resolve(path.dirname(path.resolve(context.sourcePath)), relative);
  if (!isInside(root, file)) {
    return refused(`it leads to ${file}, outside the input folder, which is never read`);
  }
  // Named relative to the folder in messages: shorter, and the same wherever the folder is.
  const shown = path.relative(root, file).split(path.sep).join('/');
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return refused(`there is no file ${shown}`);
    if (code === 'ELOOP') return refused(`${shown} is a link loop`);
    return refused(`${shown} cannot be read (${code ?? String(error)})`);
  }
  if (!isInside(realRoot, real)) {
    return refused(`${shown} is a link to ${real}, outside the input folder, which is never read`);
  }
  return readImage(real, shown);
}

/** Refusals that need no file system: remote, inline, other schemes, protocol-relative, rooted. */
function refusalBeforeReading(src: string): string | undefined {
  if (src === '') return 'it has no address';
  if (src.startsWith('//') || src.startsWith('\\\\')) {
    return 'a remote image is never fetched: copy it into the input folder and link it relatively';
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src)?.[1]?.toLowerCase();
  // A Windows drive letter ("C:") is one letter: it is an absolute path, judged below.
  if (scheme !== undefined && scheme.length > 1) {
    if (scheme === 'http' || scheme === 'https') {
      return 'a remote image is never fetched: copy it into the input folder and link it relatively';
    }
    if (scheme === 'data') {
      return 'an inline data: image is not read: save it as a file in the input folder';
    }
    return `a ${scheme}: address is not a file in the input folder`;
  }
  if (src.startsWith('/') || src.startsWith('\\')) {
    return 'an absolute path is never read: link the image relative to the article';
  }
  return undefined;
}

function readImage(file: string, shown: string): ImageOutcome {
  let bytes: Buffer;
  try {
    const info = statSync(file);
    if (!info.isFile()) return refused(`${shown} is not a file`);
    if (info.size > MAX_IMAGE_BYTES) {
      return refused(
        `${shown} is ${megabytes(info.size)}, over the ${MAX_IMAGE_LABEL} limit for one image`,
      );
    }
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refused(`${shown} cannot be read (${code ?? String(error)})`);
  }
  // Checked again on the bytes read: the file may have grown since stat.
  if (bytes.length > MAX_IMAGE_BYTES) {
    return refused(
      `${shown} is ${megabytes(bytes.length)}, over the ${MAX_IMAGE_LABEL} limit for one image`,
    );
  }
  let info;
  try {
    info = identifyImage(bytes);
  } catch (error) {
    if (error instanceof NotAnImage) return refused(`${shown} is ${error.message}`);
    throw error;
  }
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, NAME_HEX_CHARS);
  return {
    kind: 'asset',
    asset: { src: `assets/${hash}.${info.format}`, file, bytes: bytes.length },
    width: info.width,
    height: info.height,
  };
}

function refused(reason: string): ImageOutcome {
  return { kind: 'refused', reason };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
