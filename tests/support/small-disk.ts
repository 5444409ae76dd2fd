// A real, small file system for the store's disk faults: a tmpfs mounted for
// the test (root only, as in CI). Where mounting is not permitted, `reason`
// says why, for the test to report itself skipped.
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { makeTempDir } from './temp-dir';

export interface SmallDisk {
  dir: string;
  remountReadOnly(): void;
  unmount(): Promise<void>;
}

export async function mountSmallDisk(size: string): Promise<SmallDisk | { reason: string }> {
  if (process.platform !== 'linux') return { reason: 'tmpfs mounts need Linux' };
  if (process.getuid?.() !== 0) return { reason: 'mounting a tmpfs needs root' };
  const dir = await makeTempDir('small-disk-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], {
    encoding: 'utf8',
  });
  if (mounted.status !== 0) {
    await rm(dir, { recursive: true, force: true });
    return { reason: `mount -t tmpfs is not permitted here: ${mounted.stderr.trim()}` };
  }
  return {
    dir,
    remountReadOnly() {
      const result = spawnSync('mount', ['-o', 'remount,ro', dir], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`remount,ro failed: ${result.stderr}`);
    },
    async unmount() {
      const result = spawnSync('umount', [dir], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`umount ${dir} failed: ${result.stderr}`);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
