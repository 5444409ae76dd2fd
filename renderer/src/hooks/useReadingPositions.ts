import { useIntl } from 'react-intl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { StoredReadingPosition } from '../../../common/settings';
import type { ReadingPositions } from '../lib/reading-positions';
import { useApi } from './useApi';
import { useLoadable, type Loadable } from './useLoadable';
import { useNotify } from './useNotices';

export interface ReadingPositionsStore {
  positions: Loadable<ReadingPositions>;
  /** Records a place the reader view has just saved, so the library shows it without asking again. */
  record: (articleId: string, position: StoredReadingPosition) => void;
}

/**
 * Every article's saved place, read once at start. This window is the only
 * writer, so later saves are merged in locally instead of re-read.
 */
export function useReadingPositions(): ReadingPositionsStore {
  const intl = useIntl();
  const api = useApi();
  const notify = useNotify();
  const loaded = useLoadable(() => api.getReadingPositions(), [api]);
  const [recorded, setRecorded] = useState<ReadingPositions>({});

  useEffect(() => {
    if (loaded.state === 'failed') {
      notify(
        intl.formatMessage({ id: 'reader.failed.positions' }, { message: loaded.error.message }),
      );
    }
  }, [loaded, notify, intl]);

  const positions = useMemo((): Loadable<ReadingPositions> => {
    if (loaded.state === 'loading') return loaded;
    // Without the stored places the app still works: articles open at the top.
    const stored = loaded.state === 'ready' ? loaded.value : {};
    return { state: 'ready', value: { ...stored, ...recorded } };
  }, [loaded, recorded]);

  const record = useCallback((articleId: string, position: StoredReadingPosition) => {
    setRecorded((current) => ({ ...current, [articleId]: position }));
  }, []);

  return { positions, record };
}
