// Entry of the compile worker when the compiler runs from its TypeScript
// sources (tsx scripts/content-build.ts, the tests): a worker thread does not
// get tsx's loader from its parent, so it registers tsx itself, then loads
// the worker. A bundled compiler starts compile-worker.js directly instead.
import { register } from 'tsx/esm/api';

register();
await import('./compile-worker.ts');
