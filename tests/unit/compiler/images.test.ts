// The asset step (compiler/images.ts, image-format.ts, image-collection.ts,
// and write.ts's copy): which images become blocks naming their copy in the
// collection, and which keep only their alt text with a warning; nothing
// outside the input folder is ever read.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImageSchema, type Article } from '../../../common/model';
import { CompileCache } from '../../../compiler/compile-cache';
import { compileSource } from '../../../compiler/compile-source';
import { collectImages } from '../../../compiler/image-collection';
import { checkImagesAgain, resolveImages, type ResolvedImages } from '../../../compiler/images';
import { MAX_IMAGE_BYTES } from '../../../compiler/limits';
import type { DraftBlock } from '../../../compiler/types';
import { writeCollection } from '../../../compiler/write';
import { makeTempDir } from '../../support/temp-dir';

const FIXTURES = fileURLToPath(new URL('../../support/fixtures/images/', import.meta.url));

/** A 1 × 1 GIF89a, the smallest GIF browsers draw. */
const GIF_1X1 = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** An ISO-BMFF box: size, type, payload. */
function box(type: string, ...payload: Buffer[]): Buffer {
  const body = Buffer.concat(payload);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

/** The boxes an AVIF file opens with, up to the image's spatial extent (ispe). */
function avifHeader(width: number, height: number): Buffer {
  const size = Buffer.alloc(12);
  size.writeUInt32BE(width, 4);
  size.writeUInt32BE(height, 8);
  const ftyp = box('ftyp', Buffer.from('avif'), Buffer.alloc(4), Buffer.from('avifmif1'));
  const meta = box('meta', Buffer.alloc(4), box('iprp', box('ipco', box('ispe', size))));
  return Buffer.concat([ftyp, meta]);
}

function image(src: string, alt = 'A diagram', line = 3): DraftBlock {
  return { kind: 'image', text: '', imageSource: { src, alt, line } };
}

let root: string;
let article: string;

beforeEach(async () => {
  root = await makeTempDir('images-');
  await mkdir(path.join(root, 'guide', 'pictures'), { recursive: true });
  article = path.join(root, 'guide', 'page.md');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(relative: string, bytes: Buffer | string): Promise<string> {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return file;
}

function resolve(...blocks: DraftBlock[]): ResolvedImages {
  return resolveImages(blocks, { sourcePath: article, root });
}

function sha32(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

describe('images the collection can ship', () => {
  it.each([
    ['pixels-12x8.png', 'png', 12, 8],
    ['pixels-12x8.jpg', 'jpg', 12, 8],
    ['pixels-12x8.webp', 'webp', 12, 8],
  ])('reads %s by its content: format %s, %i × %i', async (name, format, width, height) => {
    const bytes = await readFile(path.join(FIXTURES, name));
    await put(`guide/pictures/${name}`, bytes);
    const { blocks, warnings, assets } = resolve(image(`pictures/${name}`));
    expect(warnings).toEqual([]);
    expect(blocks).toEqual([
      {
        kind: 'image',
        text: '',
        image: { src: `assets/${sha32(bytes)}.${format}`, alt: 'A diagram', width, height },
      },
    ]);
    expect(ImageSchema.safeParse(blocks[0]!.image).success).toBe(true);
    expect(assets).toEqual([
      {
        src: `assets/${sha32(bytes)}.${format}`,
        file: path.join(root, 'guide', 'pictures', name),
        bytes: bytes.length,
      },
    ]);
  });

  it('reads a GIF and an AVIF by their headers', async () => {
    await put('guide/dot.gif', GIF_1X1);
    await put('guide/photo.avif', avifHeader(640, 480));
    const { blocks, warnings } = resolve(image('dot.gif'), image('photo.avif'));
    expect(warnings).toEqual([]);
    expect(
      blocks.map((b) => [b.image?.src.split('.')[1], b.image?.width, b.image?.height]),
    ).toEqual([
      ['gif', 1, 1],
      ['avif', 640, 480],
    ]);
  });

  it('takes an SVG size from width and height, or from the viewBox, units included', async () => {
    await put(
      'guide/sized.svg',
      '<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg" width="120" height="2in"><rect/></svg>',
    );
    await put(
      'guide/boxed.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150"><circle r="4"/></svg>',
    );
    const { blocks, warnings } = resolve(image('sized.svg'), image('boxed.svg'));
    expect(warnings).toEqual([]);
    expect(
      blocks.map((b) => [b.image?.src.endsWith('.svg'), b.image?.width, b.image?.height]),
    ).toEqual([
      [true, 120, 192],
      [true, 300, 150],
    ]);
  });

  it('resolves a percent-encoded name and ignores a query or fragment', async () => {
    const bytes = await readFile(path.join(FIXTURES, 'pixels-12x8.png'));
    await put('guide/my diagram.png', bytes);
    const { blocks, warnings } = resolve(image('./my%20diagram.png?v=2#top'));
    expect(warnings).toEqual([]);
    expect(blocks[0]!.image?.src).toBe(`assets/${sha32(bytes)}.png`);
  });

  it('reads an image in a folder above the article, when it is still inside the input folder', async () => {
    await put('common-art/logo.gif', GIF_1X1);
    const { blocks, warnings } = resolve(image('../common-art/logo.gif'));
    expect(warnings).toEqual([]);
    expect(blocks[0]!.kind).toBe('image');
  });
});

describe('images that keep only their alt text', () => {
  async function refusedWith(src: string, reason: RegExp, alt = 'Tree mode parameters.') {
    const { blocks, warnings, assets } = resolve(
      { kind: 'paragraph', text: 'Before.' },
      { ...image(src, alt, 7), within: [{ type: 'figure', id: 'f1' }] },
    );
    expect(assets).toEqual([]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Before.' },
      { kind: 'paragraph', text: alt, within: [{ type: 'figure', id: 'f1' }] },
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 7, code: 'image' });
    expect(warnings[0]!.message).toContain(JSON.stringify(src));
    expect(warnings[0]!.message).toMatch(reason);
    expect(warnings[0]!.message).toMatch(/its alt text stands in its place$/);
  }

  it('never fetches a remote image', async () => {
    await refusedWith('https://example.com/tree.png', /remote image is never fetched/);
    await refusedWith('http://example.com/tree.png', /remote image is never fetched/);
    await refusedWith('//cdn.example.com/tree.png', /remote image is never fetched/);
  });

  it('never reads a data: image, or another scheme', async () => {
    await refusedWith('data:image/png;base64,iVBORw0KGgo=', /inline data: image is not read/);
    await refusedWith('file:///etc/passwd', /a file: address is not a file in the input folder/);
    await refusedWith('javascript:alert(1)', /a javascript: address/);
  });

  it('never reads an absolute path', async () => {
    await refusedWith('/etc/passwd', /an absolute path is never read/);
    await refusedWith(path.join(root, 'guide', 'pictures', 'x.png'), /an absolute path/);
    await refusedWith('C:\\Windows\\win.ini', /an absolute path/);
  });

  it('never reads outside the input folder, however the path climbs', async () => {
    const secret = await put(
      '../secret.png',
      await readFile(path.join(FIXTURES, 'pixels-12x8.png')),
    );
    try {
      await refusedWith('../../secret.png', /outside the input folder, which is never read/);
      await refusedWith('../..%2fsecret.png', /outside the input folder/);
      await refusedWith('pictures/../../../secret.png', /outside the input folder/);
    } finally {
      await rm(secret, { force: true });
    }
  });

  it('never reads through a link that leads out of the input folder', async () => {
    const outside = await makeTempDir('images-outside-');
    try {
      await writeFile(
        path.join(outside, 'secret.png'),
        await readFile(path.join(FIXTURES, 'pixels-12x8.png')),
      );
      await symlink(path.join(outside, 'secret.png'), path.join(root, 'guide', 'escape.png'));
      await symlink(outside, path.join(root, 'guide', 'elsewhere'));
      await refusedWith(
        'escape.png',
        /escape\.png is a link to .*secret\.png, outside the input folder/,
      );
      await refusedWith('elsewhere/secret.png', /is a link to .*, outside the input folder/);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('says when the file is missing', async () => {
    await refusedWith('pictures/gone.png', /there is no file guide\/pictures\/gone\.png/);
  });

  it('judges by content, not by the name: text, HTML and a BMP called .png are not shown', async () => {
    await put('guide/notes.png', 'just some notes, not a picture');
    await refusedWith('notes.png', /notes\.png is not an image the reader can show/);
    await put('guide/page.png', '<html><body>a page</body></html>');
    await refusedWith('page.png', /page\.png is not an SVG image: the document's root is <html>/);
    await put('guide/broken.svg', '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>');
    await refusedWith('broken.svg', /broken\.svg is not a well-formed SVG image/);
    await put('guide/nosize.svg', '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>');
    await refusedWith('nosize.svg', /an SVG image without a size/);
    const bmp = Buffer.alloc(30);
    bmp.write('BM', 0, 'latin1');
    bmp.writeUInt32LE(30, 2);
    bmp.writeUInt32LE(12, 14);
    bmp.writeUInt16LE(4, 18);
    bmp.writeUInt16LE(4, 20);
    await put('guide/old.png', bmp);
    await refusedWith('old.png', /old\.png is a BMP image, which the reader cannot show/);
  });

  it('does not read an image over the size limit', async () => {
    const big = Buffer.concat([
      await readFile(path.join(FIXTURES, 'pixels-12x8.png')),
      Buffer.alloc(MAX_IMAGE_BYTES),
    ]);
    await put('guide/huge.png', big);
    await refusedWith('huge.png', /huge\.png is 10\.0 MB, over the 10 MB limit for one image/);
  });

  it('leaves nothing in place of an image without alt text, and says so', async () => {
    const { blocks, warnings } = resolve(image('https://example.com/x.png', '  '));
    expect(blocks).toEqual([]);
    expect(warnings[0]!.message).toMatch(/it has no alt text, so nothing stands in its place$/);
  });

  it('reads no image when there is no input folder to check it against', () => {
    const { blocks, warnings } = resolveImages([image('pictures/x.png')], { sourcePath: article });
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'A diagram' }]);
    expect(warnings[0]!.message).toMatch(/images are read only when a whole folder is compiled/);
  });
});

describe('one copy of each image', () => {
  it('names an image by its content, once, however often and wherever it is used', async () => {
    const bytes = await readFile(path.join(FIXTURES, 'pixels-12x8.png'));
    await put('guide/a.png', bytes);
    await put('other/b.png', bytes);
    const first = resolve(image('a.png'), image('./a.png'), image('a.png'));
    const second = resolveImages([image('b.png')], {
      sourcePath: path.join(root, 'other', 'post.md'),
      root,
    });
    expect(first.assets).toHaveLength(2 - 1);
    const src = `assets/${sha32(bytes)}.png`;
    expect([...first.blocks, ...second.blocks].map((b) => b.image?.src)).toEqual([
      src,
      src,
      src,
      src,
    ]);

    const articles = [articleShowing('one', src), articleShowing('two', src)];
    const collected = collectImages(articles, [
      { path: article, assets: first.assets },
      { path: path.join(root, 'other', 'post.md'), assets: second.assets },
    ]);
    expect(collected.assets.map((a) => a.src)).toEqual([src]);
    expect(collected.warnings).toEqual([]);
    expect(collected.articles).toEqual(articles);

    const out = path.join(root, 'out');
    await writeCollection(out, {
      manifest: { articles: [] } as never,
      articles: collected.articles,
      searchIndex: new Uint8Array(),
      assets: collected.assets,
    });
    expect(await readdir(path.join(out, 'assets'))).toEqual([`${sha32(bytes)}.png`]);
    expect(await readFile(path.join(out, 'assets', `${sha32(bytes)}.png`))).toEqual(bytes);
  });

  it('leaves out the images past the collection limit, with a warning naming the file', async () => {
    await put('guide/dot.gif', GIF_1X1);
    await put('guide/photo.avif', avifHeader(64, 48));
    const { assets } = resolve(image('dot.gif'), image('photo.avif'));
    const [gif, avif] = assets;
    const articles = [articleShowing('one', gif!.src), articleShowing('two', avif!.src, gif!.src)];
    const collected = collectImages(
      articles,
      [
        { path: 'one.md', assets: [gif!] },
        { path: 'two.md', assets: [avif!, gif!] },
      ],
      gif!.bytes + 10,
    );
    expect(collected.assets).toEqual([gif]);
    expect(collected.articles[0]).toBe(articles[0]);
    expect(collected.articles[1]!.blocks.map((b) => [b.kind, b.text, b.image?.src])).toEqual([
      ['paragraph', 'Picture of two', undefined],
      ['image', '', gif!.src],
    ]);
    expect(collected.articles[1]!.contentHash).not.toBe(articles[1]!.contentHash);
    expect(collected.warnings).toEqual([
      {
        path: 'two.md',
        code: 'image',
        message: expect.stringMatching(
          /^image .*photo\.avif is not shown: the collection's images would pass the 200 MB limit/,
        ),
      },
    ]);
  });

  it('stops the build when an image changes between its check and its copy', async () => {
    const file = await put('guide/a.png', await readFile(path.join(FIXTURES, 'pixels-12x8.png')));
    const { assets } = resolve(image('a.png'));
    await writeFile(file, GIF_1X1);
    await expect(
      writeCollection(path.join(root, 'out'), {
        manifest: { articles: [] } as never,
        articles: [],
        searchIndex: new Uint8Array(),
        assets,
      }),
    ).rejects.toThrow(/a\.png changed while the collection was built; build again/);
  });
});

describe('checking again for the compile cache', () => {
  it('comes to the same files while nothing changed, and to nothing once an image did', async () => {
    const file = await put('guide/a.png', await readFile(path.join(FIXTURES, 'pixels-12x8.png')));
    const first = resolve(image('a.png'), image('missing.png'));
    const context = { sourcePath: article, root };
    expect(checkImagesAgain(first.checks, context)).toEqual(first.assets);
    await writeFile(file, GIF_1X1);
    expect(checkImagesAgain(first.checks, context)).toBeUndefined();
    await rm(file);
    await put('guide/missing.png', GIF_1X1);
    expect(checkImagesAgain(first.checks, context)).toBeUndefined();
  });
});

describe('the compile cache', () => {
  it('keeps what each image came to, so a warm build still ships the files, and misses once one changed', async () => {
    const file = await put('guide/a.png', await readFile(path.join(FIXTURES, 'pixels-12x8.png')));
    const first = resolve(image('a.png'));
    const cache = new CompileCache(path.join(root, 'cache'), 'test-version');
    const article = articleShowing('page', first.assets[0]!.src);
    await cache.set('key', {
      article,
      warnings: [],
      imageChecks: first.checks,
      assets: first.assets,
    });
    const warm = await cache.get('key', { sourcePath: path.join(root, 'guide', 'page.md'), root });
    expect(warm?.assets).toEqual(first.assets);
    // The stored entry names no file on disk: a moved folder still finds its images.
    expect(await readFile(path.join(root, 'cache', 'key.json'), 'utf8')).not.toContain(root);
    // Without knowing where the file is, its images cannot be checked: a miss, not a guess.
    expect(await cache.get('key')).toBeUndefined();
    await writeFile(file, GIF_1X1);
    expect(
      await cache.get('key', { sourcePath: path.join(root, 'guide', 'page.md'), root }),
    ).toBeUndefined();
  });
});

describe('compileSource', () => {
  it('leaves an article without images as it was', () => {
    const compiled = compileSource({
      path: article,
      root,
      bytes: new TextEncoder().encode('# Title\n\nSome text.'),
    });
    expect(compiled).not.toHaveProperty('assets');
    expect(compiled).not.toHaveProperty('imageChecks');
  });
});

function articleShowing(id: string, ...srcs: string[]): Article {
  const blocks = srcs.map((src, index) => ({
    id: `b${id}${index}`,
    kind: 'image' as const,
    text: '',
    image: { src, alt: `Picture of ${id}`, width: 1, height: 1 },
  }));
  return {
    id,
    title: id,
    language: 'en',
    tags: [],
    summary: '',
    wordCount: 0,
    readingMinutes: 1,
    blocks,
    contentHash: `hash-${id}`,
  };
}
