import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from 'react';
import { useIntl } from 'react-intl';
import { tableOfContents, type Article } from '../../../common/model';
import { languageDirection } from '../../../common/text-direction';
import type { StoredReadingPosition } from '../../../common/settings';
import { ArticleBody } from '../components/ArticleBody';
import { ArticleHeader } from '../components/ArticleHeader';
import { ContentsDrawer } from '../components/ContentsDrawer';
import { ContentsIcon } from '../components/Icons';
import { ReaderToolbar } from '../components/ReaderToolbar';
import { TableOfContents } from '../components/TableOfContents';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { useReadingPosition } from '../hooks/useReadingPosition';
import { useSettings } from '../hooks/useSettings';
import { useShortcuts } from '../hooks/useShortcuts';
import { readingLineOffset } from '../lib/layout';
import { DEFAULT_SETTINGS, LINE_WIDTHS, nextInCycle, stepFontSize } from '../lib/settings-options';
import { focusWithoutScrolling } from '../lib/focus';
import { goToBlock, preferredScrollBehavior } from '../lib/scroll';
import { findBlockElement } from '../lib/reading-position';
import { useReaderSearch } from '../search/useReaderSearch';
import { HighlightsLayer, HighlightsPanelButton } from '../highlights/HighlightsLayer';
import { useHighlights } from '../highlights/useHighlights';
import type { TakeAnnotations } from '../highlights/useAnnotationsPrefetch';
import { mergeDecorations } from '../../../common/highlight-decorations';
import { CaretLayer } from '../caret/CaretLayer';
import { useCaretMode } from '../caret/useCaretMode';
import { ReadAloudBar } from '../speech/ReadAloudBar';
import { ReadAloudButton } from '../speech/ReadAloudButton';
import { useReadAloud } from '../speech/useReadAloud';
import { SaveAsPdfButton } from '../print/SaveAsPdfButton';
import { showArrivalCue } from '../navigation/arrival-cue';
import { claimHistoryKeys } from '../navigation/history-keys';
import { useEntryPlace } from '../navigation/useEntryPlace';

/** Wide enough for contents beside the text; below it they live in a drawer. */
const SIDEBAR_QUERY = '(min-width: 55rem)';
/** Wide enough for contents, text and the Annotations panel side by side. */
const SIDEBAR_AND_PANEL_QUERY = '(min-width: 70rem)';

interface Props {
  article: Article;
  savedPosition: StoredReadingPosition | undefined;
  targetBlockId: string | undefined;
  /** The library search this article was opened from: its matches are marked. */
  searchQuery?: string;
  onPositionSaved: (articleId: string, position: StoredReadingPosition) => void;
  onBack: () => void;
  onShowShortcuts: () => void;
  /** The history entry on screen: each keeps its own place (navigation/useEntryPlace). */
  entryKey: string;
  /** The article's annotations, asked for with it (useAnnotationsPrefetch). */
  takeAnnotations?: TakeAnnotations;
}

