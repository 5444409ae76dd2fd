// One whitespace policy for all block text, applied by the compiler and by
// anything that compares text (anchoring, search snippets). Offsets into block
// text are only meaningful if every producer normalises the same way.

/**
 * Prose: Unicode NFC, every run of whitespace (including newlines and
 * non-breaking spaces) becomes one space, no leading or trailing space.
 */
export function normalizeProse(input: string): string {
  return input
    .normalize('NFC')
    .replace(/[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu, ' ')
    .trim();
}

/**
 * Code keeps its line structure: NFC, CRLF/CR become LF, tabs stay, trailing
 * spaces on each line and blank lines at either end are removed.
 */
export function normalizeCode(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/u, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

// A word: letters/digits, joined by inner apostrophes or hyphens; numbers keep their separators (10,000 and 2.5 are one word each).
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|(?<=\p{N})[.,]\p{N}+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** Silent reading speed of adults on screen, about 230 words a minute. */
export const WORDS_PER_MINUTE = 230;

export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** First sentences of the text, cut at a word boundary, for library cards. */
export function summarize(text: string, maxChars = 220): string {
  const clean = normalizeProse(text);
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > maxChars / 2 ? space : maxChars).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
