// First pass over a plain-text source: finds section titles marked with
// reStructuredText-style adornment (a line of ==== or ---- under, or around,
// the title) and splits the rest into groups of lines. Kept apart from block
// classification so each rule can be read on its own.

/** A line made of one punctuation character repeated, at column 0: ====, ----, ~~~~. */
const ADORNMENT = /^([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])\1{2,}[ \t]*$/;
/**
 * Two characters adorn a title as short as "锁" (one character, two columns
 * wide) between an overline and an underline; alone, "==" or "--" is too
 * common in plain text to mean anything.
 */
const SHORT_ADORNMENT = /^([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])\1[ \t]*$/;
/** Longer "titles" are prose that happens to sit above a rule line. */
const MAX_TITLE_CHARS = 150;
/** Above this many characters a line is a whole paragraph, not a hard-wrapped one. */
const WRAPPED_LINE_CHARS = 100;

export type LineGroup =
  | { kind: 'title'; text: string; style: string }
  /**
   * Consecutive non-blank lines; blankLinesBefore keeps code blocks exact;
   * line is the first one's number (from 1), for warnings.
   */
  | { kind: 'lines'; lines: string[]; blankLinesBefore: number; line: number };

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Groups lines into titles and runs of text. When the source separates
 * paragraphs with blank lines (and wraps them), a run is one paragraph;
 * otherwise every line is its own run.
 */
export function groupLines(lines: string[]): LineGroup[] {
  const groups: LineGroup[] = [];
  let run: string[] = [];
  let runStart = 0;
  let blankLines = 0;
  const endRun = () => {
    if (run.length === 0) return;
    groups.push({ kind: 'lines', lines: run, blankLinesBefore: blankLines, line: runStart + 1 });
    run = [];
    blankLines = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      endRun();
      blankLines++;
      continue;
    }
    const title = sectionTitleAt(lines, i, run.length === 0);
    if (title) {
      endRun();
      groups.push({ kind: 'title', text: title.text, style: title.style });
      blankLines = 0;
      i += title.linesUsed - 1;
      continue;
    }
    if (ADORNMENT.test(line) || isSeparatorLine(line)) {
      // A transition (---- or * * * alone) separates paragraphs and has no text.
      endRun();
      blankLines++;
      continue;
    }
    if (run.length === 0) runStart = i;
    run.push(line);
  }
  endRun();
  return hasBlankLineBetweenText(lines) && mostlyWrapped(groups) ? groups : oneGroupPerLine(groups);
}

/** A section title starting at line i: overline + title + underline, or title + underline. */
function sectionTitleAt(
  lines: string[],
  i: number,
  startsParagraph: boolean,
): { text: string; style: string; linesUsed: number } | undefined {
  const line = lines[i] ?? '';
  const next = lines[i + 1];
  const overline = ADORNMENT.exec(line);
  if (overline) {
    const underline = ADORNMENT.exec(lines[i + 2] ?? '');
    if (
      next !== undefined &&
      isTitleText(next) &&
      underline !== null &&
      underline[1] === overline[1]
    ) {
      return { text: next.trim(), style: `over${overline[1]}`, linesUsed: 3 };
    }
    return undefined;
  }
  const shortOverline = SHORT_ADORNMENT.exec(line);
  if (
    shortOverline &&
    next !== undefined &&
    next.trim().length <= 2 &&
    isTitleText(next) &&
    (lines[i + 2] ?? '').trim() === line.trim()
  ) {
    return { text: next.trim(), style: `over${shortOverline[1]}`, linesUsed: 3 };
  }
  // An underlined title starts at column 0 and is not the tail of a paragraph.
  const underline = next === undefined ? null : ADORNMENT.exec(next);
  if (underline && startsParagraph && !/^\s/.test(line) && isTitleText(line)) {
    return { text: line.trim(), style: `under${underline[1]}`, linesUsed: 2 };
  }
  return undefined;
}

/**
 * A title and its underline indented together, as in the body of an
 * `.. only::` directive ("   Indices" over "   ======="), where column 0 is
 * not theirs. Asked only of prose runs, so a literal block showing reST
 * source stays code.
 */
export function indentedSectionTitle(lines: string[]): { text: string; style: string } | undefined {
  if (lines.length !== 2) return undefined;
  const [title = '', rule = ''] = lines;
  const indent = /^[ \t]*/.exec(title)?.[0] ?? '';
  if (indent === '' || !rule.startsWith(indent)) return undefined;
  const underline = ADORNMENT.exec(rule.slice(indent.length));
  const text = title.trim();
  if (!underline || !isTitleText(text) || rule.trim().length < text.length) return undefined;
  return { text, style: `under${underline[1]}` };
}

function isTitleText(line: string): boolean {
  const text = line.trim();
  return text !== '' && text.length <= MAX_TITLE_CHARS && !ADORNMENT.test(line);
}

/** `* * *`, `- - -`, `~ ~ ~` and the like: punctuation only, at column 0. */
function isSeparatorLine(line: string): boolean {
  return /^[*\-~=#_.•·]( +[*\-~=#_.•·]){2,}[ \t]*$/u.test(line);
}

/** Without any blank line between text, every line is a paragraph. */
function hasBlankLineBetweenText(lines: string[]): boolean {
  const isText = (line: string) => line.trim() !== '';
  const first = lines.findIndex(isText);
  const last = lines.findLastIndex(isText);
  return lines.slice(first, last + 1).some((line) => !isText(line));
}

/**
 * Blank-line paragraphs need the lines inside a run to be wrapped (short). A
 * source with one long paragraph per line and a stray blank line here and
 * there is read line by line instead.
 */
function mostlyWrapped(groups: LineGroup[]): boolean {
  let wrappedLines = 0;
  let longLines = 0;
  for (const group of groups) {
    if (group.kind !== 'lines' || group.lines.length < 2) continue;
    for (const line of group.lines) {
      if (line.trim().length > WRAPPED_LINE_CHARS) longLines++;
      else wrappedLines++;
    }
  }
  return wrappedLines >= longLines;
}

function oneGroupPerLine(groups: LineGroup[]): LineGroup[] {
  return groups.flatMap((group): LineGroup[] =>
    group.kind === 'title'
      ? [group]
      : group.lines.map((line, index) => ({
          kind: 'lines',
          lines: [line],
          blankLinesBefore: index === 0 ? group.blankLinesBefore : 0,
          line: group.line + index,
        })),
  );
}

/** Tab stops every 8 columns, as the kernel's and most plain-text sources assume. */
const TAB_STOP = 8;

/** A line with its tabs as the spaces they stand for, so mixed tab and space indentation lines up. */
export function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const character of line) {
    if (character === '\t') out += ' '.repeat(TAB_STOP - (out.length % TAB_STOP));
    else out += character;
  }
  return out;
}
