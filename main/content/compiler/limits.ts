// Limits and file types the compiler accepts, in one place so messages and
// checks agree.

/**
 * Larger sources are rejected before they are read: an article is text, and
 * 5 MB of text is several books. It keeps one stray file (a log, a dump) from
 * exhausting memory in the compiler or in the reader.
 */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
export const MAX_SOURCE_LABEL = '5 MB';

/**
 * Each file's compile budget (compile-pool.ts). A 5 MB article takes a few
 * seconds; a source built to make a parser quadratic would take minutes or
 * gigabytes, and is rejected when it runs over.
 */
export const DEFAULT_FILE_TIMEOUT_MS = 20_000;
export const DEFAULT_FILE_MEMORY_MB = 1024;

export type SourceFormat = 'markdown' | 'plaintext' | 'html';

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
