// The worker bundle made from the sources: reused while the sources stay the
// same, and bundles of older sources do not pile up in node_modules/.cache.
import { existsSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledWorkerEntry } from '../../../compiler/compile-worker-bundle';

const CACHE = fileURLToPath(
  new URL('../../../node_modules/.cache/compile-worker/', import.meta.url),
);

describe('bundledWorkerEntry', () => {
  it('removes bundles of other sources older than a day, and keeps recent ones', () => {
    const old = path.join(CACHE, 'test-old-bundle');
    const recent = path.join(CACHE, 'test-recent-bundle');
    for (const folder of [old, recent]) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, 'compile-worker.mjs'), '');
    }
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(old, twoDaysAgo, twoDaysAgo);
    const entry = fileURLToPath(bundledWorkerEntry());
    expect(existsSync(entry)).toBe(true);
    expect(path.dirname(path.dirname(entry))).toBe(path.resolve(CACHE));
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    // The same sources give the same bundle.
    expect(fileURLToPath(bundledWorkerEntry())).toBe(entry);
    rmSync(recent, { recursive: true, force: true });
  });
});
