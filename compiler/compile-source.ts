// One source file -> one Article (with warnings for what it leaves out) or
// one Rejection, with every format's parser and the language detector loaded:
// the compiler's API for a file or a source in memory (compiler/index.ts,
// the tests). The compile workers use compile-core.ts directly and load only
// the parsers their folder needs.
import { compileFileWith, compileSourceWith, type FormatParsers } from './compile-core';
import { parseHtml } from './html';
import { loadLanguageDetector } from './language';
import { parseMarkdown } from './markdown';
import { parsePlainText } from './plaintext';
import type { CompileResult } from './types';

export type { SourceFile } from './compile-core';

const ALL_PARSERS: FormatParsers = {
  html: parseHtml,
  markdown: parseMarkdown,
  plaintext: parsePlainText,
};

await loadLanguageDetector();

/** Compiles a source already in memory. */
export function compileSource(source: Parameters<typeof compileSourceWith>[1]): CompileResult {
  return compileSourceWith(ALL_PARSERS, source);
}

/**
 * Reads and compiles one file; too-large files are rejected before reading.
 * `inputRoot` is the input folder: the file's path within it gives the id,
 * includes are read inside it, and paths written from it link. Without it,
 * the id comes from the file's name and only includes in the file's own
 * folder (and below) are read.
 */
export function compileFile(sourcePath: string, inputRoot?: string): Promise<CompileResult> {
  return compileFileWith(() => Promise.resolve(ALL_PARSERS), sourcePath, inputRoot);
}
