// The link pass inside compileFolder: links come back from the compile cache
// as they were compiled, resolve after the site name is off the titles (which
// removes a first heading and renumbers block ids), and a link to a rejected
// file is a warning. No parser emits links to source files yet, so each
// file's compiled result is put in the cache by hand, as a compile would
// leave it; the file on disk gives only the key (and compiles to something
// else, without links, should the entry not be used).
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleSchema, type Article, type Block } from '../../../common/model';
import { CompileCache, type CachedCompile } from '../../../compiler/compile-cache';
import { compileFolder } from '../../../compiler/compile';
import { resolveLinks, type LinkSource } from '../../../compiler/links';
import type { DraftBlock } from '../../../compiler/types';
import { heading, linkSource, paragraphLinking } from '../../support/link-drafts';
import { makeTempDir } from '../../support/temp-dir';

let root: string;
let sourceDir: string;
let cacheDir: string;

const SITE = 'Python 3.11 documentation';

/** The pages as the parsers would hand them over: each titled "<name> — <site>". */
const pages: Record<string, DraftBlock[]> = {
  'library/os.html': [
    heading('os', ['module-os'], 1),
    heading('os.walk()', ['os.walk']),
    { kind: 'paragraph', text: 'Walks a tree.' },
    // The same heading as the title: its id is the title's with "-2" until
    // the title heading goes, and then the title's.
    heading('os', ['os-again']),
  ],
  'tutorial/intro.html': [
    heading('Intro', ['intro'], 1),
    paragraphLinking('Use os.walk to list files.', 'os.walk', '../library/os.html#os.walk', 12),
    paragraphLinking('Or the second os heading.', 'second', '../library/os.html#os-again', 13),
    paragraphLinking('Back to the top.', 'top', '#intro', 14),
    paragraphLinking('The module.', 'module', '../library/os.html#module-os', 15),
    paragraphLinking('The notes.', 'notes', '../notes.md', 16),
  ],
  'library/sys.html': [
    heading('sys', ['module-sys'], 1),
    paragraphLinking('See also os.', 'os', 'os.html', 3),
  ],
};

function titleOf(relativePath: string): string {
  return `${path.posix.basename(relativePath, '.html')} — ${SITE}`;
}

function sourcesOf(): LinkSource[] {
  return Object.entries(pages).map(([relativePath, blocks]) =>
    linkSource(relativePath, blocks, { title: titleOf(relativePath) }),
  );
}

/** Puts each page's compiled result in the cache, under the key its file on disk has. */
async function seedCache(cache: CompileCache): Promise<void> {
  for (const source of sourcesOf()) {
    const file = path.join(sourceDir, source.relativePath);
    const key = await cache.keyOfFile(file, source.relativePath);
    const entry: CachedCompile = {
      article: source.article,
      warnings: [],
      pageTitle: titleOf(source.relativePath),
      ...(source.links && { links: source.links }),
    };
    await cache.set(key!, entry);
  }
}

function byId(articles: Article[], id: string): Article {
  const article = articles.find((a) => a.id === id);
  if (!article) throw new Error(`no article ${id}`);
  return article;
}

function blockWith(article: Article, text: string, kind: Block['kind'] = 'heading'): Block {
  const block = article.blocks.find((b) => b.text === text && b.kind === kind);
  if (!block) throw new Error(`no ${kind} "${text}" in ${article.id}`);
  return block;
}

function targetsOf(article: Article) {
  return article.blocks.flatMap((block) =>
    (block.marks ?? []).flatMap((mark) => (mark.type === 'link' ? [mark.target] : [])),
  );
}

