// One source file -> one Article (with warnings for what it leaves out) or
// one Rejection. Every source is someone else's input, so it never throws
// for bad input. The format parsers and the language detector are handed in
// rather than imported, so a compile worker loads only those its folder
// needs (compile-worker.ts); compile-source.ts is the same with all of them.
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { assembleArticle } from './article';
import { sha256OfBytes } from './compile-cache';
import { checkSourceSize, decodeSourceText } from './decode';
import { splitFrontMatter } from './front-matter';
import type { parseHtml } from './html';
import { resolveImages } from './images';
import { requireFormat, type SourceFormat } from './limits';
import { LanguageDetectorNeeded, loadLanguageDetector } from './language';
import type { parseMarkdown } from './markdown';
import { fileIncludeReader, recordingReader } from './include';
import type { parsePlainText, PlainTextSource } from './plaintext';
import { SourceRejected } from './rejection';
import type {
  CompileResult,
  CompileWarning,
  IncludeCheck,
  ParsedDocument,
  Rejection,
} from './types';
import { relativeSourcePath } from './walk';

export interface SourceFile {
  /** Used for the file name (fallback title, format) and in rejection messages. */
  path: string;
  bytes: Uint8Array;
  /**
   * The path relative to the input folder, '/'-separated: it gives the id,
   * so files of one name in two folders are two articles. Defaults to the
   * file's name (a file compiled on its own).
   */
  relativePath?: string;
  /**
   * Where the source is on disk, for reST includes (read only inside
   * `includeRoot`) and links written from the documentation's root. A
   * source compiled from memory has none, and its includes are reported.
   */
  onDisk?: { file: string; includeRoot: string; pathFromRoot?: string };
  /**
   * The input folder, when the source is part of one: its images are read
   * from there (images.ts). Without it, images keep only their alt text.
   */
  root?: string;
}

/** The parser of each format a compile may meet. */
export interface FormatParsers {
  html?: typeof parseHtml;
  markdown?: typeof parseMarkdown;
  plaintext?: typeof parsePlainText;
}

/**
 * Compiles a source already in memory. Throws LanguageDetectorNeeded, and
 * only that, when the article's language takes the detector and none is
 * loaded: compileFileWith loads it and compiles again.
 */
export function compileSourceWith(
  parsers: FormatParsers,
  { path: sourcePath, bytes, relativePath, onDisk, root }: SourceFile,
): CompileResult {
  try {
    const fileName = path.basename(sourcePath);
    const format = requireFormat(fileName);
    const text = decodeSourceText(bytes);
    const includeChecks: IncludeCheck[] = [];
    const parsed = parseSource(
      parsers,
      format,
      text,
      onDisk && plainTextSource(onDisk, includeChecks),
    );
    const images = resolveImages(parsed.blocks, {
      sourcePath,
      ...(root === undefined ? {} : { root }),
    });
    // In the file's order, as a publisher reads them; a warning without a line goes last.
    const warnings: CompileWarning[] = [...(parsed.warnings ?? []), ...images.warnings]
      .map((warning) => ({ path: sourcePath, ...warning }))
      .sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
    const { article, links } = assembleArticle(
      fileName,
      { ...parsed, blocks: images.blocks },
      relativePath ?? fileName,
    );
    return {
      article,
      warnings,
      ...(links && { links }),
      ...(parsed.pageTitle === undefined ? {} : { pageTitle: parsed.pageTitle }),
      ...(images.assets.length > 0 && { assets: images.assets }),
      ...(images.checks.length > 0 && { imageChecks: images.checks }),
      ...(includeChecks.length > 0 && { includeChecks }),
    };
  } catch (error) {
    if (error instanceof LanguageDetectorNeeded) throw error;
    return { rejection: toRejection(sourcePath, error) };
  }
}

/**
 * Reads and compiles one file; too-large files are rejected before reading.
 * `inputRoot` is the input folder: the file's path within it gives the id,
 * includes are read inside it, and paths written from it link. Without it,
 * the id comes from the file's name and only includes in the file's own
 * folder (and below) are read.
 */
