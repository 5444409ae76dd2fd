// The app:// protocol serves the built renderer and nothing else: no path
// leads out of its folder, and every answer carries the CSP.
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../../support/fakes/electron'));

import { protocol, resetElectronFake } from '../../../support/fakes/electron';
import {
  createAppRequestHandler,
  registerAppScheme,
  serveAppProtocol,
} from '../../../../main/electron/protocol';
import { lookUpRendererFile } from '../../../../main/electron/renderer-files';
import { CONTENT_SECURITY_POLICY } from '../../../../main/security/csp';
import { makeTempDir } from '../../../support/temp-dir';

const SECRET = 'outside the renderer folder';
let base: string;
let rendererDir: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await makeTempDir('reader-protocol-');
  rendererDir = join(base, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Reader</title>');
  await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(rendererDir, 'assets', 'font.woff2'), 'woff2');
  await writeFile(join(rendererDir, 'assets', 'blob.bin'), 'bytes');
  await writeFile(join(base, 'secret.txt'), SECRET);
  await symlink(join(base, 'secret.txt'), join(rendererDir, 'link-out.txt'));
  handle = createAppRequestHandler(rendererDir);
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});
beforeEach(() => {
  resetElectronFake();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('the app:// scheme', () => {
  it('is registered as standard and secure, with fetch support, and not CORS-open', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('is handled by the renderer file server', async () => {
    serveAppProtocol(rendererDir);
    const handler = protocol.handlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler!(new Request('app://reader/index.html'));
    expect(await response.text()).toContain('<title>Reader</title>');
  });
});

describe('serving the renderer', () => {
  it('serves index.html as HTML with the CSP header', async () => {
    const response = await get('app://reader/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Reader</title>');
  });

  it('serves index.html for the bare origin', async () => {
    const response = await get('app://reader/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Reader</title>');
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/blob.bin', 'application/octet-stream'],
  ])('gives %s the content type %s', async (path, type) => {
    const response = await get(`app://reader/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('ignores the query and fragment', async () => {
    expect((await get('app://reader/index.html?article=x#top')).status).toBe(200);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://reader/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://reader/index.html', 'POST');
    expect(post.status).toBe(405);
  });

  it('answers 404, with the CSP, for a missing file or a folder', async () => {
    for (const url of ['app://reader/nope.js', 'app://reader/assets']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses other hosts', async () => {
    expect((await get('app://evil/index.html')).status).toBe(403);
  });
});

describe('path traversal', () => {
  // Each must answer without the secret; the URL parser removes literal dot
  // segments (leaving a harmless path inside the folder), the handler
  // refuses encoded separators, absolute paths and links out.
  it.each([
    'app://reader/../secret.txt',
    'app://reader/../../etc/passwd',
    'app://reader/assets/../../secret.txt',
    'app://reader/%2e%2e/secret.txt',
    'app://reader/%2e%2e%2fsecret.txt',
    'app://reader/..%2fsecret.txt',
    'app://reader/assets/..%2f..%2fsecret.txt',
    'app://reader/..%5csecret.txt',
    'app://reader/%2Fetc%2Fpasswd',
    'app://reader/C:%5CWindows%5Cwin.ini',
    'app://reader/index.html%00.js',
    'app://reader/%E0%A4%A',
    'app://reader/link-out.txt',
  ])('does not serve %s', async (url) => {
    const response = await get(url);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses encoded traversal before touching the file system', () => {
    expect(lookUpRendererFile('/srv/renderer', 'app://reader/%2e%2e%2fsecret.txt').kind).toBe(
      'refused',
    );
    expect(lookUpRendererFile('/srv/renderer', 'app://reader/%2Fetc%2Fpasswd').kind).toBe(
      'refused',
    );
    expect(lookUpRendererFile('/srv/renderer', 'file:///etc/passwd').kind).toBe('refused');
  });

  it.each([
    'app://reader/assets%2findex.js',
    'app://reader/assets%5cindex.js',
    'app://reader/C:index.html',
    'app://reader/index.html%00.js',
  ])(
    'refuses a segment with a separator, drive or NUL in it, even one that stays inside: %s',
    (url) => {
      // Such a name means different files on different systems; none is ever needed.
      expect(lookUpRendererFile('/srv/renderer', url).kind).toBe('refused');
    },
  );

  it('keeps literal dot segments inside the folder', () => {
    expect(lookUpRendererFile('/srv/renderer', 'app://reader/../../etc/passwd')).toEqual({
      kind: 'file',
      path: join('/srv/renderer', 'etc', 'passwd'),
    });
  });

  it('refuses an absolute path given as the whole request path', async () => {
    const absolute = `app://reader/${encodeURIComponent(join(base, 'secret.txt'))}`;
    const response = await get(absolute);
    expect(response.status).toBe(403);
  });
});
