// getLibrary: pages of the library list from an index built once per
// manifest. The collection keeps its manifest while the app runs; when it is
// read again (Collection.reload), the next answer builds a new index from it.
import type { LibraryPage, LibraryQuery, LibrarySort } from '../../common/library';
import type { Manifest } from '../../common/collection';
import type { Collection } from '../content/collection';
import { buildLibraryIndex, type LibraryIndex, type ReadingTimes } from './library-index';

export interface LibraryServiceOptions {
  collection: Pick<Collection, 'manifest'>;
  /** When each article was last read, for the 'recent' order. */
  readingTimes: () => Promise<ReadingTimes>;
  /** The order the reader chose last, for a query that names none. */
  savedSort: () => Promise<LibrarySort>;
  log: (message: string) => void;
}

export interface LibraryService {
  getLibrary(query?: LibraryQuery): Promise<LibraryPage>;
  /** Reads the manifest and builds the index now, so the first page is ready when asked for. */
  prepare(): Promise<void>;
}

/** Articles whose filter text is folded per turn of the event loop: a few ms, so calls are not held up. */
const FOLDED_PER_TURN = 500;

export function createLibraryService(options: LibraryServiceOptions): LibraryService {
  let built: { manifest: Manifest; index: LibraryIndex } | undefined;

  async function index(): Promise<LibraryIndex> {
    const manifest = await options.collection.manifest();
    if (built?.manifest !== manifest) {
      built = { manifest, index: buildLibraryIndex(manifest) };
      prepareFilterMeanwhile(built.index);
    }
    return built.index;
  }

  /** Folds the filter texts between calls, so the first keystroke does not. */
  function prepareFilterMeanwhile(library: LibraryIndex) {
    const step = () => {
      if (built?.index === library && !library.prepareFilter(FOLDED_PER_TURN)) setImmediate(step);
    };
    setImmediate(step);
  }

  async function readingTimes(): Promise<ReadingTimes> {
    try {
      return await options.readingTimes();
    } catch (error) {
      // The list still opens, in title order, and the reason is in the log.
      options.log(`Sorting by recently read without reading places: ${String(error)}`);
      return {};
    }
  }

  async function savedSort(): Promise<LibrarySort> {
    try {
      return await options.savedSort();
    } catch (error) {
      options.log(`Listing the library by title, the reader's order is unknown: ${String(error)}`);
      return 'title';
    }
  }

  return {
    async getLibrary(query = {}) {
      // The page may ask before its settings have come, so the first page
      // and the settings cross at the same time.
      const sort = query.sort ?? (await savedSort());
      const [library, times] = await Promise.all([
        index(),
        sort === 'recent' ? readingTimes() : {},
      ]);
      return library.query({ ...query, sort }, times);
    },
    async prepare() {
      await index();
    },
  };
}
