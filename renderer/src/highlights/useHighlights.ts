import { useIntl } from 'react-intl';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { BlockRange } from '../../../common/anchoring';
import {
  HIGHLIGHT_COLORS,
  isOrphan,
  type Annotation,
  type HighlightColor,
} from '../../../common/annotations';
import type { Article } from '../../../common/model';
import { byPlace } from '../../../common/notebook-export';
import { useApi } from '../hooks/useApi';
import { useNotify } from '../hooks/useNotices';
import { useShortcuts } from '../hooks/useShortcuts';
import { measureReadingPosition } from '../lib/reading-position';
import { highlightDecorations } from '../../../common/highlight-decorations';
import { selectionToBlockRange } from './selection';
import { useAnnotationMutations } from './useAnnotationMutations';
import type { TakeAnnotations } from './useAnnotationsPrefetch';
import { mergeLoadedAnnotations } from '../../../common/merge-loaded-annotations';

/**
 * The article's highlights and bookmarks: loading, creating from the
 * selection, editing, deleting with Undo, and the decorations that draw them.
 */
export function useHighlights(
  article: Article,
  articleRef: RefObject<HTMLElement | null>,
  /** The list asked for with the article (useAnnotationsPrefetch), if any. */
  takePrefetched?: TakeAnnotations,
) {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [lastColor, setLastColor] = useState<HighlightColor>('yellow');
  const [panelOpen, setPanelOpen] = useState(false);
  /** The bar's Annotations button: focus goes back to it when the panel closes. */
  const panelButtonRef = useRef<HTMLButtonElement>(null);
  /** The selection toolbar: Enter takes keyboard focus there. */
  const selectionToolbarRef = useRef<HTMLDivElement>(null);
  /** Enter came before the toolbar had appeared for a new selection: it takes focus when it does. */
  const selectionToolbarWanted = useRef(false);
  /** The highlight whose note field should take focus (after "Note" in the toolbar). */
  const [noteFor, setNoteFor] = useState<string | null>(null);
  const textLengths = useMemo(
    () => new Map(article.blocks.map((b) => [b.id, b.text.length])),
    [article.blocks],
  );

  useEffect(() => {
    let live = true;
    const request = takePrefetched?.(article.id) ?? api.listAnnotations(article.id);
    request.then(
      (list) => live && setAnnotations((current) => mergeLoadedAnnotations(list, current)),
      (error: Error) =>
        notify(intl.formatMessage({ id: 'highlight.failed.load' }, { message: error.message })),
    );
    return () => {
      live = false;
    };
  }, [api, article.id, notify, intl, takePrefetched]);

  const mutations = useAnnotationMutations(setAnnotations);
  const { replace, fail, update } = mutations;

  const createHighlight = useCallback(
    async (range: BlockRange, color: HighlightColor, note = ''): Promise<Annotation | null> => {
      setLastColor(color);
      const created = await api
        .createHighlight({ articleId: article.id, range, color, note })
        .catch(fail('highlight.failed.save'));
      if (created) replace(created);
      return created;
    },
    [api, article.id, fail, replace],
  );

  const highlightSelection = useCallback(
    async (color: HighlightColor = lastColor): Promise<Annotation | null> => {
      const root = articleRef.current;
      const range = root ? selectionToBlockRange(root) : null;
      if (!range) return null;
      // Cleared now, not after the save: by then the reader may have selected something else.
      window.getSelection()?.removeAllRanges();
      return createHighlight(range, color);
    },
    [articleRef, createHighlight, lastColor],
  );

  const removeMutation = mutations.remove;
  const remove = useCallback(
    async (id: string) => {
      if (await removeMutation(id)) setSelectedId((current) => (current === id ? null : current));
    },
    [removeMutation],
  );

  const toggleBookmark = useCallback(
    async (blockId: string) => {
      const existing = annotations.find(
        (a) => a.kind === 'bookmark' && !isOrphan(a) && a.anchor.startBlockId === blockId,
      );
      if (existing) return remove(existing.id);
      const created = await api
        .createBookmark({ articleId: article.id, blockId })
        .catch(fail('bookmark.failed.save'));
      if (created) replace(created);
    },
    [annotations, api, article.id, fail, remove, replace],
  );

  const bookmarkReadingPosition = useCallback(() => {
    const root = articleRef.current;
    if (!root) return false;
    const place = measureReadingPosition(root, (id) => textLengths.get(id) ?? 0);
    if (!place) return false;
    void toggleBookmark(place.blockId);
  }, [articleRef, textLengths, toggleBookmark]);

  /** A number key: highlight the selection in that colour, or recolour the chosen highlight. */
  const pickColor = useCallback(
    (index: number) => () => {
      const color = HIGHLIGHT_COLORS[index]!;
      const root = articleRef.current;
      if (root && selectionToBlockRange(root)) {
        void highlightSelection(color);
        return;
      }
      const selected = annotations.find((a) => a.id === selectedId && a.kind === 'highlight');
      if (!selected) return false;
      setLastColor(color);
      void update(selected.id, { color });
    },
    [annotations, articleRef, highlightSelection, selectedId, update],
  );

  useShortcuts('highlights', {
    'highlight-selection': () => {
      const root = articleRef.current;
      if (!root || !selectionToBlockRange(root)) return false;
      void highlightSelection();
    },
    'open-selection-toolbar': (event) => {
      const root = articleRef.current;
      // Only from the text: Enter on a button or link keeps its own meaning.
      const fromText = event.target === document.body || root?.contains(event.target as Node);
      if (!root || !fromText || !selectionToBlockRange(root)) return false;
      const first = selectionToolbarRef.current?.querySelector('button');
      if (first) first.focus();
      else selectionToolbarWanted.current = true;
    },
    'toggle-bookmark': bookmarkReadingPosition,
    'colour-1': pickColor(0),
    'colour-2': pickColor(1),
    'colour-3': pickColor(2),
    'colour-4': pickColor(3),
    'colour-5': pickColor(4),
  });

  const decorations = useMemo(
    () => highlightDecorations(article.blocks, annotations, selectedId),
    [annotations, article.blocks, selectedId],
  );
  const inReadingOrder = useMemo(() => [...annotations].sort(byPlace), [annotations]);

  return {
    annotations: inReadingOrder,
    decorations,
    selectedId,
    select: setSelectedId,
    lastColor,
    createHighlight,
    highlightSelection,
    update,
    remove,
    lastDeleted: mutations.lastDeleted,
    undoDelete: mutations.undoDelete,
    dismissUndo: mutations.dismissUndo,
    toggleBookmark,
    panelOpen,
    setPanelOpen,
    panelButtonRef,
    selectionToolbarRef,
    selectionToolbarWanted,
    /** Closes the panel; focus returns to its button when it was inside the panel (or asked). */
    closePanel: useCallback((returnFocus: boolean) => {
      setPanelOpen(false);
      if (returnFocus) panelButtonRef.current?.focus();
    }, []),
    noteFor,
    /** Opens the side panel on one annotation, optionally with its note field focused. */
    openInPanel: useCallback((id: string, withNote = false) => {
      setSelectedId(id);
      setNoteFor(withNote ? id : null);
      setPanelOpen(true);
    }, []),
  };
}

export type HighlightsController = ReturnType<typeof useHighlights>;
