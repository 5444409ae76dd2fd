// The byline of a page whose <main> is read without Readability's search
// (html.ts): the first element in the main text that says it is one, as
// Readability's search would have taken it. Only what opens the text
// becomes the byline (html.ts's placeByline checks that nothing but
// headings comes before it); anything further down stays text.
import { normalizeProse } from '../common/text';
import { isHidden } from './html-blocks';

/** Class or id words that mark a byline, as Readability reads them. */
const BYLINE_WORDS = /byline|author|dateline|writtenby|p-author/i;
/** Longer than this is a paragraph about the author, not a byline. */
const MAX_BYLINE_LENGTH = 100;

export interface FoundByline {
  /** The author as the page names them: the marked name inside the line, else the line. */
  byline: string;
  /** The line as it reads in the text, to find its block by. */
  line: string;
}

export function bylineWithin(main: Element): FoundByline | undefined {
  const pending: Element[] = [main];
  for (let element = pending.pop(); element; element = pending.pop()) {
    if (isHidden(element)) continue;
    if (element !== main && saysByline(element)) {
      const text = normalizeProse(element.textContent ?? '');
      if (text.length > 0 && text.length < MAX_BYLINE_LENGTH) {
        // An author's name marked inside it (itemprop="name") is the byline itself.
        const name = element.querySelector('[itemprop~="name"]');
        return { byline: normalizeProse(name?.textContent ?? '') || text, line: text };
      }
    }
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) {
      pending.push(child);
    }
  }
  return undefined;
}

function saysByline(element: Element): boolean {
  if (element.getAttribute('rel') === 'author') return true;
  if (element.getAttribute('itemprop')?.includes('author')) return true;
  return BYLINE_WORDS.test(`${element.getAttribute('class') ?? ''} ${element.id}`);
}
