// A saved web site names itself in every page's <title>: "json — JSON encoder
// and decoder — Python 3.11.2 documentation", "Tea Blog | Brewing green tea".
// On a library card that name is noise repeated on every card. One page
// cannot tell its site's name from the end of its own title, so this is
// decided over the whole collection, after every file is compiled.

/** What stands between a site's name and a page's: " — ", " | ", " » ", ": "... */
const SEPARATOR = /\s+[—–\-|·»]\s+|\s*:\s+/gu;

/**
 * A name is the site's when it ends (or begins) the titles of at least half
 * of the collection's HTML pages, and of at least three. A saved site puts
 * its name on nearly every page, so half leaves room for pages titled
 * otherwise (a home page, a search page, pages from another site in the same
 * folder), while an ending a few pages share by chance ("— Part II",
 * ": Examples") stays. Under three pages two titles sharing an ending prove
 * nothing, so small collections keep their titles whole.
 */
const MIN_SHARE = 0.5;
const MIN_PAGES = 3;

export interface SiteName {
  /** The name as the pages spell it: "Python 3.11.2 documentation". */
  text: string;
  /** Where the pages put it. */
  position: 'suffix' | 'prefix';
  /** How many pages' titles carry it. */
  pages: number;
}

/**
 * The site names found in the pages' own titles (<title>, before any
 * cleaning): at most one suffix and one prefix, the longest that enough
 * pages share, so "Page — Foo - Docs" gives "Foo - Docs", not "Docs".
 */
export function sharedSiteNames(pageTitles: readonly string[]): SiteName[] {
  const minPages = Math.max(MIN_PAGES, Math.ceil(pageTitles.length * MIN_SHARE));
  if (pageTitles.length < minPages) return [];
  const suffixes = new Map<string, number>();
  const prefixes = new Map<string, number>();
  for (const title of pageTitles) {
    const { suffixes: ends, prefixes: starts } = affixesOf(title);
    for (const end of ends) suffixes.set(end, (suffixes.get(end) ?? 0) + 1);
    for (const start of starts) prefixes.set(start, (prefixes.get(start) ?? 0) + 1);
  }
  const found: SiteName[] = [];
  const suffix = longestShared(suffixes, minPages);
  if (suffix) found.push({ text: suffix[0], position: 'suffix', pages: suffix[1] });
  const prefix = longestShared(prefixes, minPages);
  // A page titled with the site name alone counts for both; one name is enough.
  if (prefix && prefix[0] !== suffix?.[0]) {
    found.push({ text: prefix[0], position: 'prefix', pages: prefix[1] });
  }
  return found;
}

/**
 * The title without the site's name. Empty when the title is nothing but the
 * site's name (a home page): the caller chooses what such a page is called.
 */
export function withoutSiteName(title: string, siteNames: readonly SiteName[]): string {
  let rest = title;
  for (const { text, position } of siteNames) {
    if (rest === text) return '';
    for (const match of rest.matchAll(SEPARATOR)) {
      const start = match.index;
      const end = start + match[0].length;
      if (position === 'suffix' && rest.slice(end) === text) {
        rest = rest.slice(0, start);
        break;
      }
      if (position === 'prefix' && rest.slice(0, start) === text) {
        rest = rest.slice(end);
        break;
      }
    }
  }
  return rest.trim();
}

/**
 * Every ending and beginning a title could have lost to a site name: the
 * text after each separator and before each one, and the whole title (a
 * page titled with the site's name alone carries it too). Each once.
 */
function affixesOf(title: string): { suffixes: Set<string>; prefixes: Set<string> } {
  // A page without a <title> counts among the pages, and shares nothing.
  if (title === '') return { suffixes: new Set(), prefixes: new Set() };
  const suffixes = new Set<string>([title]);
  const prefixes = new Set<string>([title]);
  for (const match of title.matchAll(SEPARATOR)) {
    const start = match.index;
    const before = title.slice(0, start).trim();
    const after = title.slice(start + match[0].length).trim();
    if (before !== '' && after !== '') {
      suffixes.add(after);
      prefixes.add(before);
    }
  }
  return { suffixes, prefixes };
}

function longestShared(
  counts: Map<string, number>,
  minPages: number,
): [string, number] | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts) {
    if (entry[1] < minPages) continue;
    if (!best || entry[0].length > best[0].length) best = entry;
  }
  return best;
}
