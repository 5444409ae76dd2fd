// npm run test:electronegativity
// Runs Electronegativity over the app's own sources (main, preload, renderer)
// and fails on any finding that is not justified in place (the comment
// format is in scripts/electronegativity/justifications.ts). The tool exits 0
// whatever it finds, so its findings are read and judged here.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../main/security/csp';
import {
  judge,
  readJustifications,
  type Finding,
  type Justification,
  type SourceProblem,
} from './electronegativity/justifications';
import { runElectronegativity, type ToolIssue } from './electronegativity/run-offline';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCANNED_FOLDERS = ['main', 'preload', 'renderer'];
const SOURCE_FILE = /\.(ts|tsx|js|jsx|html)$/;
const CSP_FILE = 'main/security/csp.ts';

interface CheckReport {
  files: number;
  checks: number;
  findings: Finding[];
  justified: number;
  failures: string[];
}

export async function checkSources(root: string = ROOT): Promise<CheckReport> {
  // A copy holds exactly what is scanned: the three folders, nothing built.
  const scanDir = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
  try {
    for (const folder of SCANNED_FOLDERS) {
      cpSync(path.join(root, folder), path.join(scanDir, folder), { recursive: true });
    }
    const electronVersion = readElectronVersion(root);
    const result = await runElectronegativity(scanDir, electronVersion);
    const failures: string[] = [];
    for (const error of result.errors) {
      // A file the tool could not parse is a file it did not check.
      failures.push(`${error.file}: Electronegativity could not read it: ${error.message}`);
    }

    const sources = listSources(scanDir);
    const justifications: Justification[] = [];
    const problems: SourceProblem[] = [];
    for (const file of sources) {
      const read = readJustifications(file, readFileSync(path.join(scanDir, file), 'utf8'));
      justifications.push(...read.justifications);
      problems.push(...read.problems);
    }
    failures.push(...problems.map((p) => `${p.file}:${p.line}: ${p.message}`));

    const findings = result.issues.flatMap((issue) => toFindings(issue, scanDir));
    const verdict = judge(findings, justifications);
    for (const finding of verdict.unjustified) {
      failures.push(
        `${finding.file}:${finding.line}: ${finding.check}: ${finding.description} ` +
          '(fix it, or justify it in place with `// security-justified ' +
          `${finding.check}: <reason>\`)`,
      );
    }
    for (const unused of verdict.unused) {
      failures.push(
        `${unused.file}:${unused.line}: this justification of ${unused.checks.join(', ')} ` +
          'covers no finding any more: remove it',
      );
    }
    return {
      files: sources.length,
      checks: result.globalChecks + result.atomicChecks,
      findings,
      justified: verdict.justified.length,
      failures,
    };
  } finally {
    rmSync(scanDir, { recursive: true, force: true });
  }
}

function readElectronVersion(root: string): string {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const version = pkg.devDependencies?.electron?.replace(/^[^\d]*/, '');
  if (!version) throw new Error('package.json names no electron version in devDependencies');
  return version;
}

function listSources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => SOURCE_FILE.test(file))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

function toFindings(issue: ToolIssue, scanDir: string): Finding[] {
  const file = issue.file.split(path.sep).join('/');
  const noPolicyFound =
    issue.id === 'CSP_GLOBAL_CHECK' && (file === 'N/A' || issue.location.line === 0);
  if (noPolicyFound && existsSync(path.join(scanDir, CSP_FILE))) {
    // "No CSP detected": the tool finds policies only in <meta> tags and
    // header literals, and ours is assembled in csp.ts and sent by the
    // app:// protocol. Judge the real policy with the tool's own evaluator.
    return evaluatePolicy(scanDir);
  }
  return [{ check: issue.id, file, line: issue.location.line, description: issue.description }];
}

interface CspEvaluatorModule {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (
    csp: unknown,
    version: unknown,
  ) => {
    evaluate(): { severity: number; directive: string; description: string }[];
  };
  Version: { CSP3: unknown };
  severities: { INFO: number };
}

function evaluatePolicy(scanDir: string): Finding[] {
  const toolRequire = createRequire(
    createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json'),
  );
  const csp = toolRequire('@doyensec/csp-evaluator') as CspEvaluatorModule;
  const parsed = new csp.CspParser(CONTENT_SECURITY_POLICY);
  const evaluation = new csp.CspEvaluator(parsed.csp, csp.Version.CSP3).evaluate();
  const lines = readFileSync(path.join(scanDir, CSP_FILE), 'utf8').split('\n');
  return evaluation
    .filter((finding) => finding.severity < csp.severities.INFO)
    .map((finding) => {
      const index = lines.findIndex((line) => line.includes(`"${finding.directive}`));
      return {
        check: 'CSP_GLOBAL_CHECK',
        file: CSP_FILE,
        line: index + 1,
        description: `${finding.directive}: ${finding.description}`,
      };
    });
}

async function main(): Promise<number> {
  const report = await checkSources();
  const summary =
    `Electronegativity: ${report.checks} checks over ${report.files} files in ` +
    `${SCANNED_FOLDERS.join(', ')}: ${report.findings.length} findings, ` +
    `${report.justified} justified in place.`;
  if (report.failures.length === 0) {
    console.log(summary);
    return 0;
  }
  console.error(summary);
  for (const failure of report.failures) console.error(`  ${failure}`);
  console.error(`${report.failures.length} problem(s): the security check fails.`);
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
