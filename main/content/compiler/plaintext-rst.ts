// The few reStructuredText conventions a plain-text reader has to know so
// that RST documents (the Linux kernel docs, Python docs) read sensibly:
// explicit markup lines starting with `..`, and `::` introducing code.

/** Directives whose indented body is code. */
const CODE_DIRECTIVES = new Set([
  'code-block',
  'code',
  'sourcecode',
  'highlight',
  'literalinclude',
]);
/**
 * Directives whose body is build machinery (file lists, include paths, raw
 * output), not text for a reader.
 */
const HIDDEN_DIRECTIVES = new Set([
  'toctree',
  'include',
  'kernel-doc',
  'kernel-include',
  'kernel-abi',
  'kernel-feat',
  'kernel-figure',
  'image',
  'figure',
  'raw',
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

/** What an explicit markup block (`.. something`) means for the blocks after it. */
export type ExplicitMarkup =
  /** A comment, label or hidden directive: drop it and its indented body. */
  | { kind: 'hidden' }
  /** A code directive: its indented body is code. */
  | { kind: 'code' }
  /** Any other directive (note, warning, c:function...) or footnote: keep its text. */
  | { kind: 'text'; text: string };

/** Reads a group whose first line starts with `..`, or returns undefined. */
export function readExplicitMarkup(lines: string[]): ExplicitMarkup | undefined {
  const first = lines[0] ?? '';
  if (!/^\.\.(?:\s|$)/.test(first)) return undefined;
  const directive = /^\.\.\s+([A-Za-z0-9:_-]+?)::(.*)$/.exec(first);
  if (directive) {
    const name = (directive[1] ?? '').toLowerCase();
    if (CODE_DIRECTIVES.has(name)) return { kind: 'code' };
    if (HIDDEN_DIRECTIVES.has(name)) return { kind: 'hidden' };
    // Options (`:maxdepth: 2`) follow the directive line; the rest is its text.
    const body = lines.slice(1).filter((line) => !/^\s*:[\w -]+:/.test(line));
    return { kind: 'text', text: [directive[2] ?? '', ...body].join(' ') };
  }
  const footnote = /^\.\.\s+\[[^\]]+\]\s+(.*)$/.exec(first);
  if (footnote) return { kind: 'text', text: [footnote[1] ?? '', ...lines.slice(1)].join(' ') };
  // `.. comment`, `.. _label:` and `.. |name| replace::` carry nothing to read.
  return { kind: 'hidden' };
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

/** `text <target>` inside a role or link: the reader sees the text (or the target if there is none). */
function referenceText(inner: string): string {
  const labelled = /^(.*?)\s*<[^<>]+>$/s.exec(inner);
  if (labelled?.[1]) return labelled[1];
  // `~module.name` shows only the last part; `!name` suppresses the link.
  if (inner.startsWith('~')) return inner.slice(1).split('.').at(-1) ?? inner;
  return inner.replace(/^!/, '');
}

/**
 * Inline RST markup a reader of the rendered docs never sees: roles
 * (:c:func:`kmalloc`), links (`the docs <https://...>`_), inline literals
 * (``O_DIRECT``) and interpreted text (`name`). Emphasis with asterisks is
 * left alone: globs of C identifiers (KVM_GET_* and KVM_SET_*) would be mangled.
 */
export function stripInlineMarkup(text: string): string {
  if (!text.includes('`')) return text;
  return text
    .replace(/(?<![\w`]):[\w.+-]+(?::[\w.+-]+)*:`([^`]+)`/g, (_, inner: string) =>
      referenceText(inner),
    )
    .replace(/(?<![\w`])`([^`]+)`__?(?![\w])/g, (_, inner: string) => referenceText(inner))
    .replace(/``(\S(?:.*?\S)?)``/g, '$1')
    .replace(/(?<![\w`])`(\S(?:[^`]*?\S)?)`(?![\w`])/g, '$1');
}
