import { parseRoute } from '../lib/routes';
import type { LoggedEntry } from './history-log';

/** How the Back and Forward tooltips name an entry: its title once known, else its kind. */
export function describeEntry(entry: LoggedEntry | undefined, currentHash?: string): string {
  if (!entry) return '';
  const route = parseRoute(entry.hash);
  if (route.view === 'library') return 'the library';
  if (route.view === 'notebook') return 'the notebook';
  const current = currentHash === undefined ? undefined : parseRoute(currentHash);
  const sameArticle = current?.view === 'article' && current.articleId === route.articleId;
  if (sameArticle) return 'another place in this article';
  return entry.title ? `“${entry.title}”` : 'the previous article';
}