export async function compileFileWith(
  parsersFor: (format: SourceFormat) => Promise<FormatParsers>,
  sourcePath: string,
  inputRoot?: string,
): Promise<CompileResult> {
  try {
    const parsers = await parsersFor(requireFormat(path.basename(sourcePath)));
    const info = await stat(sourcePath);
    if (!info.isFile()) throw new SourceRejected('unreadable', 'not a regular file');
    checkSourceSize(info.size);
    const bytes = await readFile(sourcePath);
    const file = await realpath(sourcePath);
    const includeRoot = inputRoot === undefined ? path.dirname(file) : await realpath(inputRoot);
    const pathFromRoot =
      inputRoot === undefined
        ? undefined
        : path.relative(includeRoot, file).split(path.sep).join('/');
    const source: SourceFile = {
      path: sourcePath,
      bytes,
      ...(inputRoot !== undefined && { relativePath: relativeSourcePath(inputRoot, sourcePath) }),
      ...(inputRoot !== undefined && { root: inputRoot }),
      onDisk: { file, includeRoot, ...(pathFromRoot === undefined ? {} : { pathFromRoot }) },
    };
    const result = await compileLoadingDetector(parsers, source);
    // The hash of the very bytes compiled: the file may change while it is compiled.
    return 'article' in result ? { ...result, sourceSha256: sha256OfBytes(bytes) } : result;
  } catch (error) {
    return { rejection: toRejection(sourcePath, error) };
  }
}

/** Compiles, loading the language detector first if this article turns out to need it. */
async function compileLoadingDetector(
  parsers: FormatParsers,
  source: SourceFile,
): Promise<CompileResult> {
  try {
    return compileSourceWith(parsers, source);
  } catch (error) {
    if (!(error instanceof LanguageDetectorNeeded)) throw error;
    await loadLanguageDetector();
    return compileSourceWith(parsers, source);
  }
}

function plainTextSource(
  onDisk: NonNullable<SourceFile['onDisk']>,
  checks: IncludeCheck[],
): PlainTextSource {
  return {
    file: onDisk.file,
    readInclude: recordingReader(fileIncludeReader(onDisk.includeRoot), checks),
    ...(onDisk.pathFromRoot === undefined ? {} : { pathFromRoot: onDisk.pathFromRoot }),
  };
}

function parserOf<Format extends SourceFormat>(
  parsers: FormatParsers,
  format: Format,
): NonNullable<FormatParsers[Format]> {
  const parser = parsers[format];
  if (!parser) throw new Error(`the ${format} parser is not loaded`);
  return parser as NonNullable<FormatParsers[Format]>;
}

function parseSource(
  parsers: FormatParsers,
  format: SourceFormat,
  text: string,
  source?: PlainTextSource,
): ParsedDocument {
  if (format === 'html') {
    const { metadata, title, pageTitle, blocks, warnings } = parserOf(parsers, 'html')(text);
    return {
      metadata,
      blocks,
      warnings,
      ...(title === undefined ? {} : { bodyTitle: title }),
      ...(pageTitle === undefined ? {} : { pageTitle }),
    };
  }
  const { metadata, body, bodyLine } = splitFrontMatter(text);
  const { warnings = [], ...parsed } =
    format === 'markdown'
      ? parserOf(parsers, 'markdown')(body, metadata.title)
      : parserOf(parsers, 'plaintext')(body, metadata.title, source);
  // Body parsers count lines from the body; the publisher's editor counts from the file's start.
  const inSource = warnings.map((warning) =>
    warning.line === undefined ? warning : { ...warning, line: warning.line + bodyLine - 1 },
  );
  return { metadata, ...parsed, warnings: inSource };
}

function toRejection(sourcePath: string, error: unknown): Rejection {
  if (error instanceof SourceRejected) {
    return { path: sourcePath, code: error.code, reason: error.message };
  }
  const fsError = error as NodeJS.ErrnoException | undefined;
  if (typeof fsError?.code === 'string') {
    return {
      path: sourcePath,
      code: 'unreadable',
      reason: `cannot read file: ${fsError.code} (${fsError.message})`,
    };
  }
  // Parsers recurse over the source's nesting; a source built to be deeper
  // than the stack is the source's problem, not a compiler bug.
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return {
      path: sourcePath,
      code: 'too-complex',
      reason: 'nested too deeply to read (the parser ran out of stack)',
    };
  }
  // Anything else is a bug in the compiler: report it against this file, with
  // enough detail to find it, rather than stopping every other file.
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    path: sourcePath,
    code: 'compiler-error',
    reason: `compiler error (a bug, please report it): ${detail.split('\n').slice(0, 3).join(' / ')}`,
  };
}
