import { useEffect, useState } from 'react';
import type { SearchStatus } from '../../../common/api';
import { describeError, logIfUnexpected } from '../lib/api';
import { useApi, useReaderEvent } from '../hooks/useApi';

// Remembered across mounts: coming back to the library after the index is
// ready must not flash "getting ready" again while the first answer is on its way.
let lastKnownStatus: SearchStatus | null = null;

/**
 * The search index's state; null until the first answer. Asked once, then
 * kept current by the main process's searchStatusChanged events, so nothing
 * polls. The event listener is in place before the question is asked, and an
 * answer never replaces a newer event.
 */
export function useSearchStatus(): SearchStatus | null {
  const api = useApi();
  const [status, setStatus] = useState(lastKnownStatus);

  useReaderEvent('searchStatusChanged', (next) => {
    lastKnownStatus = next;
    setStatus(next);
  });

  useEffect(() => {
    const before = lastKnownStatus;
    let stopped = false;
    api.getSearchStatus().then(
      (answer) => {
        // An event arrived while the question was on its way: it is newer.
        if (lastKnownStatus !== before) return;
        lastKnownStatus = answer;
        if (!stopped) setStatus(answer);
      },
      (error: unknown) => {
        logIfUnexpected(error);
        const failed: SearchStatus = { state: 'failed', message: describeError(error).message };
        lastKnownStatus = failed;
        if (!stopped) setStatus(failed);
      },
    );
    return () => {
      stopped = true;
    };
  }, [api]);

  return status;
}
