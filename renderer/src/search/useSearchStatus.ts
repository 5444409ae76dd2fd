import { useEffect, useState } from 'react';
import type { SearchStatus } from '../../../common/api';
import { describeError, logIfUnexpected } from '../lib/api';
import { useApi } from '../hooks/useApi';

/** How often to ask whether the index has finished loading or indexing. */
const POLL_MS = 300;

// Remembered across mounts: coming back to the library after the index is
// ready must not flash "getting ready" again while the first answer is on its way.
let lastKnownStatus: SearchStatus | null = null;

const settled = (status: SearchStatus | null) =>
  status !== null && (status.state === 'ready' || status.state === 'failed');

/** The search index's state, polled until it is ready or has failed; null until the first answer. */
export function useSearchStatus(): SearchStatus | null {
  const api = useApi();
  const [status, setStatus] = useState(lastKnownStatus);

  useEffect(() => {
    if (settled(lastKnownStatus)) return;
    let stopped = false;
    let timer = 0;
    const remember = (next: SearchStatus) => {
      lastKnownStatus = next;
      if (!stopped) setStatus(next);
    };
    const poll = () => {
      api.getSearchStatus().then(
        (next) => {
          remember(next);
          if (!settled(next) && !stopped) timer = window.setTimeout(poll, POLL_MS);
        },
        (error: unknown) => {
          logIfUnexpected(error);
          remember({ state: 'failed', message: describeError(error).message });
        },
      );
    };
    poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [api]);

  return status;
}
