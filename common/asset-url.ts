// Where the renderer loads a collection's asset (an image) from: the app's
// own origin, so the content security policy's img-src 'self' covers it and
// nothing is ever fetched from elsewhere. The Electron protocol handler and
// the e2e harness both serve this path from the compiled collection's
// assets folder. No environment imports: both sides use it.
import { ImageSchema } from './model';

export const ASSET_URL_PREFIX = '/collection/';

/** The URL of an image block's file; `src` is Image.src (assets/<hash>.<ext>). */
export function assetUrl(src: string): string {
  if (!ImageSchema.shape.src.safeParse(src).success) {
    throw new Error(`not a collection asset path: ${JSON.stringify(src)}`);
  }
  return `${ASSET_URL_PREFIX}${src}`;
}