export function ArticleReader({
  article,
  savedPosition,
  targetBlockId,
  searchQuery,
  onPositionSaved,
  onBack,
  onShowShortcuts,
  entryKey,
  takeAnnotations,
}: Props) {
  const intl = useIntl();
  const { settings, updateSettings } = useSettings();
  const articleRef = useRef<HTMLElement>(null);
  const contentsButtonRef = useRef<HTMLButtonElement>(null);
  const toc = useMemo(() => tableOfContents(article), [article]);
  // The article and what is attached to it (contents, marks) follow its
  // language's direction; the interface around it stays left to right.
  const direction = languageDirection(article.language);
  const hasContents = toc.length > 0;
  const sidebarFits = useMediaQuery(SIDEBAR_QUERY);
  const [sidebarOpen, setSidebarOpen] = useState(true);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const sidebarAndPanelFit = useMediaQuery(SIDEBAR_AND_PANEL_QUERY);
  const showDrawer = hasContents && !sidebarFits && drawerOpen;

  const textLengths = useMemo(
    () => new Map(article.blocks.map((block) => [block.id, block.text.length])),
    [article],
  );
  const textLengthOf = useCallback((id: string) => textLengths.get(id) ?? 0, [textLengths]);
  // Back or Forward to an entry left before: it opens where it was left,
  // not at its link's block (nor is that block flashed again).
  const [openingEntry] = useState(entryKey);
  const returnedTo = useEntryPlace({ article, articleRef, entryKey, targetBlockId, textLengthOf });
  const arrivedAt = returnedTo && entryKey === openingEntry ? undefined : targetBlockId;

  const search = useReaderSearch({
    article,
    articleRef,
    searchQuery,
    targetBlockId: arrivedAt,
  });
  const highlights = useHighlights(article, articleRef, takeAnnotations);
  const caret = useCaretMode({ article, articleRef });
  const readAloud = useReadAloud(article, articleRef);
  // The open panel takes the sidebar's room where there is not room for both;
  // the sidebar comes back when the panel closes.
  const showSidebar =
    hasContents && sidebarFits && sidebarOpen && (sidebarAndPanelFit || !highlights.panelOpen);
  // Search marks come after highlights so the current match shows on top.
  const decorations = useMemo(
    () => mergeDecorations(highlights.decorations, search.decorations),
    [highlights.decorations, search.decorations],
  );

  const place = useReadingPosition({
    article,
    articleRef,
    savedPosition: returnedTo ? { ...returnedTo, progress: 0 } : savedPosition,
    targetBlockId: returnedTo ? undefined : targetBlockId,
    onSaved: onPositionSaved,
  });

  // Arriving, focus goes to the passage opened (or returned to) or else to
  // the title, so a screen reader says where the reader is and Tab starts
  // from there; a link's block is tinted for a moment too. Once per opening:
  // a later entry in the same article is useEntryPlace's.
  const opening = useRef({ block: returnedTo?.blockId ?? targetBlockId, cue: !returnedTo });
  useEffect(() => {
    const root = articleRef.current;
    if (!root) return;
    const { block, cue } = opening.current;
    // Back to a search that was open here: focus stays on its results.
    const searchHasFocus = document.activeElement?.closest('.search') != null;
    const target = block ? findBlockElement(root, block) : null;
    if (!searchHasFocus) focusWithoutScrolling(target ?? root.querySelector<HTMLElement>('h1'));
    // A search result has its own flash (useReaderSearch).
    if (target && cue && searchQuery === undefined) {
      const animation = showArrivalCue(target);
      return () => animation?.cancel();
    }
  }, [searchQuery]);

  // Caret mode's word keys (Alt+← on a Mac) are the caret's, not Back's.
  useEffect(() => claimHistoryKeys(caret.claims), [caret.claims]);

  // Text size, line width, the sidebar and the annotations panel reflow the text: stay on the same sentence.
  const layoutKey = `${settings.fontSize}/${settings.lineWidth}/${showSidebar}/${highlights.panelOpen}`;
  const previousLayoutKey = useRef(layoutKey);
  useLayoutEffect(() => {
    if (previousLayoutKey.current === layoutKey) return;
    previousLayoutKey.current = layoutKey;
    place.keepPlace();
  }, [layoutKey, place]);

  const toggleContents = useCallback(() => {
    if (!hasContents) return false;
    if (sidebarFits && !showSidebar && sidebarOpen) {
      // Hidden by the Annotations panel: the contents come back in its place.
      highlights.closePanel(false);
    } else if (sidebarFits) setSidebarOpen((open) => !open);
    else setDrawerOpen((open) => !open);
  }, [hasContents, sidebarFits, showSidebar, sidebarOpen, highlights]);

  const closeDrawer = useCallback(({ returnFocus }: { returnFocus: boolean }) => {
    setDrawerOpen(false);
    if (returnFocus) contentsButtonRef.current?.focus();
  }, []);

  const goToSection = (direction: 1 | -1) => {
    const root = articleRef.current;
    if (!root || !hasContents) return false;
    const line = readingLineOffset() + 2;
    const tops = toc.map(
      (entry) => findBlockElement(root, entry.blockId)?.getBoundingClientRect().top ?? 0,
    );
    const index =
      direction === 1
        ? tops.findIndex((top) => top > line + 8)
        : tops.findLastIndex((top) => top < line - 8);
    const entry = toc[index];
    if (entry) goToBlock(root, entry.blockId);
    else if (direction === -1) window.scrollTo({ top: 0, behavior: preferredScrollBehavior() });
  };

  const scrollByLines = (lines: number) =>
    window.scrollBy({ top: lines * settings.fontSize * 1.65, behavior: preferredScrollBehavior() });

  /** Esc closes the innermost open thing first; only with nothing open does it leave. */
  const closeInnermostOrLeave = (event: KeyboardEvent) => {
    // Alt+← moves by word in caret mode on a Mac.
    if (caret.claims(event)) return false;
    if (event.key === 'Escape') {
      const selection = window.getSelection();
      if (
        selection &&
        !selection.isCollapsed &&
        articleRef.current?.contains(selection.anchorNode)
      ) {
        // The selection toolbar goes with the selection; in caret mode the caret stays.
        if (caret.active && selection.focusNode)
          selection.collapse(selection.focusNode, selection.focusOffset);
        else selection.removeAllRanges();
        return;
      }
      if (highlights.panelOpen) {
        highlights.closePanel(true);
        return;
      }
      if (caret.turnOff()) return;
      if (readAloud.controller.active) {
        readAloud.controller.stop();
        return;
      }
    }
    onBack();
  };

  /** A reading key that caret mode also uses (Home, End) is the caret's while it is on. */
  const unlessCaret = (handler: () => void) => (event: KeyboardEvent) =>
    caret.claims(event) ? false : handler();

  useShortcuts('reader', {
    ...search.shortcuts,
    ...readAloud.shortcuts,
    'back-to-library': closeInnermostOrLeave,
    // The system's print dialog, with the print stylesheet: the article alone.
    'print-article': () => window.print(),
    'toggle-contents': toggleContents,
    'scroll-down': () => scrollByLines(3),
    'scroll-up': () => scrollByLines(-3),
    'next-section': () => goToSection(1),
    'previous-section': () => goToSection(-1),
    'go-to-top': unlessCaret(() =>
      window.scrollTo({ top: 0, behavior: preferredScrollBehavior() }),
    ),
    'go-to-end': unlessCaret(() =>
      window.scrollTo({
        top: document.documentElement.scrollHeight,
        behavior: preferredScrollBehavior(),
      }),
    ),
    'toggle-caret-mode': caret.toggle,
    'larger-text': () => updateSettings({ fontSize: stepFontSize(settings.fontSize, 1) }),
    'smaller-text': () => updateSettings({ fontSize: stepFontSize(settings.fontSize, -1) }),
    'reset-text-size': () => updateSettings({ fontSize: DEFAULT_SETTINGS.fontSize }),
    'cycle-line-width': () =>
      updateSettings({ lineWidth: nextInCycle(LINE_WIDTHS, settings.lineWidth) }),
  });

  const contentsButton = hasContents ? (
    <button
      ref={contentsButtonRef}
      type="button"
      className="icon-button"
      aria-label={intl.formatMessage({ id: 'reader.contents' })}
      title={intl.formatMessage({ id: 'reader.contents.title' })}
      aria-expanded={sidebarFits ? showSidebar : drawerOpen}
      onClick={toggleContents}
    >
      <ContentsIcon />
    </button>
  ) : undefined;

  const contents = (onNavigate?: () => void) => (
    <TableOfContents
      articleId={article.id}
      entries={toc}
      direction={direction}
      articleRef={articleRef}
      onNavigate={onNavigate}
    />
  );

  return (
    <div
      className="reader-page"
      data-line-width={settings.lineWidth}
      style={{ '--reader-font-size': `${settings.fontSize}px` } as CSSProperties}
    >
      <ReaderToolbar
        onBack={onBack}
        onShowShortcuts={onShowShortcuts}
        article={{ title: article.title, ref: articleRef }}
        contentsButton={
          <>
            {contentsButton}
            <HighlightsPanelButton controller={highlights} />
            <SaveAsPdfButton title={article.title} />
          </>
        }
        searchBox={search.searchBox}
        readAloudButton={
          <ReadAloudButton controller={readAloud.controller} view={readAloud.view} />
        }
      />
      {search.matchesBar}
      <div className={`reader-layout${showSidebar ? ' reader-layout--with-contents' : ''}`}>
        {showSidebar && <div className="reader-layout__contents">{contents()}</div>}
        <main className="reader-layout__main" id="main">
          <article
            className="article"
            ref={articleRef}
            lang={article.language || undefined}
            dir={direction}
          >
            <ArticleHeader article={article} direction={direction} />
            <div className="article__body">
              <ArticleBody
                articleId={article.id}
                direction={direction}
                blocks={article.blocks}
                decorations={decorations}
                openAt={returnedTo?.blockId ?? targetBlockId ?? savedPosition?.blockId}
              />
            </div>
            <footer className="article__end" aria-hidden="true">
              <span className="article__end-mark">❦</span>
            </footer>
          </article>
        </main>
      </div>
      <HighlightsLayer article={article} articleRef={articleRef} controller={highlights} />
      <CaretLayer articleRef={articleRef} controller={caret} />
      <ReadAloudBar controller={readAloud.controller} view={readAloud.view} />
      {showDrawer && (
        <ContentsDrawer onClose={closeDrawer}>
          {contents(() => closeDrawer({ returnFocus: false }))}
        </ContentsDrawer>
      )}
    </div>
  );
}
