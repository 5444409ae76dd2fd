import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { thirdPartyNotices } from './scripts/build/third-party-notices';

const __dirname = dirname(fileURLToPath(import.meta.url));

// package.json "productName" is the one place the app is named: the
// installers and Electron's app.getName() read it, and so does the renderer.
const { productName } = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as {
  productName: string;
};

/** Names the page before the renderer's script sets a title of its own. */
function productNameInHtml(): Plugin {
  return {
    name: 'product-name-in-html',
    transformIndexHtml: (html) => html.replaceAll('%PRODUCT_NAME%', escapeHtml(productName)),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export default defineConfig({
  main: {
    plugins: [thirdPartyNotices('main process')],
    build: {
      outDir: 'out/main',
      // The few packages main runs (zod, lunr, approx-string-match) are
      // bundled, only the parts it uses, so the installers carry no
      // node_modules: package.json lists them as devDependencies, and
      // dist:check fails on a package in app.asar that main does not import.
      externalizeDeps: false,
      rollupOptions: {
        // The search worker is its own entry so main can start it by path.
        input: {
          index: resolve(__dirname, 'main/index.ts'),
          'search-worker': resolve(__dirname, 'main/search/search-worker.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [thirdPartyNotices('preload')],
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron' and a few Node
      // built-ins, so zod and common/ must be bundled into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'preload/index.ts') },
        // A sandboxed preload cannot be an ES module: emit CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), productNameInHtml(), thirdPartyNotices('window')],
    define: { __PRODUCT_NAME__: JSON.stringify(productName) },
    build: {
      outDir: 'out/renderer',
      // Less for the window to parse before the library shows; main and
      // preload stay readable for stack traces.
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
      },
    },
  },
});
