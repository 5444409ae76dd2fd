// How an article gets its title when the source metadata gives none.
import { normalizeProse } from '../../../common/text';

/** Titles compare the way a reader would: same words, any case or spacing. */
export function sameTitle(a: string, b: string): boolean {
  return comparisonKey(a) === comparisonKey(b);
}

/** What sameTitle compares, for looking many titles up at once. */
export function comparisonKey(text: string): string {
  return normalizeProse(text).toLowerCase();
}

/** Names that say where a file sits in its folder, not what it is about. */
const PLACEHOLDER_NAMES = new Set(['index', 'readme', 'default', 'main']);

/**
 * The last resort, when the text has no title of its own: the file's base
 * name made readable ("north-korean_troops.md" -> "north korean troops"). A
 * name flattened from a folder tree joins its folders with "__"
 * ("translations__it_IT__admin-guide__kernel-parameters.txt", as the kernel
 * corpus script writes them): only the file's own part is a title, and an
 * "index" or "README" is named after its folder ("sound__index" -> "sound").
 */
export function titleFromFileName(fileName: string): string {
  const withoutExtension = fileName.replace(/\.[^./\\]+$/, '');
  const parts = withoutExtension.split('__').filter((part) => readable(part) !== '');
  let name = parts.at(-1) ?? '';
  if (PLACEHOLDER_NAMES.has(readable(name).toLowerCase()) && parts.length > 1) {
    name = parts.at(-2) ?? name;
  }
  const words = readable(name);
  return words === '' ? 'Untitled' : words;
}

function readable(name: string): string {
  return normalizeProse(name.replace(/[-_]+/g, ' '));
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
