// Editing, deleting and undoing a delete, for any view that keeps a list of
// annotations in its state: the reader's panel (useHighlights) and the
// Notebook share it, so both report failures and offer Undo the same way.
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import type { Annotation, AnnotationPatch } from '../../../common/annotations';
import { useApi } from '../hooks/useApi';
import { useNotify } from '../hooks/useNotices';

export function useAnnotationMutations(setAnnotations: Dispatch<SetStateAction<Annotation[]>>) {
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
    (what: string) => (error: Error) => {
      notify(`${what}: ${error.message}`);
      return null;
    },
    [notify],
  );

  const update = useCallback(
    async (id: string, patch: AnnotationPatch): Promise<Annotation | null> => {
      const updated = await api
        .updateAnnotation(id, patch)
        .catch(fail('The change could not be saved'));
      if (updated) replace(updated);
      return updated;
    },
    [api, fail, replace],
  );

  const remove = useCallback(
    async (id: string): Promise<Annotation | null> => {
      const removed = await api.deleteAnnotation(id).catch(fail('It could not be deleted'));
      if (!removed) return null;
      setAnnotations((current) => current.filter((a) => a.id !== id));
      setLastDeleted(removed);
      return removed;
    },
    [api, fail, setAnnotations],
  );

  const undoDelete = useCallback(async () => {
    if (!lastDeleted) return;
    const restored = await api.restoreAnnotation(lastDeleted).catch(fail('Undo failed'));
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
