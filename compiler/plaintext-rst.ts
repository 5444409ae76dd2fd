// The few reStructuredText conventions a plain-text reader has to know so
// that RST documents (the Linux kernel docs, Python docs) read sensibly:
// explicit markup lines starting with `..`, and `::` introducing code.

/**
 * Directives whose indented body is code. The kernel's `kernel-render`
 * body is a diagram's source (Graphviz, SVG) that its docs draw as a
 * picture: the source is the one form of it an article can show.
 */
const CODE_DIRECTIVES = new Set(['code-block', 'code', 'sourcecode', 'highlight', 'kernel-render']);
/**
 * Directives that bring in text from other files (or list them): the
 * compiler reads one file, so that text is not in the article. Said in a
 * warning.
 */
const INCLUDE_DIRECTIVES = new Set([
  'include',
  'literalinclude',
  'toctree',
  'kernel-doc',
  'kernel-include',
  'kernel-abi',
  'kernel-feat',
]);
/** A picture, or raw output for another format. Said in a warning. */
const NOT_SHOWN_DIRECTIVES = new Set(['raw']);
/** A picture with a caption: the caption (the indented text after it) is kept. */
const FIGURE_DIRECTIVES = new Set(['figure', 'kernel-figure']);
const IMAGE_DIRECTIVES = new Set(['image', 'kernel-image']);
/**
 * Directives that show nothing in the rendered document, or only what the
 * article has anyway (an index entry, a table of its sections): dropped
 * without a word.
 */
const SILENT_DIRECTIVES = new Set([
  // The HTML page's <title>; the body's first section title is the article's.
  'title',
  'index',
  'contents',
  'sectionauthor',
  'tabularcolumns',
  'cssclass',
  'default-domain',
  'c:namespace',
  'c:namespace-push',
  'c:namespace-pop',
]);

/** Boxes set apart from the text, with the label the rendered docs give them. */
const ADMONITIONS = new Map([
  ['note', 'Note'],
  ['warning', 'Warning'],
  ['attention', 'Attention'],
  ['caution', 'Caution'],
  ['danger', 'Danger'],
  ['error', 'Error'],
  ['hint', 'Hint'],
  ['important', 'Important'],
  ['tip', 'Tip'],
  ['seealso', 'See also'],
  ['todo', 'To do'],
  ['admonition', ''],
]);

/**
 * Directives whose argument is for the tools, not the reader: a condition
 * (`.. only:: subproject and html`) or a style class (`.. class:: toc-title`).
 * Their body is text like any other.
 */
const ARGUMENT_NOT_SHOWN_DIRECTIVES = new Set(['only', 'class', 'rst-class', 'ifconfig']);

/** Markup only reST has: directives, targets, substitutions, footnotes, SPDX tags, roles. */
const REST_SIGNS = [
  /^[ \t]*\.\.[ \t]+[A-Za-z0-9:_-]+::/m,
  /^[ \t]*\.\.[ \t]+_[^\n]*:/m,
  /^[ \t]*\.\.[ \t]+\|[^|\n]+\|/m,
  /^[ \t]*\.\.[ \t]+\[[^\]\n]+\]/m,
  /^\.\.[ \t]+SPDX-License-Identifier:/m,
  /(?<![\w`]):[a-z][\w.+-]*(?::[\w.+-]+)*:`[^`\n]+`/,
];

/**
 * Whether a text is reStructuredText, where `.. anything` is a comment. In
 * other plain text a paragraph starting ".. and then" is an ellipsis.
 */
export function looksLikeRest(text: string): boolean {
  return REST_SIGNS.some((sign) => sign.test(text));
}

/** What a warning about dropped markup says; the caller adds the line. */
export interface MarkupWarning {
  code: 'not-shown' | 'not-included' | 'comment';
  message: string;
}

/** What an explicit markup block (`.. something`) means for the blocks after it. */
export type ExplicitMarkup =
  /**
   * A comment, label or hidden directive: drop it and its indented body;
   * bodyWarning is for an indented body, should one follow.
   */
  | {
      kind: 'hidden';
      warning?: MarkupWarning;
      bodyWarning?: MarkupWarning;
      /** A `.. _label:` target: the name of the block after it, lowercased as Sphinx does. */
      label?: string;
    }
  /** A code directive: its indented body is code. */
  | { kind: 'code' }
  /**
   * An `image` or `figure` directive: the picture as written (the asset step
   * resolves it) and its `:alt:`; a figure's caption and legend, indented
   * below it, stay inside the figure.
   */
  | { kind: 'image'; src: string; alt: string; figure: boolean; caption?: string }
  /** Any other directive (note, warning, c:function...) or footnote: keep its text. */
  | {
      kind: 'text';
      text: string;
      warning?: MarkupWarning;
      aside?: { label: string };
      /** A footnote's label as written (1, #, #name, *). */
      footnote?: string;
      /** A citation's label as written (CIT2002, lwn-mb). */
      citation?: string;
    };

/**
 * A citation, `.. [CIT2002] text`: its label a reference name, not all
 * digits (that is a footnote's), the text on the line or below it.
 */
const CITATION_DEFINITION = /^\.\.\s+\[(\d*[A-Za-z_][\w.+:-]*)\](?:\s+(.*))?$/;

/** The citation labels a document defines, lowercased as references match them. */
export function citationLabels(lines: readonly string[]): Set<string> {
  const labels = new Set<string>();
  for (const line of lines) {
    const label = CITATION_DEFINITION.exec(line.trim())?.[1];
    if (label !== undefined) labels.add(label.toLowerCase());
  }
  return labels;
}

/**
 * Where each explicit markup block of a run that starts with one begins,
 * after the first: a later line at the same column starting with `..`
 * (citations, targets and directives are often written one a line, without
 * blank lines between). Comment lines in a row stay one comment. Empty when
 * the run is one block.
 */
export function explicitMarkupStarts(lines: readonly string[], indent: number): number[] {
  const markupAt = (line: string) =>
    line.length - line.trimStart().length === indent && /^\.\.(?:\s|$)/.test(line.trimStart());
  const isComment = (line: string) => !NAMED_MARKUP.test(line.trimStart());
  const starts: number[] = [];
  let blockIsComment = isComment(lines[0] ?? '');
  if (!markupAt(lines[0] ?? '')) return starts;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (!markupAt(line) || (blockIsComment && isComment(line))) continue;
    starts.push(index);
    blockIsComment = isComment(line);
  }
  return starts;
}

/** Explicit markup other than a comment: `.. name::`, `.. _target:`, `.. |sub|`, `.. [label]`, a licence tag. */
const NAMED_MARKUP =
  /^\.\.\s+(?:SPDX-License-Identifier:|[A-Za-z0-9:_-]+::|_[^\s:][^:]*:|\|[^|]+\||\[[^\]\s]+\])/;

