// micromark (under mdast-util-from-markdown) slows down steeply on nested
// containers: 10,000 lines of a two-level list take seconds, 2,000 lines of a
// list nested one level deeper each line take minutes. A quick scan of line
// prefixes rejects such sources before parsing, so one file cannot stall a
// build or an import. Ordinary documents stay far below both limits.
import { SourceRejected } from './rejection';

/** Quotes and lists open at the start of one line. */
const MAX_DEPTH = 32;
/** Summed over lines nested two or more deep: bounds the parser's work. */
const MAX_NESTED_WORK = 4_000;

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

export function checkMarkdownNesting(body: string): void {
  let nestedWork = 0;
  let lineNumber = 0;
  for (const line of body.split('\n')) {
    lineNumber++;
    const depth = containerDepth(line);
    if (depth > MAX_DEPTH) {
      throw new SourceRejected(
        'too-complex',
        `line ${lineNumber} is nested ${depth} quotes or lists deep, more than the ${MAX_DEPTH} this reader accepts`,
      );
    }
    if (depth >= 2) nestedWork += depth;
  }
  if (nestedWork > MAX_NESTED_WORK) {
    throw new SourceRejected(
      'too-complex',
      'too many deeply nested quotes and lists for one article; split it into several',
    );
  }
}

/**
 * Quote and list markers at the start of a line. A list item's indentation
 * counts too (about one level per two spaces), since that is how Markdown
 * nests lists across lines.
 */
function containerDepth(line: string): number {
  let position = 0;
  let markers = 0;
  let listIndent = 0;
  for (;;) {
    const start = position;
    while (line[position] === ' ' || line[position] === '\t') position++;
    if (line[position] === '>') {
      markers++;
      position++;
      continue;
    }
    const listMarker = LIST_MARKER.exec(line.slice(position, position + 11));
    if (!listMarker) return markers + Math.floor(listIndent / 2);
    if (markers === 0) listIndent = position - start;
    markers++;
    position += listMarker[0].length;
  }
}
