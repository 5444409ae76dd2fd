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
// - img-src data: for small inlined images; font-src for bundled fonts.
// - connect-src 'none': the renderer talks to main through window.reader,
//   never fetch/XHR/WebSocket. Everything else is refused outright.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  // security-justified CSP_GLOBAL_CHECK: 'self' is app://reader, which serves only the
  // built renderer (protocol.ts); there is no JSONP, Angular or uploaded file to
  // serve, and articles arrive as data over IPC and are rendered as text.
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