beforeEach(async () => {
  root = await makeTempDir('links-in-folder-');
  sourceDir = path.join(root, 'in');
  cacheDir = path.join(root, 'cache');
  for (const relativePath of Object.keys(pages)) {
    await mkdir(path.dirname(path.join(sourceDir, relativePath)), { recursive: true });
    await writeFile(
      path.join(sourceDir, relativePath),
      `<title>${titleOf(relativePath)}</title><p>Compiled without links.</p>`,
    );
  }
  // Rejected by the compiler itself: its front matter is not YAML.
  await writeFile(path.join(sourceDir, 'notes.md'), '---\ntitle: [\n---\nNotes.');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('links in compileFolder', { timeout: 60_000 }, () => {
  it('resolve links from cached results after the site name leaves the titles', async () => {
    const cache = new CompileCache(cacheDir, 'links-test');
    await seedCache(cache);
    const compiled = await compileFolder({ sourceDir, cache, workers: 1 });
    // Every page came from the cache: only the rejected notes.md was compiled.
    expect(compiled).toMatchObject({ reused: 3, compiled: 1 });
    expect(compiled.siteNames.map((name) => name.text)).toEqual([SITE]);
    for (const article of compiled.articles) ArticleSchema.parse(article);

    const os = byId(compiled.articles, 'library-os');
    const intro = byId(compiled.articles, 'tutorial-intro');
    expect(os.title).toBe('os');
    expect(os.blocks[0]!.text).toBe('os.walk()'); // the title heading left the body
    const again = os.blocks.find((block) => block.kind === 'heading' && block.text === 'os')!;
    expect(again.id).not.toMatch(/-2$/); // renumbered once the title heading went
    expect(targetsOf(intro)).toEqual([
      { kind: 'article', article: 'library-os', block: blockWith(os, 'os.walk()').id },
      { kind: 'article', article: 'library-os', block: again.id },
      // The title heading's anchor names the article's top: no warning.
      { kind: 'article', article: 'tutorial-intro' },
      { kind: 'article', article: 'library-os' },
    ]);
    expect(targetsOf(byId(compiled.articles, 'library-sys'))).toEqual([
      { kind: 'article', article: 'library-os' },
    ]);
    expect(
      compiled.warnings.map(({ path: file, line, code, message }) => [file, line, code, message]),
    ).toEqual([
      [
        path.join(sourceDir, 'tutorial', 'intro.html'),
        16,
        'broken-link',
        'link to "../notes.md" leads to notes.md, which was rejected: its text is kept without the link',
      ],
    ]);
    // The link's text stays.
    expect(blockWith(intro, 'The notes.', 'paragraph').marks).toBeUndefined();
  });

  it('resolves as the compiled results do in memory, build after build', async () => {
    const cache = new CompileCache(cacheDir, 'links-test');
    await seedCache(cache);
    const first = await compileFolder({ sourceDir, cache, workers: 1 });
    const second = await compileFolder({
      sourceDir,
      cache: new CompileCache(cacheDir, 'links-test'),
      workers: 1,
    });
    expect(second.articles).toEqual(first.articles);
    expect(second.warnings).toEqual(first.warnings);
    // The pages' own links, resolved straight from memory (no titles cleaned),
    // lead where the cached ones do for the pages whose blocks did not move.
    const inMemory = resolveLinks(sourcesOf(), { rejectedPaths: new Set(['notes.md']) });
    const sys = inMemory.articles.find((a) => a.id === 'library-sys')!;
    expect(targetsOf(sys)).toEqual(targetsOf(byId(first.articles, 'library-sys')));
  });

  it('treats an entry whose links do not fit its article as a miss, and compiles the file', async () => {
    const cache = new CompileCache(cacheDir, 'links-test');
    await seedCache(cache);
    // Point a link of the intro page at a block it does not have.
    for (const name of await readdir(cacheDir)) {
      const file = path.join(cacheDir, name);
      const text = await readFile(file, 'utf8');
      if (!text.includes('"tutorial-intro"')) continue;
      const [, body] = text.split('\n');
      const entry = JSON.parse(body!) as CachedCompile;
      entry.links!.pending[0]!.block = 99;
      const key = name.replace(/\.json$/, '');
      await cache.set(key, entry);
    }
    const compiled = await compileFolder({ sourceDir, cache, workers: 1 });
    expect(compiled).toMatchObject({ reused: 2, compiled: 2 });
    // Compiled from the file on disk, which has no links.
    expect(byId(compiled.articles, 'tutorial-intro').blocks.map((b) => b.text)).toEqual([
      'Compiled without links.',
    ]);
  });
});
