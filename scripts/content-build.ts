// npm run content:build -- --in <dir> --out <dir> [--keep-going | --strict] [--clean] [--title <text>]
//   [--file-timeout <seconds>] [--file-memory <MB>] [--watch]
// Compiles a folder of Markdown, plain-text and HTML articles into the
// collection the app reads (see common/collection.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
// Not the compiler's index: the parsers (jsdom above all) load in the compile
// workers only, so this thread starts faster.
import { compileCollection, DEFAULT_COLLECTION_TITLE } from '../compiler/collection';
import type { CompileBudget } from '../compiler/compile-pool';
import { DEFAULT_FILE_MEMORY_MB, DEFAULT_FILE_TIMEOUT_MS } from '../compiler/limits';
import { CATALOGUE_LANGUAGES, type CatalogueLanguage } from '../common/settings';
import { progressPrinter, type ProgressTerminal } from './build-progress';
import { describeChanges, watchAndRebuild, type WatchControl } from './content-watch';

/**
 * The library is named after the product (package.json "productName"), so
 * renaming the app in that one place renames the collection's heading too.
 */
export function defaultCollectionTitle(packageJsonPath: string): string {
  let productName: unknown;
  try {
    ({ productName } = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as {
      productName?: unknown;
    });
  } catch (error) {
    process.stderr.write(
      `content:build: could not read the product name from ${packageJsonPath}: ${String(error)}\n`,
    );
  }
  return typeof productName === 'string' && productName.trim() !== ''
    ? `${productName.trim()} Library`
    : DEFAULT_COLLECTION_TITLE;
}
const DEFAULT_TITLE = defaultCollectionTitle(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'package.json'),
);

const USAGE = `Usage: npm run content:build -- [options]

Compiles articles (.md with YAML front matter, .txt, .html) into a collection.

Options:
  --in <dir>       content folder; articles are read from <dir>/articles/ if it
                   exists, else from <dir>, recursively (default: content)
  --out <dir>      compiled collection, replaced whole (default: out/content);
                   must be missing, empty or a collection built here before
  --keep-going     compile and write the other articles when some are rejected
                   (exit 0); without it any rejection means nothing is written (exit 1)
  --strict         treat every warning (a link that leads nowhere, text left
                   out) as a rejection: any warning means nothing is written
                   (exit 1); cannot be combined with --keep-going
  --clean          compile every file again: ignore and replace the compile cache
                   (.<out name>.compile-cache beside --out), which otherwise
                   gives each unchanged file its article from the last build
  --title <text>   collection title (default: "${DEFAULT_TITLE}", from the
                   productName in package.json)
  --interface-language <tag>
                   the app's language for readers who have not chosen one,
                   instead of their system's: ${CATALOGUE_LANGUAGES.join(', ')}
  --file-timeout <seconds>
                   time a file may take to compile before it is rejected as
                   too complex, per started MB of source (default: ${DEFAULT_FILE_TIMEOUT_MS / 1000})
  --file-memory <MB>
                   memory a file may use to compile before it is rejected as
                   too complex, per started MB of source (default: ${DEFAULT_FILE_MEMORY_MB})
  --watch          after the first build, build again whenever a file under
                   --in changes, until Ctrl+C; a failed build leaves the last
                   good collection in place
  --help           show this help`;

export interface CliOutput {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Where a progress bar is drawn in place; without one, progress is plain lines on stderr. */
  terminal?: ProgressTerminal;
}

const processOutput: CliOutput = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  ...(process.stderr.isTTY && {
    terminal: {
      get columns() {
        return process.stderr.columns || 80;
      },
      write: (text: string) => void process.stderr.write(text),
    },
  }),
};

/**
 * Runs the CLI; resolves to the exit code (0 built, 1 failed, 2 bad usage).
 * With --watch it resolves when `watchControl` says stop (Ctrl+C), with 0, or
 * with 1 when the folder cannot be watched at all.
 */
