// Article ids come from the path within the input folder, so two files of one
// name in two folders are two articles (SQLite's documentation has a dozen
// such pairs), while front matter can still name an article whatever its path.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE_ID_PATTERN } from '../../../common/model';
import { compileFolder, compileSource } from '../../../compiler/index';
import { slugFromSourcePath } from '../../../compiler/slug';
import { makeTempDir } from '../../support/temp-dir';

let dir: string;

beforeEach(async () => {
  dir = await makeTempDir('article-ids-');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('article ids from relative paths', () => {
  it('makes two intro.html in two folders two articles', async () => {
    for (const folder of ['session', 'c3ref']) {
      await mkdir(path.join(dir, folder));
      await writeFile(
        path.join(dir, folder, 'intro.html'),
        `<title>${folder} intro</title><p>The ${folder} introduction.</p>`,
      );
    }
    const compiled = await compileFolder({ sourceDir: dir, workers: 1 });
    expect(compiled.rejections).toEqual([]);
    expect(compiled.articles.map((article) => article.id)).toEqual([
      'c3ref-intro',
      'session-intro',
    ]);
  }, 60_000);

  it('lets front matter name the article whatever its path', async () => {
    await mkdir(path.join(dir, 'deep', 'er'), { recursive: true });
    await writeFile(path.join(dir, 'deep', 'er', 'notes.md'), '---\nid: my-notes\n---\nText.');
    await writeFile(path.join(dir, 'deep', 'other.md'), 'Other text.');
    const compiled = await compileFolder({ sourceDir: dir, workers: 1 });
    expect(compiled.articles.map((article) => article.id)).toEqual(['my-notes', 'deep-other']);
  }, 60_000);

  it('gives a file compiled on its own the id of its name', () => {
    const bytes = new TextEncoder().encode('Text.');
    const alone = compileSource({ path: '/somewhere/session/intro.md', bytes });
    const inFolder = compileSource({
      path: '/somewhere/session/intro.md',
      bytes,
      relativePath: 'session/intro.md',
    });
    expect('article' in alone && alone.article.id).toBe('intro');
    expect('article' in inFolder && inFolder.article.id).toBe('session-intro');
  });

  it.each([
    ['session/intro.html', 'session-intro'],
    ['c3ref/intro.html', 'c3ref-intro'],
    ['v1.2/Read Me.md', 'v1-2-read-me'],
    ['a\\b.txt', 'a-b'],
    ['Kernel Docs__README.rst.txt', 'kernel-docs-readme-rst'],
    ['café/é.md', 'cafe-e'],
  ])('slugs %s as %s', (relativePath, id) => {
    expect(slugFromSourcePath(relativePath)).toBe(id);
  });

  it('keeps long paths within the id limit, apart by a stable hash', () => {
    const deep = `${'chapter/'.repeat(20)}page`;
    const a = slugFromSourcePath(`${deep}-one.md`);
    const b = slugFromSourcePath(`${deep}-two.md`);
    expect(a).toMatch(ARTICLE_ID_PATTERN);
    expect(a.length).toBeLessThanOrEqual(120);
    expect(a).not.toBe(b);
    expect(slugFromSourcePath(`${deep}-one.md`)).toBe(a);
  });

  it('avoids Windows device names and gives paths without Latin letters an id', () => {
    expect(slugFromSourcePath('con.md')).toMatch(/^con-[0-9a-f]{8}$/);
    // "docs/con" is not a device name: the folder makes it safe.
    expect(slugFromSourcePath('docs/con.md')).toBe('docs-con');
    const japanese = slugFromSourcePath('日本/ガイド.md');
    expect(japanese).toMatch(/^article-[0-9a-f]{8}$/);
    expect(japanese).not.toBe(slugFromSourcePath('日本/案内.md'));
  });
});
