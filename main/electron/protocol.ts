// The app:// protocol: the built renderer is served from app://reader/
// instead of file://, so the page has a real origin, file:// stays closed,
// and every response carries the CSP as a header (which, unlike a <meta>
// tag, also covers frame-ancestors and cannot be removed by the page). The
// collection's images are served from the same origin, under /collection/
// (common/asset-url.ts), so the CSP's img-src 'self' lets them and nothing
// else load.
import { readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { protocol } from 'electron';
import { ASSET_CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY } from '../security/csp';
import { APP_SCHEME } from './app-url';
import { log } from './log';
import {
  contentTypeOf,
  isCollectionUrl,
  isInside,
  lookUpCollectionAsset,
  lookUpRendererFile,
  type RendererFileLookup,
} from './renderer-files';

/**
 * Must run before the app is ready. `standard` gives the scheme normal URL
 * rules (relative links, an origin); `secure` makes the page a secure
 * context. `corsEnabled` is left unset: the page only loads its own origin,
 * and without it no other origin may read app:// responses.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves rendererDir (out/renderer) as app://reader/ and the images of the
 * collection in collectionDir as app://reader/collection/assets/. Call once
 * the app is ready.
 */
export function serveAppProtocol(rendererDir: string, collectionDir?: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir, collectionDir));
}

/** Headers every app:// response carries, errors included. */
export function securityHeaders(
  contentType: string,
  policy: string = CONTENT_SECURITY_POLICY,
): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Files change with every build during development.
    'Cache-Control': 'no-cache',
  });
}

export function createAppRequestHandler(
  rendererDir: string,
  collectionDir?: string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return errorResponse(405, 'Method Not Allowed');
    }
    if (isCollectionUrl(request.url)) {
      if (collectionDir === undefined) {
        log.warn(`Refused app:// request ${request.url}: no collection is open.`);
        return errorResponse(404, 'Not Found');
      }
      // Only the assets folder: a link inside the collection must not lead out of it either.
      const lookup = lookUpCollectionAsset(collectionDir, request.url);
      return serveFile(
        request,
        lookup,
        join(collectionDir, 'assets'),
        ASSET_CONTENT_SECURITY_POLICY,
      );
    }
    return serveFile(
      request,
      lookUpRendererFile(rendererDir, request.url),
      rendererDir,
      CONTENT_SECURITY_POLICY,
    );
  };
}

async function serveFile(
  request: Request,
  lookup: RendererFileLookup,
  rootDir: string,
  policy: string,
): Promise<Response> {
  if (lookup.kind === 'refused') {
    log.warn(`Refused app:// request ${request.url}: ${lookup.reason}.`);
    return errorResponse(403, 'Forbidden');
  }

  let body: Buffer;
  try {
    // Follow links before reading, and check the real file is still inside
    // the real folder it is served from: a link must not lead out of it.
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(lookup.path)]);
    if (!isInside(realRoot, realFile)) {
      log.warn(`Refused app:// request ${request.url}: it resolves outside ${rootDir}.`);
      return errorResponse(403, 'Forbidden');
    }
    body = await readFile(realFile);
  } catch (error) {
    if (isMissingFile(error)) {
      log.warn(`app:// request for a missing file: ${request.url}`);
      return errorResponse(404, 'Not Found');
    }
    log.error(`app:// request ${request.url} failed`, error);
    return errorResponse(500, 'Internal Server Error');
  }

  const headers = securityHeaders(contentTypeOf(lookup.path), policy);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers,
  });
}

function errorResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

function isMissingFile(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}
