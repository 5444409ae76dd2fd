// The first step of npm run dist: delete the previous build (out/) and the
// previous installers (dist/), so every installer is made from a fresh
// compile of the content and nothing stale is packed or uploaded.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

for (const folder of ['out', 'dist']) {
  await rm(path.join(projectRoot, folder), { recursive: true, force: true });
  process.stdout.write(`removed ${folder}/\n`);
}
