// How an article gets its title when the source metadata gives none.
import { normalizeProse } from '../../../common/text';

/** Titles compare the way a reader would: same words, any case or spacing. */
export function sameTitle(a: string, b: string): boolean {
  return normalizeProse(a).toLowerCase() === normalizeProse(b).toLowerCase();
}

/** "north-korean_troops.md" -> "north korean troops": the last resort. */
export function titleFromFileName(fileName: string): string {
  const withoutExtension = fileName.replace(/\.[^./\\]+$/, '');
  const words = normalizeProse(withoutExtension.replace(/[-_]+/g, ' '));
  return words === '' ? 'Untitled' : words;
}

/**
 * A page's first heading repeats its <title> when most of the heading's text
 * is words of the title ("json — JSON encoder¶" under the title "json — JSON
 * encoder — Python docs"): three quarters of its characters, as Readability
 * judges it.
 */
export function headingRepeatsTitle(heading: string, title: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const titleWords = new Set(words(title));
  const headingWords = words(heading);
  if (titleWords.size === 0 || headingWords.length === 0) return false;
  const length = (list: string[]) => list.join(' ').length;
  const unmatched = headingWords.filter((word) => !titleWords.has(word));
  return length(unmatched) / length(headingWords) < 0.25;
}
