// Limits and file types the compiler accepts, in one place so messages and
// checks agree.
import { SourceRejected } from './rejection';

/**
 * Larger sources are rejected before they are read: an article is text, and
 * 5 MB of text is several books. It keeps one stray file (a log, a dump) from
 * exhausting memory in the compiler or in the reader.
 */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
export const MAX_SOURCE_LABEL = '5 MB';

/**
 * Each file's compile budget (compile-pool.ts), for up to 1 MB of source and
 * again for each further megabyte. An ordinary 5 MB Markdown article took 90 s
 * and 1.7 GB on a busy two-core machine, well inside its five budgets; the
 * small sources built to stall a parser take minutes or gigabytes and are
 * rejected when they run over.
 */
export const DEFAULT_FILE_TIMEOUT_MS = 30_000;
export const DEFAULT_FILE_MEMORY_MB = 512;

export const SOURCE_FORMATS = ['markdown', 'plaintext', 'html'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

const FORMAT_BY_EXTENSION: Record<string, SourceFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'plaintext',
  '.html': 'html',
  '.htm': 'html',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

/** The format for a file name's extension (any case), or undefined. */
export function formatOfFileName(fileName: string): SourceFormat | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return FORMAT_BY_EXTENSION[fileName.slice(dot).toLowerCase()];
}

/**
 * One image may be at most this large: a photograph or a detailed diagram
 * is a few megabytes; anything larger is a stray original that would make
 * every installer heavier. Larger images are not read at all.
 */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_IMAGE_LABEL = '10 MB';

/**
 * All of a collection's images together: the installer carries them, so a
 * folder of photographs cannot silently grow it past what people download.
 * Images past the limit (in the sorted order of the files that use them)
 * are left out with a warning naming the file.
 */
export const MAX_COLLECTION_IMAGE_BYTES = 200 * 1024 * 1024;
export const MAX_COLLECTION_IMAGE_LABEL = '200 MB';

/** File names the walk treats as images (assets an article uses), never as articles. */
const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg']);

/** Whether a file name (any case) is an image's, so the walk lists it as an asset. */
export function isImageFileName(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && IMAGE_EXTENSIONS.has(fileName.slice(dot).toLowerCase());
}

/** The file's format, from its name; a file of any other type is rejected. */
export function requireFormat(fileName: string): SourceFormat {
  const format = formatOfFileName(fileName);
  if (format === undefined) {
    throw new SourceRejected(
      'unsupported-type',
      `unsupported file type: articles are ${SUPPORTED_EXTENSIONS.join(', ')}`,
    );
  }
  return format;
}
