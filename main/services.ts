// The service object behind the API: the Electron main process and the e2e
// harness both create it with createReaderServices, so every test runs the
// real services. Plain Node: no electron import here.
import type { ReaderApi } from '../common/api';

export interface ReaderServicesOptions {
  /** A compiled collection folder (see common/collection.ts). */
  contentDir: string;
  /** Where settings and reading positions are kept. */
  userDataDir: string;
}

export interface ReaderServices {
  api: ReaderApi;
  /** Resolves when pending writes are on disk. */
  close(): Promise<void>;
}

export declare function createReaderServices(
  options: ReaderServicesOptions,
): Promise<ReaderServices>;
