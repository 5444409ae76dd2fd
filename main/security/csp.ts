// The one Content-Security-Policy of the app. The app:// protocol sends it
// on every response and the e2e harness serves the renderer under the same
// string, so a renderer change that breaks it fails in tests, not in users'
// hands. No electron import: plain Node and Playwright import this file.
//
// What it allows, and why that is enough for the React + Vite build:
// - script-src 'self': Vite emits <script type="module" src="./assets/...">,
//   never inline scripts; React needs no eval.
// - style-src 'self': the built stylesheet is a <link>. React's style prop
//   sets DOM properties (CSSOM), which style-src does not govern; only
//   <style> elements or style="" attributes written in HTML would be blocked.
// - img-src 'self' only: an article's images are the collection's own files,
//   served from the app's origin (/collection/assets/, common/asset-url.ts),
//   so a remote or inline (data:) image in an article can never load. The
//   renderer inlines no image of its own. font-src for bundled fonts.
// - connect-src 'none': the renderer talks to main through window.reader,
//   never fetch/XHR/WebSocket. Everything else is refused outright.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  // security-justified CSP_GLOBAL_CHECK: 'self' is app://reader, which serves only the
  // built renderer (protocol.ts); there is no JSONP, Angular or uploaded file to
  // serve, and articles arrive as data over IPC and are rendered as text.
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The policy an image of the collection is served under. An SVG is only
 * ever shown through <img>, where it runs no script and loads nothing; were
 * it ever opened as a document, this keeps it inert: no script, no
 * requests, a sandbox of its own. Inline styles are how SVGs are drawn.
 */
export const ASSET_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "frame-ancestors 'none'",
  'sandbox',
].join('; ');
