// The release workflow cannot run here, so its shape is checked instead: the
// three systems, Electron really downloaded, every test run (under a display
// on Linux) before the installers are built, and every installer that
// electron-builder.yml asks for uploaded.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot, readBuilderConfig } from '../../support/packaging-rules';

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

const workflow = parse(
  readFileSync(resolve(projectRoot, '.github/workflows/release.yml'), 'utf8'),
) as {
  jobs: Record<string, { strategy: { matrix: { os: string[] } }; env?: object; steps: Step[] }>;
};
const [job] = Object.values(workflow.jobs);
const steps = job!.steps;
const indexOfRun = (pattern: RegExp) => steps.findIndex((step) => pattern.test(step.run ?? ''));

describe('release workflow', () => {
  it('runs on Ubuntu, Windows and macOS', () => {
    expect(job!.strategy.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
  });

  it('installs with the Electron download and fails if it is missing', () => {
    const text = JSON.stringify(workflow);
    expect(text).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    const install = indexOfRun(/^npm ci\b/);
    const check = indexOfRun(/require\('electron'\)/);
    expect(install).toBeGreaterThanOrEqual(0);
    expect(check).toBeGreaterThan(install);
  });

  it('runs every test, under xvfb on Linux, before building the installers', () => {
    const linuxTests = steps.find((s) => /xvfb-run .*npm test$/.test(s.run ?? ''));
    const otherTests = steps.find((s) => s.run === 'npm test');
    expect(linuxTests?.if).toBe("runner.os == 'Linux'");
    expect(otherTests?.if).toBe("runner.os != 'Linux'");
    const dist = indexOfRun(/^npm run dist\b/);
    expect(dist).toBeGreaterThan(steps.indexOf(linuxTests!));
    expect(dist).toBeGreaterThan(steps.indexOf(otherTests!));
    expect(indexOfRun(/^npm run dist:check$/)).toBeGreaterThan(dist);
  });

  it('uploads every installer electron-builder.yml asks for', () => {
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact') && !s.if);
    const globs = (upload?.with?.path ?? '').split('\n').filter(Boolean);
    expect(upload?.with?.['if-no-files-found']).toBe('error');
    const config = readBuilderConfig();
    const extensions: Record<string, string> = {
      nsis: 'exe',
      portable: 'exe',
      dmg: 'dmg',
      zip: 'zip',
      AppImage: 'AppImage',
      deb: 'deb',
    };
    for (const platform of ['win', 'mac', 'linux']) {
      const targets = (config[platform] as { target: { target: string }[] }).target;
      for (const { target } of targets) {
        const file = `dist/Offline Reader-0.1.0-x64.${extensions[target] ?? target}`;
        expect(
          globs.some((glob) => minimatch(file, glob)),
          `${target}: ${file}`,
        ).toBe(true);
      }
    }
  });
});
