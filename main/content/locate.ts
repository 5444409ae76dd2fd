// Where the compiled collection lives. Pure (every input is a parameter) so
// each layout is unit tested without Electron; main/index.ts feeds it the
// real process and app values.
import { isAbsolute, join, resolve } from 'node:path';

export const CONTENT_FLAG = '--content';
export const CONTENT_ENV = 'READER_CONTENT_DIR';

export interface ContentLocationInputs {
  /** process.argv: the flag may be `--content <dir>` or `--content=<dir>`. */
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** app.isPackaged */
  isPackaged: boolean;
  /** process.resourcesPath: where electron-builder puts extraResources. */
  resourcesPath: string;
  /** app.getAppPath(): the project root when run with `electron .`. */
  appPath: string;
  /** Relative paths given on the command line or in the environment resolve here. */
  cwd: string;
}

export type ContentSource = 'cli' | 'env' | 'packaged' | 'development';

export interface ContentLocation {
  dir: string;
  /** Which rule chose the folder, for the start-up log line. */
  source: ContentSource;
}

/**
 * Picks the collection folder: an explicit choice (command line, then
 * environment) wins over the layout the app was started from, so a
 * publisher can point an installed app at another collection.
 */
export function locateContentDir(inputs: ContentLocationInputs): ContentLocation {
  const fromFlag = readFlag(inputs.argv, CONTENT_FLAG);
  if (fromFlag) return { dir: absolute(fromFlag, inputs.cwd), source: 'cli' };

  const fromEnv = inputs.env[CONTENT_ENV]?.trim();
  if (fromEnv) return { dir: absolute(fromEnv, inputs.cwd), source: 'env' };

  if (inputs.isPackaged) return { dir: join(inputs.resourcesPath, 'content'), source: 'packaged' };
  return { dir: join(inputs.appPath, 'out', 'content'), source: 'development' };
}

/** The value of `--name value` or `--name=value`; the last one given wins. */
function readFlag(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === name) {
      const next = argv[index + 1];
      if (next !== undefined && !next.startsWith('--')) value = next;
    } else if (arg.startsWith(`${name}=`)) {
      value = arg.slice(name.length + 1);
    }
  });
  return value?.trim() || undefined;
}

function absolute(path: string, cwd: string): string {
  return isAbsolute(path) ? resolve(path) : resolve(cwd, path);
}
