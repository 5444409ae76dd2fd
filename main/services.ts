// The service object behind the API: the Electron main process and the e2e
// harness both create it with createReaderServices, so every test runs the
// real services. Plain Node: no electron import here.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  readerEvents,
  type ReaderApi,
  type ReaderEvent,
  type ReaderEventPayload,
  type ReaderEventSource,
} from '../common/api';
import { createListeners } from '../common/listeners';
import { ReaderError } from '../common/errors';
import { feedNotesToSearch } from './annotations/searchable-notes';
import { createAnnotationService } from './annotations/service';
import { CANNOT_SAVE } from './storage/storage-errors';
import { openAnnotationStore, type AnnotationStore } from './annotations/store';
import { openUnavailableStore } from './annotations/unavailable-store';
import { openCollection } from './content/collection';
import { watchCollection, type CollectionWatch } from './content/collection-watch';
import { createPdfSaver, type PagePdfPort } from './print/pdf-saver';
import { createLibraryService } from './library/library-service';
import { restartableSearch } from './search/restartable-search';
import { startSearchService, type SearchServiceOptions } from './search/search-service';
import { openReadingPositionsStore } from './storage/reading-positions-store';
import { openSettingsStore } from './storage/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../common/settings';

export interface ReaderServicesOptions {
  /** A compiled collection folder (see common/collection.ts). */
  contentDir: string;
  /** Where settings and reading positions are kept. */
  userDataDir: string;
  /** The built search worker; see SearchServiceOptions.workerEntry. */
  searchWorker?: SearchServiceOptions['workerEntry'];
  log?: (message: string) => void;
  /** The save dialog and the page's printing, for savePageAsPdf (Electron's, or the harness's). */
  pagePdf?: PagePdfPort;
  /**
   * Reload the collection when it is rebuilt in place while the app runs
   * (content:build --watch), and say so with a collectionReloaded event.
   */
  watchContent?: boolean;
}

export interface ReaderServices {
  api: ReaderApi;
  /** What the page is told without asking (common/api.ts readerEvents), each payload checked. */
  events: ReaderEventSource;
  /** Resolves when pending writes are on disk and the search worker has stopped. */
  close(): Promise<void>;
}

