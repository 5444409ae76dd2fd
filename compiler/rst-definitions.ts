// reST definition lists: a term on one line, its definition on the lines
// indented below it, the next term back at the first one's column. Field
// lists, option lists, bullets, explicit markup and table rows share that
// shape, so a run whose terms look like one of them is not a definition list.

/** One term and the lines of its definition, as written (indentation kept). */
export interface DefinitionItem {
  /** The term's line, trimmed; classifiers after " : " stay in it. */
  term: string;
  /** The definition's lines, which the caller reads as a run of their own. */
  body: string[];
  /** Where the term is in the run, from 0. */
  termIndex: number;
}

/** `:Author: Jane`, `:Parameters:`: a field list, not a term. */
const FIELD = /^:[^:\s][^:]*:(?:\s|$)/;
/** `-v`, `--verbose`, `/V`: an option list, whose description is indented below its option. */
const OPTION = /^(?:-{1,2}|\/)[\w?]/;
/** A bullet or an enumerator: a list item whose text goes on below it. */
const BULLET = /^(?:[-*+•‣◦]|\d{1,3}[.)]|#\.|\([A-Za-z0-9]{1,3}\)|[A-Za-z]\))(?:\s|$)/u;
/** Explicit markup (`.. note::`) or a table row (`+---+`, `| a |`). */
const MARKUP_OR_TABLE = /^(?:\.\.(?:\s|$)|[+|])/;

/**
 * The items of a run that is a definition list, or undefined when it is
 * not: every term starts at the run's smallest indent and is followed by at
 * least one line indented deeper.
 */
export function definitionItems(lines: string[]): DefinitionItem[] | undefined {
  const column = indentOf(lines[0] ?? '');
  const items: DefinitionItem[] = [];
  for (let i = 0; i < lines.length;) {
    const term = lines[i] ?? '';
    if (indentOf(term) !== column || !isTerm(term.trim())) return undefined;
    const bodyEnd = endOfBody(lines, i + 1, column);
    if (bodyEnd === i + 1) return undefined;
    items.push({ term: term.trim(), body: lines.slice(i + 1, bodyEnd), termIndex: i });
    i = bodyEnd;
  }
  return items.length > 0 ? items : undefined;
}

function isTerm(text: string): boolean {
  return (
    !FIELD.test(text) && !OPTION.test(text) && !BULLET.test(text) && !MARKUP_OR_TABLE.test(text)
  );
}

function endOfBody(lines: string[], from: number, column: number): number {
  let end = from;
  while (end < lines.length && indentOf(lines[end] ?? '') > column) end++;
  return end;
}

function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}
