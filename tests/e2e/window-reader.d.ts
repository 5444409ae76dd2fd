import type { ReaderBridge } from '../../common/api';

// Specs read the app's state through the same bridge the renderer uses (the
// harness installs it), e.g. to wait until a setting has been saved.
declare global {
  interface Window {
    readonly reader: ReaderBridge;
  }
}

export {};
