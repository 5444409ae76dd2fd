// Hash routes: #/ is the library, #/notebook the notebook, #/article/<id> an
// article, #/article/<id>?block=<blockId> opens it at a block (for links into
// a text), and &q=<query> marks a library search's matches in it.
export type Route =
  | { view: 'library' }
  | { view: 'notebook' }
  | { view: 'article'; articleId: string; blockId?: string; searchQuery?: string };

const ARTICLE_ROUTE = /^#\/article\/([^/?#]+)(?:\?([^#]*))?$/;

export function parseRoute(hash: string): Route {
  if (hash === NOTEBOOK_HASH) return { view: 'notebook' };
  const match = ARTICLE_ROUTE.exec(hash);
  if (!match?.[1]) return { view: 'library' };
  const articleId = safeDecode(match[1]);
  const params = new Map<string, string>();
  for (const pair of (match[2] ?? '').split('&')) {
    const equals = pair.indexOf('=');
    if (equals > 0) params.set(pair.slice(0, equals), safeDecode(pair.slice(equals + 1)));
  }
  const blockId = params.get('block') || undefined;
  const searchQuery = params.get('q') || undefined;
  return {
    view: 'article',
    articleId,
    ...(blockId && { blockId }),
    ...(searchQuery && { searchQuery }),
  };
}

/** #/notebook: every highlight, note and bookmark of the library. */
const NOTEBOOK_HASH = '#/notebook';

export function notebookHref(): string {
  return NOTEBOOK_HASH;
}

export function libraryHref(): string {
  return '#/';
}

export function articleHref(articleId: string, blockId?: string, searchQuery?: string): string {
  const base = `#/article/${encodeURIComponent(articleId)}`;
  const params = [
    blockId && `block=${encodeURIComponent(blockId)}`,
    searchQuery && `q=${encodeURIComponent(searchQuery)}`,
  ].filter(Boolean);
  return params.length > 0 ? `${base}?${params.join('&')}` : base;
}

export function navigateTo(href: string): void {
  window.location.hash = href;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    // A hand-typed, badly escaped hash: use it as written; the app then
    // reports that no such article exists.
    return part;
  }
}
