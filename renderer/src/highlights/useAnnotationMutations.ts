// Editing, deleting and undoing a delete, for any view that keeps a list of
// annotations in its state: the reader's panel (useHighlights) and the
// Notebook share it, so both report failures and offer Undo the same way.
import { useIntl } from 'react-intl';
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import type { Annotation, AnnotationPatch } from '../../../common/annotations';
import { useApi } from '../hooks/useApi';
import { useNotify } from '../hooks/useNotices';
import type { MessageId } from '../i18n/catalogues';

export function useAnnotationMutations(setAnnotations: Dispatch<SetStateAction<Annotation[]>>) {
  const intl = useIntl();
  const api = useApi();
  const notify = useNotify();
  const [lastDeleted, setLastDeleted] = useState<Annotation | null>(null);

  /** Puts the saved version in place of the one the list holds (or adds it). */
  const replace = useCallback(
    (next: Annotation) =>
      setAnnotations((current) => [...current.filter((a) => a.id !== next.id), next]),
    [setAnnotations],
  );

  /** A failure is told to the reader and becomes null, so callers only handle success. */
  const fail = useCallback(
    (what: MessageId) => (error: Error) => {
      notify(intl.formatMessage({ id: what }, { message: error.message }));
      return null;
    },
    [notify, intl],
  );

  const update = useCallback(
    async (id: string, patch: AnnotationPatch): Promise<Annotation | null> => {
      const updated = await api.updateAnnotation(id, patch).catch(fail('annotation.failed.change'));
      if (updated) replace(updated);
      return updated;
    },
    [api, fail, replace],
  );

  const remove = useCallback(
    async (id: string): Promise<Annotation | null> => {
      const removed = await api.deleteAnnotation(id).catch(fail('annotation.failed.delete'));
      if (!removed) return null;
      setAnnotations((current) => current.filter((a) => a.id !== id));
      setLastDeleted(removed);
      return removed;
    },
    [api, fail, setAnnotations],
  );

  const undoDelete = useCallback(async () => {
    if (!lastDeleted) return;
    const restored = await api.restoreAnnotation(lastDeleted).catch(fail('annotation.failed.undo'));
    if (restored) {
      replace(restored);
      setLastDeleted(null);
    }
  }, [api, fail, lastDeleted, replace]);

  return {
    replace,
    fail,
    update,
    remove,
    lastDeleted,
    undoDelete,
    dismissUndo: useCallback(() => setLastDeleted(null), []),
  };
}