export async function createReaderServices(
  options: ReaderServicesOptions,
): Promise<ReaderServices> {
  const log = options.log ?? ((m: string) => console.warn(`[reader] ${m}`));
  await mkdir(options.userDataDir, { recursive: true });
  const collection = openCollection(options.contentDir);
  // A collection's publisher may fix the interface's language for readers
  // who have not chosen one; settings are answered once the manifest says.
  // A manifest that cannot be read leaves the product's defaults: the
  // library's own read of it reports why to the page.
  let settingsDefaults: Settings = DEFAULT_SETTINGS;
  const publisherDefaults = collection.manifest().then(
    ({ interfaceLanguage }) => {
      if (interfaceLanguage) settingsDefaults = { ...DEFAULT_SETTINGS, interfaceLanguage };
    },
    () => undefined,
  );
  const settings = openSettingsStore(options.userDataDir, log, () => settingsDefaults);
  const positions = openReadingPositionsStore(options.userDataDir, log);
  const annotationStore = await openAnnotationStoreOrReadOnly(
    join(options.userDataDir, 'annotations'),
    log,
  );
  const annotations = createAnnotationService({ store: annotationStore, collection, log });
  const library = createLibraryService({
    collection,
    readingTimes: () => positions.getAll(),
    savedSort: async () => (await settings.get()).librarySort,
    log,
  });
  // The window is opening meanwhile: its first page is ready sooner. A failure
  // here is not lost: the manifest is read again by the getLibrary call that
  // follows, and that call reports it to the page.
  library.prepare().catch(() => undefined);
  // Starts loading now, in the background: the library does not wait for it.
  const search = restartableSearch(
    () =>
      startSearchService({
        contentDir: options.contentDir,
        // An index rebuilt for a changed collection is kept beside the settings.
        cacheDir: options.userDataDir,
        workerEntry: options.searchWorker,
        log,
      }),
    log,
  );
  feedNotesToSearch(annotationStore, search, log);

  type Emitted = { event: ReaderEvent; payload: unknown };
  const emitted = createListeners<Emitted>((error) =>
    log(`A reader event listener failed: ${String(error)}`),
  );
  function emit<E extends ReaderEvent>(event: E, payload: ReaderEventPayload<E>): void {
    // Checked here like a method's arguments: a wrong payload is a bug on this side.
    const checked = readerEvents[event].safeParse(payload);
    if (!checked.success) {
      log(`Not sending a malformed ${event} event: ${checked.error.issues[0]?.message}`);
      return;
    }
    emitted.emit({ event, payload: checked.data });
  }
  search.onStatusChange((status) => emit('searchStatusChanged', status));
  // The library builds its index from the new manifest and articles are read
  // afresh (collection.reload, done by the watch); search loads the new index.
  const watching: CollectionWatch | undefined = options.watchContent
    ? watchCollection({
        collection,
        log,
        onReloaded: (manifest) => {
          log(`The collection in ${options.contentDir} was rebuilt; reloaded it.`);
          search.restart();
          library.prepare().catch(() => undefined);
          emit('collectionReloaded', {
            contentHash: manifest.contentHash,
            articleCount: manifest.articles.length,
            title: manifest.title,
          });
        },
      })
    : undefined;
  const events: ReaderEventSource = {
    subscribe: (listener) =>
      emitted.add(({ event, payload }) =>
        listener(event, payload as ReaderEventPayload<typeof event>),
      ),
  };

  const savePageAsPdf = createPdfSaver(options.pagePdf, log);
  const api: ReaderApi = {
    getLibrary: (query) => library.getLibrary(query),
    getArticle: (id) => collection.article(id),
    getSettings: async () => {
      await publisherDefaults;
      return settings.get();
    },
    updateSettings: async (patch) => {
      await publisherDefaults;
      return settings.update(patch);
    },
    getReadingPositions: () => positions.getAll(),
    saveReadingPosition: async (id, position) => {
      // A place must be inside a block of an article the collection has:
      // the block's end is a place (the reader finished it), past it is not.
      const article = await collection.article(id);
      const block = article.blocks.find((b) => b.id === position.blockId);
      if (!block) {
        throw new ReaderError(
          'invalid-argument',
          `saveReadingPosition: article "${id}" has no block "${position.blockId}".`,
        );
      }
      if (position.offset > block.text.length) {
        throw new ReaderError(
          'invalid-argument',
          `saveReadingPosition: offset ${position.offset} is past the end of block "${block.id}" of article "${id}", which has ${block.text.length} characters.`,
        );
      }
      return positions.save(id, position);
    },
    getSearchStatus: async () => search.status(),
    search: (query, options) => search.search(query, options?.limit),
    searchInArticle: (articleId, query) => search.searchInArticle(articleId, query),
    getAnnotationsStatus: async () => ({
      ...annotations.status(),
      ...(annotationStore.unavailable ? { unavailable: annotationStore.unavailable } : {}),
    }),
    listAnnotations: (articleId) => annotations.list(articleId),
    listAllAnnotations: () => annotations.list(),
    createHighlight: (input) => annotations.createHighlight(input),
    createBookmark: (input) => annotations.createBookmark(input),
    updateAnnotation: (id, patch) => annotations.update(id, patch),
    deleteAnnotation: (id) => annotations.delete(id),
    restoreAnnotation: (annotation) => annotations.restore(annotation),
    exportAnnotations: ({ format, articleId }) => annotations.export(format, articleId),
    importAnnotations: (text) => annotations.import(text),
    savePageAsPdf: ({ suggestedName }) => savePageAsPdf(suggestedName),
  };

  return {
    api,
    events,
    close: async () => {
      await watching?.close();
      await Promise.all([search.close(), annotationStore.close()]);
    },
  };
}

/**
 * A store that cannot be written must not keep the reader from reading: the
 * highlights that can be read are shown, and every change is refused with
 * the reason, which getAnnotationsStatus gives the UI to show.
 */
async function openAnnotationStoreOrReadOnly(
  dir: string,
  log: (message: string) => void,
): Promise<AnnotationStore> {
  try {
    return await openAnnotationStore({ dir, log });
  } catch (error) {
    const message =
      error instanceof ReaderError
        ? error.message
        : `${CANNOT_SAVE}: the highlights in ${dir} could not be opened (${String(error)}).`;
    log(message);
    return openUnavailableStore({ dir, message, log });
  }
}
