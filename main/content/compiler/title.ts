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