export async function main(
  argv: string[],
  output: CliOutput = processOutput,
  watchControl: WatchControl = interruptControl(),
): Promise<number> {
  let options;
  let budget;
  let interfaceLanguage;
  try {
    options = parseArgs({
      args: argv,
      options: {
        in: { type: 'string', default: 'content' },
        out: { type: 'string', default: path.join('out', 'content') },
        'keep-going': { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        clean: { type: 'boolean', default: false },
        title: { type: 'string' },
        'interface-language': { type: 'string' },
        'file-timeout': { type: 'string' },
        'file-memory': { type: 'string' },
        watch: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
    if (options.strict && options['keep-going']) {
      throw new Error(
        '--strict and --keep-going contradict each other: --strict writes nothing when anything is wrong, --keep-going writes what it can',
      );
    }
    interfaceLanguage = catalogueLanguage(options['interface-language']);
    budget = {
      ...(options['file-timeout'] !== undefined && {
        fileTimeoutMs: positiveNumber('--file-timeout', options['file-timeout']) * 1000,
      }),
      ...(options['file-memory'] !== undefined && {
        fileMemoryMb: positiveNumber('--file-memory', options['file-memory']),
      }),
    };
  } catch (error) {
    output.stderr(`content:build: ${error instanceof Error ? error.message : String(error)}`);
    output.stderr(USAGE);
    return 2;
  }
  if (options.help) {
    output.stdout(USAGE);
    return 0;
  }

  const settings: BuildSettings = {
    inDir: options.in,
    outDir: options.out,
    keepGoing: options['keep-going'],
    strict: options.strict,
    clean: options.clean,
    title: options.title ?? DEFAULT_TITLE,
    ...(interfaceLanguage !== undefined && { interfaceLanguage }),
    budget,
  };
  const code = await buildOnce(settings, output);
  if (!options.watch) return code;
  return watchAndRebuild({
    dir: options.in,
    // Only the first build starts afresh: each rebuild reuses what is unchanged.
    rebuild: (changed) =>
      buildOnce({ ...settings, clean: false }, output, describeChanges(changed)).then(
        () => undefined,
      ),
    output,
    control: watchControl,
  });
}

interface BuildSettings {
  inDir: string;
  outDir: string;
  keepGoing: boolean;
  strict: boolean;
  clean: boolean;
  title: string;
  interfaceLanguage?: CatalogueLanguage;
  budget: Partial<CompileBudget>;
}

/** --interface-language as one of the catalogues' languages, or why it is not one. */
function catalogueLanguage(value: string | undefined): CatalogueLanguage | undefined {
  if (value === undefined) return undefined;
  const language = CATALOGUE_LANGUAGES.find((known) => known.toLowerCase() === value.toLowerCase());
  if (!language) {
    throw new Error(
      `--interface-language ${JSON.stringify(value)} is not a language the app speaks: use one of ${CATALOGUE_LANGUAGES.join(', ')}`,
    );
  }
  return language;
}

/**
 * One build, printed: warnings and rejections, then a summary line (prefixed
 * with `trigger`, what changed, when watching). Resolves to the exit code.
 */
async function buildOnce(
  settings: BuildSettings,
  output: CliOutput,
  trigger?: string,
): Promise<number> {
  const lead = trigger === undefined ? '' : `${trigger}: `;
  const started = performance.now();
  const { keepGoing, strict } = settings;
  const sourceDateEpoch = Number(process.env.SOURCE_DATE_EPOCH);
  let result;
  const progress = progressPrinter({
    line: output.stderr,
    ...(output.terminal && { terminal: output.terminal }),
  });
  try {
    result = await compileCollection({
      inDir: settings.inDir,
      outDir: settings.outDir,
      keepGoing,
      strict,
      clean: settings.clean,
      title: settings.title,
      ...(settings.interfaceLanguage !== undefined && {
        interfaceLanguage: settings.interfaceLanguage,
      }),
      // SOURCE_DATE_EPOCH (seconds) makes builds reproducible byte for byte.
      ...(Number.isFinite(sourceDateEpoch) && { builtAt: new Date(sourceDateEpoch * 1000) }),
      onProgress: progress.update,
      budget: settings.budget,
    });
  } catch (error) {
    progress.finish();
    output.stderr(
      `${lead}content:build: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  progress.finish();

  // Under --strict a warning is a rejection: it is printed and counted as one.
  for (const warning of result.warnings) {
    const where = warning.line === undefined ? warning.path : `${warning.path}:${warning.line}`;
    output.stderr(`${strict ? 'rejected' : 'warning'} ${where}: ${warning.message}`);
  }
  for (const rejection of result.rejections) {
    output.stderr(`rejected ${rejection.path}: ${rejection.reason}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const rejections = result.rejections.length + (strict ? result.warnings.length : 0);
  const rejected = `${rejections} rejected`;
  const warned = count(strict ? 0 : result.warnings.length, 'warning');
  const out = settings.outDir;
  if (result.written) {
    output.stdout(
      `${lead}${count(result.articleCount, 'article')}, ${count(result.wordCount, 'word')} compiled into ${out} in ${seconds} s (${result.reused} reused, ${result.compiled} compiled${result.indexReused ? '; search index reused' : ''}); ${rejected}, ${warned}`,
    );
    return 0;
  }
  if (strict && rejections > 0) {
    output.stderr(
      `${lead}content:build: nothing written to ${out} (${rejected} under --strict); fix the files or run without --strict to build with warnings`,
    );
  } else if (result.rejections.length > 0 && !keepGoing) {
    output.stderr(
      `${lead}content:build: nothing written to ${out} (${rejected}); fix the files or run with --keep-going to build without it`,
    );
  } else {
    output.stderr(
      `${lead}content:build: nothing written to ${out}: no articles in ${result.sourceDir} (${rejected})`,
    );
  }
  return 1;
}

function positiveNumber(flag: string, value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) {
    throw new Error(`${flag} takes a positive number, not ${JSON.stringify(value)}`);
  }
  return number;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Ctrl+C (or a termination request) ends a --watch run; outside one, the signals keep their default. */
function interruptControl(): WatchControl {
  return {
    onStop(stop) {
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      };
    },
  };
}

// Run only when executed directly (tsx scripts/content-build.ts), not when a test imports main().
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
