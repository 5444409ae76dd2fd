// The Notebook's data: every annotation of the library and the store's
// status (why notes may not be saved), loaded when it opens and again after
// an import or a rebuilt collection (whose changed articles' highlights are
// placed again, or become unanchored).
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { Annotation, AnnotationsStatus } from '../../../common/annotations';
import { useApi, useReaderEvent } from '../hooks/useApi';
import { useNotify } from '../hooks/useNotices';

export function useNotebook() {
  const intl = useIntl();
  const api = useApi();
  const notify = useNotify();
  const [items, setItems] = useState<Annotation[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState<AnnotationsStatus | null>(null);

  const reload = useCallback(() => {
    api.listAllAnnotations().then(
      (list) => {
        setItems(list);
        setLoaded(true);
      },
      (error: Error) => {
        setLoaded(true);
        notify(intl.formatMessage({ id: 'notebook.failed.load' }, { message: error.message }));
      },
    );
    api
      .getAnnotationsStatus()
      .then(setStatus, (error: Error) =>
        notify(intl.formatMessage({ id: 'notebook.failed.status' }, { message: error.message })),
      );
  }, [api, notify, intl]);
  useEffect(reload, [reload]);
  useReaderEvent('collectionReloaded', reload);

  return { items, setItems, loaded, status, reload };
}
