// Runs Electronegativity over a folder without touching the network.
// The tool makes two requests of its own: updated translations (a 1 s
// timeout, then it falls back to its bundled English) and Electron's release
// list (for AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK). A test must be offline
// and give the same answer every run, so `got` (the only HTTP client it
// uses) is replaced, for the tool only, by one that refuses at once, and the
// release check is skipped: whether Electron is current is a dependency
// update question, not a property of this code.
import { createRequire } from 'node:module';

export interface ToolIssue {
  id: string;
  /** Relative to the scanned folder; "N/A" for some global findings. */
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: { name?: string; value: number; format?: () => string };
  confidence: { name?: string; value: number };
  manualReview: boolean;
  sample?: string;
}

export interface ToolError {
  file: string;
  message: string;
  tolerable: boolean;
}

export interface ToolResult {
  issues: ToolIssue[];
  errors: ToolError[];
  globalChecks: number;
  atomicChecks: number;
}

type Runner = (options: Record<string, unknown>) => Promise<ToolResult>;

const requireHere = createRequire(import.meta.url);
const TOOL_PACKAGE = '@doyensec/electronegativity/package.json';
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

function refuse(): Promise<never> {
  return Promise.reject(new Error('electronegativity-check: the network is off by design'));
}

function loadRunner(): Runner {
  const toolRequire = createRequire(requireHere.resolve(TOOL_PACKAGE));
  const gotPath = toolRequire.resolve('got');
  const offlineGot = Object.assign(refuse, { head: refuse, get: refuse, default: refuse });
  // Seed the module cache before the tool loads, so its require('got') gets this.
  toolRequire.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: offlineGot,
  } as unknown as NodeJS.Module;
  const runner = toolRequire('./dist/runner.js') as Runner | { default: Runner };
  return typeof runner === 'function' ? runner : runner.default;
}

/** Scans `input` (a folder) and returns every finding, with paths relative to it. */
export async function runElectronegativity(
  input: string,
  electronVersion: string,
): Promise<ToolResult> {
  const run = loadRunner();
  // The tool prints its own notices (the refused translation fetch); keep
  // them out of the test output, which says what matters itself.
  const log = console.log;
  console.log = () => undefined;
  try {
    return await run({
      input,
      electronVersionOverride: electronVersion,
      excludeFromScan: NETWORK_CHECKS,
      isRelative: true,
      isVerbose: false,
    });
  } finally {
    console.log = log;
  }
}
