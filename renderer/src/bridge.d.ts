import type { ReaderBridge } from '../../common/api';

declare global {
  interface Window {
    /**
     * Installed by the preload script (or the e2e harness). Missing when the
     * page is opened any other way, which the app reports instead of failing.
     */
    readonly reader?: ReaderBridge;
  }
}

export {};
