import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { StoredReadingPosition } from '../../common/settings';
import type { ReaderApi } from '../../common/api';
import type { ReaderEventsClient } from '../../common/client';
import { DEFAULT_SETTINGS } from '../../common/settings';
import type { ListMemory } from './components/ArticleList';
import { ExternalLinkDialog } from './components/ExternalLinkDialog';
import { LinkAddress } from './components/LinkAddress/LinkAddress';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { ApiContext, EventsContext, useApi } from './hooks/useApi';
import { useCollectionReloads } from './hooks/useCollectionReloads';
import { useExternalLinkConfirmation } from './hooks/useExternalLinkConfirmation';
import { LibraryPagesProvider, useLibraryPages } from './hooks/useLibraryPages';
import { useLoadable } from './hooks/useLoadable';
import { NoticeProvider, useNotify } from './hooks/useNotices';
import { useReadingPositions } from './hooks/useReadingPositions';
import { useRoute } from './hooks/useRoute';
import { SettingsProvider, useSettings } from './hooks/useSettings';
import { useShortcuts } from './hooks/useShortcuts';
import { THEME_CYCLE, nextInCycle } from './lib/settings-options';
import { historyShortcuts, listenForMouseHistoryButtons } from './navigation/history-keys';
import type { LibraryViewState } from './views/LibraryContent';
import { LibraryView } from './views/LibraryView';
import { ReaderView } from './views/ReaderView';
import { NotebookView } from './highlights/NotebookView';
import { useAnnotationsRecoveryNotice } from './highlights/useAnnotationsRecoveryNotice';

export function App({ api, events }: { api: ReaderApi; events: ReaderEventsClient }) {
  return (
    <ApiContext.Provider value={api}>
      <EventsContext.Provider value={events}>
        <NoticeProvider>
          <LibraryPagesProvider>
            <SettingsGate>
              <Shell />
            </SettingsGate>
          </LibraryPagesProvider>
        </NoticeProvider>
      </EventsContext.Provider>
    </ApiContext.Provider>
  );
}

/**
 * Nothing is drawn until the settings are known, so the first paint already
 * has the reader's theme and text size (no flash of the wrong theme).
 */
function SettingsGate({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const api = useApi();
  const notify = useNotify();
  const settings = useLoadable(() => api.getSettings(), [api]);

  useEffect(() => {
    if (settings.state === 'failed') {
      notify(
        intl.formatMessage({ id: 'settings.readFailed' }, { message: settings.error.message }),
      );
    }
  }, [settings, notify, intl]);

  if (settings.state === 'loading') return null;
  const initial = settings.state === 'ready' ? settings.value : DEFAULT_SETTINGS;
  return <SettingsProvider initial={initial}>{children}</SettingsProvider>;
}

const INITIAL_LIBRARY_STATE: LibraryViewState = {
  filterText: '',
  tag: null,
  language: null,
  currentArticleId: null,
};

function Shell() {
  const route = useRoute();
  const { settings, updateSettings } = useSettings();
  const library = useLibraryPages();
  useCollectionReloads(library);
  const listMemory = useRef<ListMemory | null>(null);
  const readingPositions = useReadingPositions();
  const { record } = readingPositions;
  const onPositionSaved = useCallback(
    (articleId: string, position: StoredReadingPosition) => {
      record(articleId, position);
      library.readingChanged();
    },
    [record, library],
  );
  const [libraryState, setLibraryState] = useState(INITIAL_LIBRARY_STATE);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);

  const updateLibraryState = useCallback((patch: Partial<LibraryViewState>) => {
    setLibraryState((current) => ({ ...current, ...patch }));
  }, []);

  // The article being read is the one the library puts back under focus on return.
  const openArticleId = route.view === 'article' ? route.articleId : null;
  useEffect(() => {
    if (openArticleId) updateLibraryState({ currentArticleId: openArticleId });
  }, [openArticleId, updateLibraryState]);

  const showShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const externalLink = useExternalLinkConfirmation();
  useAnnotationsRecoveryNotice();
  useEffect(() => listenForMouseHistoryButtons(), []);
  useShortcuts('everywhere', {
    ...historyShortcuts,
    'show-shortcuts': showShortcuts,
    'cycle-theme': () => updateSettings({ theme: nextInCycle(THEME_CYCLE, settings.theme) }),
  });

  return (
    <>
      {route.view === 'notebook' ? (
        <NotebookView onShowShortcuts={showShortcuts} />
      ) : route.view === 'article' ? (
        <ReaderView
          // Another search opens afresh, even in the same article; another
          // block of the same article is a step within it (useEntryPlace).
          key={`${route.articleId}\u0000${route.searchQuery ?? ''}`}
          articleId={route.articleId}
          blockId={route.blockId}
          searchQuery={route.searchQuery}
          positions={readingPositions.positions}
          onPositionSaved={onPositionSaved}
          onShowShortcuts={showShortcuts}
        />
      ) : (
        <LibraryView
          library={library}
          listMemory={listMemory}
          positions={
            readingPositions.positions.state === 'ready' ? readingPositions.positions.value : {}
          }
          viewState={libraryState}
          onViewStateChange={updateLibraryState}
          onShowShortcuts={showShortcuts}
        />
      )}
      {route.view === 'article' && <LinkAddress />}
      {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
      {externalLink.pending && (
        <ExternalLinkDialog
          // A new link asks afresh, never with the previous one's state.
          key={externalLink.pending}
          href={externalLink.pending}
          onConfirm={externalLink.confirm}
          onCancel={externalLink.cancel}
        />
      )}
    </>
  );
}
