// Packs the built app with electron-builder itself, for Linux as a plain
// folder (the `dir` target), using a stand-in for the Electron binary that
// cannot be downloaded here. Everything electron-builder decides (which
// files go into app.asar, which node_modules, the resources beside it) is
// real; only the executable is fake, so no fuses are flipped.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as ElectronBuilder from 'electron-builder';
import { projectRoot, readBuilderConfig } from '../support/packaging-rules';
import { makeTempDir } from '../support/temp-dir';

export async function packWithStandInElectron(
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const work = await makeTempDir('reader-pack-');
  const electronDist = join(work, 'electron');
  await mkdir(join(electronDist, 'resources'), { recursive: true });
  await writeFile(join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in Electron"\n');
  await chmod(join(electronDist, 'electron'), 0o755);
  await writeFile(join(electronDist, 'LICENSE'), 'stand-in');
  await writeFile(join(electronDist, 'version'), 'stand-in');

  const { build, Platform } = await loadElectronBuilder();
  const config = readBuilderConfig();
  const output = join(work, 'dist');
  // A config file, not an object: electron-builder merges an object into
  // electron-builder.yml, so overrides could not take anything away.
  const configFile = join(work, 'electron-builder.json');
  await writeFile(
    configFile,
    JSON.stringify({
      ...config,
      ...overrides,
      directories: { ...(config.directories as object), output },
      electronDist,
      // The stand-in has no fuse wire, and no native modules need rebuilding.
      electronFuses: null,
      npmRebuild: false,
    }),
  );
  await build({
    projectDir: projectRoot,
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    config: configFile,
  });
  return output;
}

/**
 * electron-builder hard-links files instead of copying them when it sees
 * VITEST in the environment (for its own test suite), decided once when
 * builder-util loads. Hard links into out/ fail on the collection (EEXIST)
 * and would tie the pack to the build folder, so it is loaded without it.
 */
async function loadElectronBuilder(): Promise<typeof ElectronBuilder> {
  const vitest = process.env.VITEST;
  delete process.env.VITEST;
  try {
    return await import('electron-builder');
  } finally {
    if (vitest !== undefined) process.env.VITEST = vitest;
  }
}
