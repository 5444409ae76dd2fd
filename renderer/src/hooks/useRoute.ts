import { useMemo, useSyncExternalStore } from 'react';
import { parseRoute, type Route } from '../lib/routes';
import { subscribeToHistory } from '../navigation/session-history';

const currentHash = () => window.location.hash;

/**
 * The route named by the URL's hash, updated on every hash change. Read
 * through the session history store, so the entry is stamped and logged
 * before any view renders for it.
 */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribeToHistory, currentHash);
  return useMemo(() => parseRoute(hash), [hash]);
}
