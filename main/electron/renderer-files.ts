// Maps an app:// request URL to a file of the built renderer, refusing
// anything that could reach outside it. No file system access here: the
// caller reads the file (and re-checks it after following links).
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
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
