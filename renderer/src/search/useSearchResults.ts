import { useEffect, useState } from 'react';
import type { SearchResults } from '../../../common/api';
import { MAX_QUERY_LENGTH, MAX_SEARCH_LIMIT } from '../../../common/api';
import { describeError, logIfUnexpected } from '../lib/api';
import { useApi } from '../hooks/useApi';

/** A short pause in typing before asking: one search per thought, not per key. */
const DEBOUNCE_MS = 80;
/** Articles per page of results; "More results" asks for the next page too. */
export const RESULTS_PAGE = 10;

export type SearchOutcome =
  | { state: 'idle' }
  | { state: 'searching'; query: string; previous?: SearchResults }
  | { state: 'done'; results: SearchResults }
  | { state: 'failed'; query: string; message: string };

/** Results for the query once the index is ready; only the latest query's answer is kept. */
export function useSearchResults(query: string, indexReady: boolean, pages = 1): SearchOutcome {
  const api = useApi();
  const [outcome, setOutcome] = useState<SearchOutcome>({ state: 'idle' });
  // Leading spaces mean nothing; a trailing one says the last word is finished.
  const cleaned = query.trimStart().slice(0, MAX_QUERY_LENGTH);
  const limit = Math.min(MAX_SEARCH_LIMIT, RESULTS_PAGE * pages);

  useEffect(() => {
    if (!indexReady || cleaned.trim() === '') {
      setOutcome({ state: 'idle' });
      return;
    }
    let current = true;
    setOutcome((before) => ({
      state: 'searching',
      query: cleaned,
      previous:
        before.state === 'done'
          ? before.results
          : before.state === 'searching'
            ? before.previous
            : undefined,
    }));
    const timer = window.setTimeout(() => {
      api.search(cleaned, { limit }).then(
        (results) => {
          if (current) setOutcome({ state: 'done', results });
        },
        (error: unknown) => {
          logIfUnexpected(error);
          if (current) {
            setOutcome({ state: 'failed', query: cleaned, message: describeError(error).message });
          }
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [api, cleaned, indexReady, limit]);

  return outcome;
}
