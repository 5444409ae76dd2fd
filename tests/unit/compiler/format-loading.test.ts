// A compile worker loads only the parsers of the formats its folder holds,
// and the language detector only when an article needs it (each costs tens
// of megabytes per worker): what a folder compiles to does not depend on it.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CompilePool } from '../../../compiler/compile-pool';
import { compileFolder } from '../../../compiler/index';
import type * as Language from '../../../compiler/language';
import { makeTempDir } from '../../support/temp-dir';

const ITALIAN =
  'Questo documento descrive come diventare uno sviluppatore del kernel Linux e dove cercare aiuto.';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('format-loading-');
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('loading parsers and the detector as they are needed', () => {
  it('detects the language of an HTML page that does not name it, in a folder of pages', async () => {
    const folder = path.join(dir, 'pages');
    await mkdir(folder);
    await writeFile(
      path.join(folder, 'a-named.html'),
      '<html lang="de"><body><main><h1>Kern</h1><p>Ein Absatz.</p></main></body></html>',
    );
    await writeFile(
      path.join(folder, 'b-unnamed.html'),
      `<html><body><main><h1>Sviluppo</h1><p>${ITALIAN}</p></main></body></html>`,
    );
    const compiled = await compileFolder({ sourceDir: folder, workers: 1 });
    expect(compiled.rejections).toEqual([]);
    expect(compiled.articles.map((article) => [article.id, article.language])).toEqual([
      ['a-named', 'de'],
      ['b-unnamed', 'it'],
    ]);
  }, 60_000);

  it('compiles a file of a format its worker was not started for', async () => {
    const file = path.join(dir, 'late.md');
    await writeFile(file, `# Tardi\n\n${ITALIAN}\n`);
    const pool = new CompilePool({
      workers: 1,
      fileTimeoutMs: 30_000,
      fileMemoryMb: 256,
      formats: ['html'],
    });
    try {
      const result = await pool.compile(file);
      expect('article' in result && [result.article.title, result.article.language]).toEqual([
        'Tardi',
        'it',
      ]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('asks for the detector only where the script does not decide', async () => {
    vi.resetModules();
    const fresh: typeof Language = await import('../../../compiler/language');
    expect(
      fresh.detectLanguage('本文档描述了内核的内存管理子系统，以及开发者应该如何使用这些接口。'),
    ).toEqual({
      language: 'zh-Hans',
      source: 'script',
    });
    expect(() => fresh.detectLanguage(ITALIAN)).toThrow(fresh.LanguageDetectorNeeded);
    await fresh.loadLanguageDetector();
    expect(fresh.detectLanguage(ITALIAN)).toEqual({ language: 'it', source: 'detector' });
  });
});
