// What an image file is, judged by its content, never by its name: a
// `diagram.png` that holds HTML, or a `photo.jpg` that is a PSD, is not an
// image the reader can show. The header is read by image-size (magic bytes
// and the format's own size fields); an SVG must also be well-formed XML
// with an <svg> root, so the reader never gets a document that happens to
// start with "<svg".
import { createRequire } from 'node:module';
import { imageSize } from 'image-size';
import type * as JsdomModule from 'jsdom';

type Jsdom = typeof JsdomModule;
/**
 * jsdom's XML parser is strict, as an SVG must pass; it is loaded on the first
 * SVG only, since loading it costs each compile worker most of a second.
 */
let jsdom: Jsdom | undefined;
const loadJsdom = (): Jsdom => (jsdom ??= createRequire(import.meta.url)('jsdom') as Jsdom);

export type ImageFormat = 'png' | 'jpg' | 'gif' | 'webp' | 'avif' | 'svg';

export interface ImageInfo {
  format: ImageFormat;
  /** As the reader draws it: a JPEG turned by its EXIF orientation has them swapped. */
  width: number;
  height: number;
}

/** Why bytes are not an image the reader can show: one line for a publisher. */
export class NotAnImage extends Error {}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** image-size's names for the formats the reader shows. */
const FORMAT_OF_TYPE: Readonly<Record<string, ImageFormat>> = {
  png: 'png',
  jpg: 'jpg',
  gif: 'gif',
  webp: 'webp',
  avif: 'avif',
};

/** EXIF orientations 5-8 turn the picture a quarter: width and height trade places. */
const QUARTER_TURNS = new Set([5, 6, 7, 8]);

export function identifyImage(bytes: Uint8Array): ImageInfo {
  if (looksLikeXml(bytes)) return identifySvg(bytes);
  let size;
  try {
    size = imageSize(bytes);
  } catch (error) {
    throw new NotAnImage(
      `not an image the reader can show (PNG, JPEG, GIF, WebP, AVIF or SVG): ${(error as Error).message}`,
    );
  }
  const format = size.type === undefined ? undefined : FORMAT_OF_TYPE[size.type];
  if (format === undefined) {
    throw new NotAnImage(
      `a ${String(size.type).toUpperCase()} image, which the reader cannot show: use PNG, JPEG, GIF, WebP, AVIF or SVG`,
    );
  }
  const turned = size.orientation !== undefined && QUARTER_TURNS.has(size.orientation);
  return checkedSize(format, turned ? size.height : size.width, turned ? size.width : size.height);
}

/** An XML declaration, a comment or an element first (after a byte-order mark and spaces). */
function looksLikeXml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 256)).replace(/^\uFEFF/, '');
  return /^\s*</.test(head);
}

function identifySvg(bytes: Uint8Array): ImageInfo {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NotAnImage('not an image: the file starts like XML but is not UTF-8 text');
  }
  let root: Element | null;
  try {
    // XML mode: a malformed document throws instead of being repaired, and
    // nothing in it is run or fetched.
    root = new (loadJsdom().JSDOM)(text, { contentType: 'image/svg+xml' }).window.document
      .documentElement;
  } catch (error) {
    throw new NotAnImage(`not a well-formed SVG image: ${firstLine(error)}`);
  }
  if (root?.localName !== 'svg' || root.namespaceURI !== SVG_NAMESPACE) {
    throw new NotAnImage(
      `not an SVG image: the document's root is <${root?.tagName ?? 'nothing'}>, not <svg> in the SVG namespace`,
    );
  }
  // image-size reads the lengths (units included) from the root's own
  // attributes, handed over alone so nothing else in the file is mistaken for them.
  const attributes = ['width', 'height', 'viewBox']
    .map((name) => [name, root.getAttribute(name)] as const)
    .filter((pair): pair is readonly [string, string] => pair[1] !== null)
    .map(([name, value]) => ` ${name}="${value.replace(/"/g, '')}"`)
    .join('');
  let size;
  try {
    size = imageSize(new TextEncoder().encode(`<svg${attributes}>`));
  } catch {
    throw new NotAnImage(
      'an SVG image without a size: give its <svg> element width and height, or a viewBox',
    );
  }
  return checkedSize('svg', size.width, size.height);
}

function checkedSize(format: ImageFormat, width: number, height: number): ImageInfo {
  const whole = (n: number) => Number.isFinite(n) && n >= 1;
  if (!whole(width) || !whole(height)) {
    throw new NotAnImage(`an image with no usable size (${width} × ${height} pixels)`);
  }
  return { format, width: Math.round(width), height: Math.round(height) };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
