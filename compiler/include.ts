// `.. include:: file` and `.. literalinclude:: file` in reStructuredText: the
// file's text takes the directive's place, as Sphinx builds it. Only a file
// inside the input folder is read; one outside it, missing, not text, too
// large, nested too deep or including itself is a warning with the line of
// the directive, and nothing is read for it.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeSourceText } from './decode';
import { MAX_SOURCE_BYTES, MAX_SOURCE_LABEL } from './limits';
import { expandTabs } from './plaintext-lines';
import { SourceRejected } from './rejection';
import { sha256Hex } from './hash';
import type { IncludeCheck, SourceWarning } from './types';
import { isInside } from './walk';

const INCLUDE = /^([ \t]*)\.\.[ \t]+(include|literalinclude)::[ \t]*(.*?)[ \t]*$/;
/** Includes inside includes, as deep as real documentation goes and then some. */
export const MAX_INCLUDE_DEPTH = 8;

/** The included file's text and real path, or why it is not read. */
export type IncludeResult = { text: string; file: string } | { problem: string };

/** Reads `target` as written in `fromFile` (a real path); the reader decides what may be read. */
export type IncludeReader = (target: string, fromFile: string) => IncludeResult;

export interface ExpandedLines {
  lines: string[];
  /** For each line, the 1-based line of the top file it comes from (an include's directive line). */
  lineOf: number[];
}

/**
 * The lines with every include directive replaced by what it brings in.
 * Without a reader (a source compiled from memory) the directives stay, and
 * the parser says they are not followed.
 */
export function expandIncludes(
  lines: string[],
  file: string | undefined,
  read: IncludeReader | undefined,
  warnings: SourceWarning[],
): ExpandedLines {
  const out: ExpandedLines = { lines: [], lineOf: [] };
  if (!read || file === undefined) {
    lines.forEach((line, index) => {
      out.lines.push(line);
      out.lineOf.push(index + 1);
    });
    return out;
  }
  expandInto(out, lines, { file, read, warnings, chain: [file], depth: 0, indent: '' });
  return out;
}

interface Expansion {
  file: string;
  read: IncludeReader;
  warnings: SourceWarning[];
  /** The files including this one, outermost first, to catch a loop. */
  chain: string[];
  depth: number;
  /** The directive's indentation, given to every included line. */
  indent: string;
  /** The top file's line every line of this include is reported at. */
  line?: number;
}

function expandInto(out: ExpandedLines, lines: string[], at: Expansion): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const reportedLine = at.line ?? i + 1;
    const directive = INCLUDE.exec(line);
    if (!directive) {
      // Tabs count from the included file's own first column, not from the directive's.
      out.lines.push(line === '' ? '' : at.indent + (at.indent === '' ? line : expandTabs(line)));
      out.lineOf.push(reportedLine);
      continue;
    }
    const [, indent = '', name = '', target = ''] = directive;
    const options = new Map<string, string>();
    for (
      let option = OPTION.exec(lines[i + 1] ?? '');
      option;
      option = OPTION.exec(lines[i + 1] ?? '')
    ) {
      if ((option[1] ?? '').length <= indent.length) break;
      options.set(option[2] ?? '', option[3] ?? '');
      i++;
    }
    // <isonum.txt> and the like are docutils' own sets of substitutions: no text to show.
    if (/^<[^>]+>$/.test(target)) continue;
    const where = at.depth === 0 ? '' : ` (in ${path.basename(at.file)})`;
    const warn = (problem: string) =>
      at.warnings.push({
        line: reportedLine,
        code: 'not-included',
        message: `".. ${name}:: ${target}"${where} is not included: ${problem}`,
      });
    if (target === '') {
      warn('it names no file');
      continue;
    }
    if (at.depth >= MAX_INCLUDE_DEPTH) {
      warn(`includes are nested more than ${MAX_INCLUDE_DEPTH} deep`);
      continue;
    }
    const found = at.read(target, at.file);
    if ('problem' in found) {
      warn(found.problem);
      continue;
    }
    if (at.chain.includes(found.file)) {
      warn('it includes itself (directly or through other includes)');
      continue;
    }
    const included = cut(found.text.split(/\r\n|\r|\n/), options);
    const innerIndent = at.indent + indent;
    if (name === 'literalinclude' || options.has('literal')) {
      // Literal text is code: a `::` paragraph with the text indented under it.
      out.lines.push(`${innerIndent}::`, '');
      out.lineOf.push(reportedLine, reportedLine);
      for (const includedLine of included) {
        out.lines.push(includedLine === '' ? '' : `${innerIndent}    ${expandTabs(includedLine)}`);
        out.lineOf.push(reportedLine);
      }
      out.lines.push('');
      out.lineOf.push(reportedLine);
      continue;
    }
    expandInto(out, included, {
      ...at,
      file: found.file,
      chain: [...at.chain, found.file],
      depth: at.depth + 1,
      indent: innerIndent,
      line: reportedLine,
    });
  }
}

