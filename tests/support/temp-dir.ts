// The one way tests make a scratch folder: new and private, under the
// system's temporary folder, named by the prefix so that a folder a crashed
// run left behind says which test made it. Each test removes its own.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}
