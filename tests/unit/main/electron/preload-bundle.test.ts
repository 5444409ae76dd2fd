// A sandboxed preload may require nothing but 'electron' at run time (and a
// few Node shims): anything else it imports must be bundled into
// out/preload/index.cjs. This builds the preload with the project's own
// electron.vite.config.ts (in memory) and checks what the bundle requires.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from 'electron-vite';
import { build, type Rolldown } from 'vite';

/** What Electron lets a sandboxed preload require. */
const SANDBOX_MODULES = new Set(['electron', 'events', 'timers', 'url']);

describe('the preload bundle', () => {
  it('is CommonJS and requires only what a sandboxed preload may', async () => {
    const resolved = await resolveConfig(
      { configFile: 'electron.vite.config.ts', logLevel: 'silent' },
      'build',
      'production',
    );
    const preload = resolved.config?.preload;
    expect(preload, 'electron.vite.config.ts has a preload build').toBeDefined();
    const result = await build({
      ...preload,
      logLevel: 'silent',
      build: { ...preload!.build, write: false },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunks = outputs
      .flatMap((output) => output.output)
      .filter((item) => item.type === 'chunk');

    expect(chunks.map((chunk) => chunk.fileName)).toEqual(['index.cjs']);
    const code = chunks[0]!.code;
    expect(code).not.toMatch(/^\s*import\s/m);
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    const notAllowed = required.filter((name) => !SANDBOX_MODULES.has(name!));
    expect(
      notAllowed,
      'a sandboxed preload cannot require these; bundle them (electron.vite.config.ts: preload.build.externalizeDeps = false)',
    ).toEqual([]);
  }, 60_000);
});
