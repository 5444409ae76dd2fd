import { useEffect, useState } from 'react';
import type { SearchResults } from '../../../common/api';
import { MAX_QUERY_LENGTH } from '../../../common/api';
import { describeError, logIfUnexpected } from '../lib/api';
import { useApi } from '../hooks/useApi';

/** Wait for a pause in typing before asking: one search per thought, not per key. */
const DEBOUNCE_MS = 150;

export type SearchOutcome =
  | { state: 'idle' }
  | { state: 'searching'; query: string; previous?: SearchResults }
  | { state: 'done'; results: SearchResults }
  | { state: 'failed'; query: string; message: string };

/** Results for the query once the index is ready; only the latest query's answer is kept. */
export function useSearchResults(query: string, indexReady: boolean): SearchOutcome {
  const api = useApi();
  const [outcome, setOutcome] = useState<SearchOutcome>({ state: 'idle' });
  const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH);

  useEffect(() => {
    if (!indexReady || trimmed === '') {
      setOutcome({ state: 'idle' });
      return;
    }
    let current = true;
    setOutcome((before) => ({
      state: 'searching',
      query: trimmed,
      previous: before.state === 'done' ? before.results : undefined,
    }));
    const timer = window.setTimeout(() => {
      api.search(trimmed).then(
        (results) => {
          if (current) setOutcome({ state: 'done', results });
        },
        (error: unknown) => {
          logIfUnexpected(error);
          if (current) {
            setOutcome({ state: 'failed', query: trimmed, message: describeError(error).message });
          }
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [api, trimmed, indexReady]);

  return outcome;
}
