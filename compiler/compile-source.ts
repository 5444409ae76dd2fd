// One source file -> one Article (with warnings for what it leaves out) or
// one Rejection. Every source is someone else's input, so it never throws
// for bad input.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { assembleArticle } from './article';
import { sha256OfBytes } from './compile-cache';
import { checkSourceSize, decodeSourceText } from './decode';
import { splitFrontMatter } from './front-matter';
import { parseHtml } from './html';
import { resolveImages } from './images';
import { formatOfFileName, SUPPORTED_EXTENSIONS, type SourceFormat } from './limits';
import { parseMarkdown } from './markdown';
import { parsePlainText } from './plaintext';
import { SourceRejected } from './rejection';
import type { CompileResult, CompileWarning, ParsedDocument, Rejection } from './types';

export interface SourceFile {
  /** Used for the file name (id, fallback title, format) and in rejection messages. */
  path: string;
  bytes: Uint8Array;
  /**
   * The input folder, when the source is part of one: its images are read
   * from there (images.ts). Without it, images keep only their alt text.
   */
  root?: string;
}

/** Compiles a source already in memory. */
export function compileSource({ path: sourcePath, bytes, root }: SourceFile): CompileResult {
  try {
    const fileName = path.basename(sourcePath);
    const format = requireFormat(fileName);
    const text = decodeSourceText(bytes);
    const parsed = parseSource(format, text);
    const images = resolveImages(parsed.blocks, {
      sourcePath,
      ...(root === undefined ? {} : { root }),
    });
    const warnings: CompileWarning[] = [...(parsed.warnings ?? []), ...images.warnings].map(
      (warning) => ({ path: sourcePath, ...warning }),
    );
    const article = assembleArticle(fileName, { ...parsed, blocks: images.blocks });
    return {
      article,
      warnings,
      ...(parsed.pageTitle === undefined ? {} : { pageTitle: parsed.pageTitle }),
      ...(images.assets.length > 0 && { assets: images.assets }),
      ...(images.checks.length > 0 && { imageChecks: images.checks }),
    };
  } catch (error) {
    return { rejection: toRejection(sourcePath, error) };
  }
}

/** Reads and compiles one file; too-large files are rejected before reading. */
export async function compileFile(sourcePath: string, root?: string): Promise<CompileResult> {
  try {
    requireFormat(path.basename(sourcePath));
    const info = await stat(sourcePath);
    if (!info.isFile()) throw new SourceRejected('unreadable', 'not a regular file');
    checkSourceSize(info.size);
    const bytes = await readFile(sourcePath);
    const result = compileSource({
      path: sourcePath,
      bytes,
      ...(root === undefined ? {} : { root }),
    });
    // The hash of the very bytes compiled: the file may change while it is compiled.
    return 'article' in result ? { ...result, sourceSha256: sha256OfBytes(bytes) } : result;
  } catch (error) {
    return { rejection: toRejection(sourcePath, error) };
  }
}

function requireFormat(fileName: string): SourceFormat {
  const format = formatOfFileName(fileName);
  if (format === undefined) {
    throw new SourceRejected(
      'unsupported-type',
      `unsupported file type: articles are ${SUPPORTED_EXTENSIONS.join(', ')}`,
    );
  }
  return format;
}

function parseSource(format: SourceFormat, text: string): ParsedDocument {
  if (format === 'html') {
    const { metadata, title, pageTitle, blocks, warnings } = parseHtml(text);
    return {
      metadata,
      blocks,
      warnings,
      ...(title === undefined ? {} : { bodyTitle: title }),
      ...(pageTitle === undefined ? {} : { pageTitle }),
    };
  }
  const { metadata, body, bodyLine } = splitFrontMatter(text);
  const parseBody = format === 'markdown' ? parseMarkdown : parsePlainText;
  const { warnings = [], ...parsed } = parseBody(body, metadata.title);
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
