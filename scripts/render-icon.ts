// npm run icon: renders build/icon.svg to build/icon.png (1024 x 1024), the
// one image electron-builder turns into every system's icon (.ico, .icns,
// the Linux sizes). A publisher with a finished PNG can skip this and drop it
// in as build/icon.png directly.
//
// Chromium draws the SVG (Playwright is already here for the e2e suite), so
// no image library is added for a step that runs once per new icon.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/support/chromium';

export const ICON_SIZE = 1024;

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(projectRoot, 'build', 'icon.svg');
const target = path.join(projectRoot, 'build', 'icon.png');

const svg = await readFile(source, 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({
    viewport: { width: ICON_SIZE, height: ICON_SIZE },
    deviceScaleFactor: 1,
  });
  // Inline, so nothing is fetched; a transparent page keeps the corners clear.
  await page.setContent(
    `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${ICON_SIZE}px;height:${ICON_SIZE}px}</style>${svg}`,
  );
  const png = await page.screenshot({ omitBackground: true, type: 'png' });
  await writeFile(target, png);
  process.stdout.write(
    `${path.relative(projectRoot, target)} written from ${path.relative(projectRoot, source)}\n`,
  );
} finally {
  await browser.close();
}
