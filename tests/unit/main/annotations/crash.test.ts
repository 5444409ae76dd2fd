// Kills a process that is writing annotations with SIGKILL at random moments
// and checks, after every kill, that the store opens, that every acknowledged
// write is there, and that nothing else is (at most the one write in flight).
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../common/annotations';
import { openAnnotationStore } from '../../../../main/annotations/store';
import { crashOp } from '../../../support/annotation-factory';
import { makeTempDir } from '../../../support/temp-dir';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const KILLS = 200;
const LANES = 4;
let childScript: string;

beforeAll(async () => {
  // One self-contained CommonJS file: 200 child starts are most of this
  // test's time, and resolving zod's many modules on each start doubles it.
  childScript = `${root}node_modules/.cache/reader-tests/annotations-crash-child.cjs`;
  await build({
    entryPoints: [`${root}tests/support/crash-child.ts`],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    minify: true,
    outfile: childScript,
    logLevel: 'error',
  });
});

/** The state after ops 0..last, as the store must hold it. */
class Model {
  private items = new Map<string, Annotation>();
  private applied = -1;
  advanceTo(last: number): Map<string, Annotation> {
    for (let n = this.applied + 1; n <= last; n++) {
      const op = crashOp(n);
      if (op.kind === 'put') this.items.set(op.item.id, op.item);
      else this.items.delete(op.id);
    }
    this.applied = Math.max(this.applied, last);
    return new Map(this.items);
  }
}

/**
 * Runs the writer from op `from` and kills it `killAfterMs` after it opened the
 * store, or, with `beforeReady`, that long after it started (possibly while it
 * is still opening, recovering or compacting). Resolves with the last acknowledged op.
 */
function runUntilKilled(
  dir: string,
  from: number,
  killAfterMs: number,
  beforeReady: boolean,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dir, String(from)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lastAck = from - 1;
    let buffered = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') timer ??= setTimeout(kill, killAfterMs);
        else lastAck = Number(line.slice(4));
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const kill = () => child.kill('SIGKILL');
    let timer: NodeJS.Timeout | undefined = beforeReady ? setTimeout(kill, killAfterMs) : undefined;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL')
        reject(new Error(`child exited (${code}) before the kill: ${stderr}`));
      else resolve(lastAck);
    });
  });
}

async function lane(
  kills: number,
  seed: number,
): Promise<{ acked: number; inFlightLanded: number }> {
  const dir = await makeTempDir('annotations-crash-');
  const model = new Model();
  let random = seed;
  const nextRandom = () => ((random = (Math.imul(random, 1103515245) + 12345) >>> 0) % 1000) / 1000;
  let next = 0;
  let inFlightLanded = 0;
  for (let k = 0; k < kills; k++) {
    const beforeReady = nextRandom() < 0.15;
    const delay = Math.floor(nextRandom() * (beforeReady ? 120 : 40));
    const lastAck = await runUntilKilled(dir, next, delay, beforeReady);
    const store = await openAnnotationStore({ dir, log: () => undefined });
    const found = new Map(store.all().map((item) => [item.id, item]));
    expect(store.recovery, `kill ${k}: the store needed recovery`).toBeUndefined();
    await store.close();
    const acknowledged = model.advanceTo(lastAck);
    const withInFlight = new Model();
    withInFlight.advanceTo(lastAck + 1);
    if (sameState(found, acknowledged)) {
      // The write in flight was lost: it had not been acknowledged.
    } else {
      expect(found, `kill ${k} after op ${lastAck}`).toEqual(withInFlight.advanceTo(lastAck + 1));
      inFlightLanded++;
    }
    next = lastAck + 1;
  }
  const files = await readdir(dir);
  expect(files.filter((f) => f.includes('unreadable'))).toEqual([]);
  return { acked: next, inFlightLanded };
}

function sameState(a: Map<string, Annotation>, b: Map<string, Annotation>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, item] of a) if (JSON.stringify(item) !== JSON.stringify(b.get(id))) return false;
  return true;
}

describe('annotations store under SIGKILL', () => {
  it(`keeps every acknowledged write through ${KILLS} kills at random moments`, async () => {
    const results = await Promise.all(
      Array.from({ length: LANES }, (_, i) => lane(KILLS / LANES, 17 + i * 7919)),
    );
    const acked = results.reduce((sum, r) => sum + r.acked, 0);
    // The kills must have landed among writes, not only before the store opened.
    expect(acked).toBeGreaterThan(KILLS);
  }, 120_000);
});
