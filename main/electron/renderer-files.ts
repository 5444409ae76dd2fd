// Maps an app:// request URL to a file of the built renderer, or to an
// image of the compiled collection, refusing anything that could reach
// outside them. No file system access here: the caller reads the file (and
// re-checks it after following links).
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ASSET_URL_PREFIX } from '../../common/asset-url';
import { ImageSchema } from '../../common/model';
import { APP_HOST, APP_SCHEME, parseUrl } from './app-url';

export type RendererFileLookup =
  { kind: 'file'; path: string } | { kind: 'refused'; reason: string };

/**
 * URL parsing already removes literal `..` and `%2e%2e` segments, but not
 * encoded separators: `..%2f..%2fetc` is one segment that decodes to a
 * traversal. So each segment is decoded and judged on its own.
 */
export function lookUpRendererFile(rootDir: string, requestUrl: string): RendererFileLookup {
  const url = parseUrl(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:`) return refused('not an app:// URL');
  if (url.host !== APP_HOST) return refused(`unknown host "${url.host}"`);

  const segments: string[] = [];
  for (const raw of url.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refused('malformed percent-encoding');
    }
    if (!isPlainName(segment)) return refused(`unsafe path segment "${raw}"`);
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');

  const root = resolve(rootDir);
  const path = resolve(root, ...segments);
  if (!isInside(root, path)) return refused('path leaves the renderer folder');
  return { kind: 'file', path };
}

/** Whether a request is for the collection's files (/collection/...), not the renderer's. */
export function isCollectionUrl(requestUrl: string): boolean {
  const url = parseUrl(requestUrl);
  return url?.pathname.startsWith(ASSET_URL_PREFIX) === true;
}

/**
 * An image of the compiled collection: /collection/assets/<hash>.<ext> and
 * nothing else under /collection/ (not its articles, manifest or index,
 * which reach the page only as data over IPC). The name must be exactly
 * what the compiler writes (common/model.ts ImageSchema), as written in the
 * URL: no escapes, no further segments, so there is nothing to decode and
 * nothing that can climb.
 */
export function lookUpCollectionAsset(
  collectionDir: string,
  requestUrl: string,
): RendererFileLookup {
  const url = parseUrl(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:`) return refused('not an app:// URL');
  if (url.host !== APP_HOST) return refused(`unknown host "${url.host}"`);
  if (!url.pathname.startsWith(ASSET_URL_PREFIX)) return refused('not a collection URL');
  const src = url.pathname.slice(ASSET_URL_PREFIX.length);
  if (!ImageSchema.shape.src.safeParse(src).success) {
    return refused(`not an image of the collection: "${src}"`);
  }
  const root = resolve(collectionDir);
  const path = resolve(root, src);
  if (dirname(path) !== resolve(root, 'assets')) return refused('path leaves the assets folder');
  return { kind: 'file', path };
}

function refused(reason: string): RendererFileLookup {
  return { kind: 'refused', reason };
}

/** A file or folder name with no way to climb, jump to a root or a drive. */
function isPlainName(segment: string): boolean {
  return segment !== '.' && segment !== '..' && !/[/\\:\0]/.test(segment) && !isAbsolute(segment);
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/**
 * Module scripts are refused unless served with a JavaScript type, and
 * nosniff is sent, so unknown files get a type nothing will execute.
 */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