/**
 * Reads a group whose first line starts with `..`. Returns undefined when
 * the group is not explicit markup after all: a would-be comment in a text
 * that is not reST (`isRest` false) is a paragraph like any other.
 */
export function readExplicitMarkup(lines: string[], isRest: boolean): ExplicitMarkup | undefined {
  const first = lines[0] ?? '';
  if (!/^\.\.(?:\s|$)/.test(first)) return undefined;
  const directive = /^\.\.\s+([A-Za-z0-9:_-]+?)::(.*)$/.exec(first);
  if (directive) {
    return readDirective((directive[1] ?? '').toLowerCase(), directive[2] ?? '', lines);
  }
  const footnote = /^\.\.\s+\[([0-9]+|#[\w-]*|\*)\](?:\s+(.*))?$/.exec(first);
  if (footnote) {
    const text = [footnote[2] ?? '', ...lines.slice(1)].join(' ');
    return { kind: 'text', text, footnote: footnote[1] ?? '' };
  }
  const citation = CITATION_DEFINITION.exec(first);
  if (citation) {
    const text = [citation[2] ?? '', ...lines.slice(1)].join(' ');
    return { kind: 'text', text, citation: citation[1] ?? '' };
  }
  // A bracketed label no citation can have, with text after it: the text is kept.
  const bracketed = /^\.\.\s+\[[^\]]+\]\s+(.*)$/.exec(first);
  if (bracketed) return { kind: 'text', text: [bracketed[1] ?? '', ...lines.slice(1)].join(' ') };
  // `.. _label:` names the next block; `.. _name: https://...` and
  // `.. |name| replace::` carry nothing to read.
  const label = /^\.\.\s+_(`[^`]+`|[^:`]+):\s*$/.exec(first)?.[1];
  if (label !== undefined) {
    return {
      kind: 'hidden',
      label: label.replace(/^`|`$/g, '').replace(/\s+/g, ' ').toLowerCase(),
    };
  }
  if (/^\.\.\s+(?:_[^\n]*:|\|[^|]+\|)/.test(first)) return { kind: 'hidden' };
  if (!isRest) return undefined;
  const comment = lines
    .map((line) => line.trim())
    .join(' ')
    .replace(/^\.\.\s*/, '');
  // A licence tag is for tools.
  if (comment.startsWith('SPDX-License-Identifier:')) return { kind: 'hidden' };
  const excerpt = comment.length > 40 ? `${comment.slice(0, 40)}…` : comment;
  const warning: MarkupWarning = {
    code: 'comment',
    message: `reST comment not shown (the rendered document hides it too): "..${excerpt ? ` ${excerpt}` : ''}"`,
  };
  // An empty `..` ends a list or a block, and hides only an indented body.
  return comment === '' ? { kind: 'hidden', bodyWarning: warning } : { kind: 'hidden', warning };
}

