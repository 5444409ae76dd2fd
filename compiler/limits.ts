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
 * Each file's compile budget (compile-pool.ts), for up to 1 MB of source and
 * again for each further megabyte. An ordinary 5 MB Markdown article took 90 s
 * and 1.7 GB on a busy two-core machine, well inside its five budgets; the
 * small sources built to stall a parser take minutes or gigabytes and are
 * rejected when they run over.
 */
export const DEFAULT_FILE_TIMEOUT_MS = 30_000;
export const DEFAULT_FILE_MEMORY_MB = 512;

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
