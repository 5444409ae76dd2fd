// The app:// protocol serves the collection's images from the app's own
// origin (/collection/assets/<hash>.<ext>, common/asset-url.ts) and nothing
// else of the collection or the disk: no other file of the collection, no
// path out of its assets folder, each image with its own type and an inert
// policy.
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../support/fakes/electron'));

import { assetUrl } from '../../../../common/asset-url';
import { protocol, resetElectronFake } from '../../../support/fakes/electron';
import { createAppRequestHandler, serveAppProtocol } from '../../../../main/electron/protocol';
import { lookUpCollectionAsset } from '../../../../main/electron/renderer-files';
import {
  ASSET_CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY,
} from '../../../../main/security/csp';
import { makeTempDir } from '../../../support/temp-dir';

const SECRET = 'outside the assets folder';
const PNG = 'assets/0123456789abcdef0123456789abcdef.png';
const SVG = 'assets/fedcba9876543210fedcba9876543210.svg';
const JPG = 'assets/00000000000000000000000000000000.jpg';
const LINK_OUT = 'assets/11111111111111111111111111111111.png';
let base: string;
let collectionDir: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await makeTempDir('reader-assets-');
  const rendererDir = join(base, 'renderer');
  collectionDir = join(base, 'content');
  await mkdir(rendererDir);
  await mkdir(join(collectionDir, 'assets'), { recursive: true });
  await mkdir(join(collectionDir, 'articles'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Reader</title>');
  await writeFile(join(collectionDir, PNG), 'png bytes');
  await writeFile(join(collectionDir, SVG), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(collectionDir, JPG), 'jpeg bytes');
  await writeFile(join(collectionDir, 'manifest.json'), `{"secret": "${SECRET}"}`);
  await writeFile(join(collectionDir, 'articles', 'a.json'), SECRET);
  await writeFile(join(base, 'secret.txt'), SECRET);
  await symlink(join(base, 'secret.txt'), join(collectionDir, LINK_OUT));
  handle = createAppRequestHandler(rendererDir, collectionDir);
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});
beforeEach(() => {
  resetElectronFake();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const get = (path: string, method = 'GET') =>
  handle(new Request(`app://reader${path}`, { method }));

describe("the collection's images", () => {
  it.each([
    [PNG, 'image/png', 'png bytes'],
    [JPG, 'image/jpeg', 'jpeg bytes'],
    [SVG, 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
  ])('serves %s at its asset URL as %s', async (src, type, body) => {
    const response = await get(assetUrl(src));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it('serves an image, SVG above all, under a policy that runs and loads nothing', async () => {
    const response = await get(assetUrl(SVG));
    expect(response.headers.get('content-security-policy')).toBe(ASSET_CONTENT_SECURITY_POLICY);
    expect(ASSET_CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(ASSET_CONTENT_SECURITY_POLICY).toMatch(/(^|; )sandbox($|;)/);
    expect(ASSET_CONTENT_SECURITY_POLICY).not.toMatch(/script-src|connect-src|img-src/);
  });

  it('is wired in by serveAppProtocol, beside the renderer', async () => {
    serveAppProtocol(join(base, 'renderer'), collectionDir);
    const handler = protocol.handlers.get('app')!;
    expect((await handler(new Request(`app://reader${assetUrl(PNG)}`))).status).toBe(200);
    const page = await handler(new Request('app://reader/index.html'));
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for an image the collection does not have, or when there is no collection', async () => {
    expect((await get('/collection/assets/99999999999999999999999999999999.png')).status).toBe(404);
    const without = createAppRequestHandler(join(base, 'renderer'));
    expect((await without(new Request(`app://reader${assetUrl(PNG)}`))).status).toBe(404);
  });
});

describe('nothing else of the collection or the disk', () => {
  it.each([
    '/collection/manifest.json',
    '/collection/articles/a.json',
    '/collection/assets/../manifest.json',
    '/collection/assets/%2e%2e/manifest.json',
    '/collection/assets/..%2fmanifest.json',
    '/collection/assets/..%2f..%2fsecret.txt',
    '/collection/assets/..%5c..%5csecret.txt',
    '/collection/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/collection/%2e%2e/secret.txt',
    '/collection/assets/',
    '/collection/assets/sub/0123456789abcdef0123456789abcdef.png',
    '/collection/assets/0123456789ABCDEF0123456789ABCDEF.png',
    '/collection/assets/0123456789abcdef0123456789abcdef.png%00.html',
    '/collection/assets/0123456789abcdef0123456789abcdef.html',
    `/collection/${encodeURIComponent('/etc/passwd')}`,
    `/${LINK_OUT.replace('assets/', 'collection/assets/')}`,
  ])('does not serve %s', async (path) => {
    const response = await get(path);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('refuses names the compiler never writes before touching the file system', () => {
    for (const path of [
      '/collection/manifest.json',
      '/collection/assets/..%2fmanifest.json',
      '/collection/assets/x.png.exe',
    ]) {
      expect(lookUpCollectionAsset('/srv/content', `app://reader${path}`).kind, path).toBe(
        'refused',
      );
    }
    expect(lookUpCollectionAsset('/srv/content', `app://evil${assetUrl(PNG)}`).kind).toBe(
      'refused',
    );
    expect(lookUpCollectionAsset('/srv/content', `app://reader${assetUrl(PNG)}`)).toEqual({
      kind: 'file',
      path: join('/srv/content', PNG),
    });
  });

  it('refuses other methods', async () => {
    expect((await get(assetUrl(PNG), 'POST')).status).toBe(405);
  });
});