const OPTION = /^([ \t]+):([\w-]+):[ \t]*(.*?)[ \t]*$/;

/** `:start-after:`, `:end-before:`, `:start-line:` and `:end-line:` keep a part of the file. */
function cut(lines: string[], options: Map<string, string>): string[] {
  let text = lines.join('\n');
  const startAfter = options.get('start-after');
  if (startAfter) {
    const at = text.indexOf(startAfter);
    text = at === -1 ? '' : text.slice(at + startAfter.length);
  }
  const endBefore = options.get('end-before');
  if (endBefore) {
    const at = text.indexOf(endBefore);
    if (at !== -1) text = text.slice(0, at);
  }
  const startLine = Number(options.get('start-line') ?? 0) || 0;
  const endLine = Number(options.get('end-line') ?? Number.NaN);
  const kept = text.split('\n');
  return kept.slice(startLine, Number.isFinite(endLine) ? endLine : undefined);
}

/**
 * Reads includes from the file system, only inside `root` (the input
 * folder): a path or a link that leads out of it is never opened.
 */
export function fileIncludeReader(root: string): IncludeReader {
  const read = insideReader(root);
  return (target, fromFile) => {
    const found = read(target, fromFile);
    // reST sources published as plain text are .txt files here (the reader
    // takes .txt, not .rst), so an include of a missing "x.rst" reads "x.txt".
    if ('problem' in found && found.problem === MISSING && /\.rst$/i.test(target)) {
      const asText = read(target.replace(/\.rst$/i, '.txt'), fromFile);
      if (!('problem' in asText && asText.problem === MISSING)) return asText;
    }
    return found;
  };
}

const MISSING = 'the file does not exist';

function insideReader(root: string): IncludeReader {
  const realRoot = realpathSync(root);
  return (target, fromFile) => {
    const written = path.resolve(path.dirname(fromFile), target);
    if (!isInside(path.resolve(root), written) && !isInside(realRoot, written)) {
      return { problem: 'the file is outside the input folder, so it is not read' };
    }
    try {
      const real = realpathSync(written);
      if (!isInside(realRoot, real)) {
        return { problem: 'the file links to a place outside the input folder, so it is not read' };
      }
      const info = statSync(real);
      if (!info.isFile()) return { problem: 'it is not a regular file' };
      if (info.size > MAX_SOURCE_BYTES) {
        return { problem: `the file is larger than ${MAX_SOURCE_LABEL}, so it is not read` };
      }
      return { text: decodeSourceText(readFileSync(real)), file: real };
    } catch (error) {
      if (error instanceof SourceRejected) return { problem: error.message };
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: MISSING };
      if (typeof code === 'string') return { problem: `the file cannot be read (${code})` };
      throw error;
    }
  };
}

/** The reader, noting in `checks` what each include it answers comes to. */
export function recordingReader(read: IncludeReader, checks: IncludeCheck[]): IncludeReader {
  return (target, fromFile) => {
    const result = read(target, fromFile);
    checks.push({ target, from: fromFile, outcome: outcomeOf(result) });
    return result;
  };
}

/** Whether every include would read the same as when it was checked, in the input folder `root`. */
export function includesUnchanged(checks: readonly IncludeCheck[], root: string): boolean {
  let read: IncludeReader;
  try {
    read = fileIncludeReader(root);
  } catch {
    return false; // the folder is gone or unreadable: compile again, which says why
  }
  return checks.every((check) => {
    try {
      return outcomeOf(read(check.target, check.from)) === check.outcome;
    } catch {
      return false;
    }
  });
}

function outcomeOf(result: IncludeResult): string {
  return 'problem' in result ? `problem: ${result.problem}` : `sha256: ${sha256Hex(result.text)}`;
}