function readDirective(name: string, argument: string, lines: string[]): ExplicitMarkup {
  if (CODE_DIRECTIVES.has(name)) return { kind: 'code' };
  if (INCLUDE_DIRECTIVES.has(name)) {
    return {
      kind: 'hidden',
      warning: {
        code: 'not-included',
        message: `".. ${name}::" is not followed: the text it brings in from other files is not in the article`,
      },
    };
  }
  if (NOT_SHOWN_DIRECTIVES.has(name)) {
    return {
      kind: 'hidden',
      warning: {
        code: 'not-shown',
        message: `".. ${name}::" is not shown: reST pictures and raw output are not brought in yet`,
      },
    };
  }
  if (SILENT_DIRECTIVES.has(name)) return { kind: 'hidden' };
  // Options (`:maxdepth: 2`) follow the directive line; the rest is its text.
  const body = lines.slice(1).filter((line) => !/^\s*:[\w -]+:/.test(line));
  if (IMAGE_DIRECTIVES.has(name) || FIGURE_DIRECTIVES.has(name)) {
    // The argument is the picture's file name, not text for a reader.
    const alt = lines
      .slice(1)
      .map((line) => /^\s*:alt:\s*(.*)$/.exec(line)?.[1])
      .find((value) => value !== undefined);
    const caption = body.join(' ').trim();
    return {
      kind: 'image',
      src: argument.trim(),
      alt: (alt ?? '').trim(),
      figure: FIGURE_DIRECTIVES.has(name),
      ...(FIGURE_DIRECTIVES.has(name) && caption !== '' && { caption }),
    };
  }
  const admonition = ADMONITIONS.get(name);
  if (admonition !== undefined) {
    // A generic `.. admonition:: Title` names itself; the others start their text on the directive line.
    if (name === 'admonition')
      return { kind: 'text', text: body.join(' '), aside: { label: argument.trim() } };
    return { kind: 'text', text: [argument, ...body].join(' '), aside: { label: admonition } };
  }
  const shownArgument = ARGUMENT_NOT_SHOWN_DIRECTIVES.has(name) ? '' : argument;
  return { kind: 'text', text: [shownArgument, ...body].join(' ') };
}

/**
 * A paragraph ending in `::` introduces code. RST shows "Example::" as
 * "Example:" and a lone "::" as nothing.
 */
export function stripLiteralMarker(text: string): { text: string; introducesCode: boolean } {
  if (!text.endsWith('::')) return { text, introducesCode: false };
  if (text === '::') return { text: '', introducesCode: true };
  if (/\s::$/.test(text)) return { text: text.slice(0, -2).trimEnd(), introducesCode: true };
  return { text: text.slice(0, -1), introducesCode: true };
}

/** The border of a simple table: `=====  ======`. */
const SIMPLE_TABLE_BORDER = /^\s*=+(?:[ \t]+=+)*\s*$/;

/** Grid tables (+---+ / | a |) and simple tables (=== ===) keep their layout as code. */
export function isTable(lines: string[]): boolean {
  const grid = lines.length >= 2 && lines.every((line) => /^\s*[+|]/.test(line));
  const simple = lines.some((line) => /^\s*=+(?:[ \t]+=+)+\s*$/.test(line));
  return grid || simple;
}

/**
 * A simple table may hold blank lines between its rows, so it spans several
 * runs: it is open from a run starting with a border until a run that ends
 * with one (other than its opening border).
 */
export function opensSimpleTable(lines: string[]): boolean {
  const first = lines[0] ?? '';
  const last = lines.at(-1) ?? '';
  return (
    /\s/.test(first.trim()) &&
    SIMPLE_TABLE_BORDER.test(first) &&
    !(lines.length > 1 && SIMPLE_TABLE_BORDER.test(last))
  );
}

export function closesSimpleTable(lines: string[]): boolean {
  return SIMPLE_TABLE_BORDER.test(lines.at(-1) ?? '');
}

/** Signs of a line drawn rather than written: box edges, arrows, aligned columns. */
const DRAWN_LINE = [
  /[+|][-=~]{2,}|[-=~]{2,}[+|]/,
  /-->|<--|<->|==>|<==|->\s*\||\|\s*<-/,
  /[\u2190-\u21ff\u2500-\u257f]/u,
  /\S {3,}\S/,
];

/**
 * An ASCII diagram or a column-aligned listing: most of its lines are
 * drawn. It keeps its layout as a fixed-width block; reflowed, it would be
 * unreadable.
 */
export function isDrawing(lines: string[]): boolean {
  // Inline literals are markup of prose: a drawing has none.
  if (lines.length < 2 || lines.some((line) => line.includes('``'))) return false;
  // The gap after an enumerator ("a.      Remove the pointer") is a list's, not a column's.
  const drawn = lines
    .map((line) => line.trim().replace(/^(?:[A-Za-z0-9]{1,3}[.)]|[-*+•])\s+/u, ''))
    .filter((line) => DRAWN_LINE.some((sign) => sign.test(line))).length;
  return drawn * 2 >= lines.length;
}
