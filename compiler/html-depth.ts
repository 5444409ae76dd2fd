// A quick look at how deeply an HTML source nests, from its text, before a
// DOM is built: on a small page of 20,000 nested <div>s, building one takes
// jsdom tens of seconds and overflows recursive walks over the tree, so such
// pages are refused up front.
// The count errs high (it cannot know every end tag the parser would imply),
// so the limit it is checked against is well above the one html.ts applies
// to the real tree.

/** Elements whose end tag may be left out: they never deepen the estimate. */
const OPTIONAL_END = new Set([
  'html',
  'head',
  'body',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
  'rtc',
]);
/** Elements that never have content. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
  'frame',
  'isindex',
  'basefont',
  'bgsound',
]);
/** Text that is never markup: comments and the contents of raw-text elements. */
const NOT_MARKUP =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

/** The deepest nesting the tags suggest, counting only elements that must be closed. */
export function estimateHtmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.replace(NOT_MARKUP, ' ').matchAll(TAG)) {
    const [, closing, rawName, selfClosing] = match;
    const name = (rawName ?? '').toLowerCase();
    if (OPTIONAL_END.has(name) || VOID.has(name)) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}
