// Findings from Electronegativity are either fixed or justified where they
// are, in the source, with a comment a reviewer reads next to the code:
//
//   // security-justified CHECK_ID: why this is safe here, in a sentence
//   // security-justified CHECK_A, CHECK_B: one reason covering both
//
// A justification covers findings of those checks on its own line, or on the
// first code line after the comment block it sits in. A reason is required
// (MIN_REASON_LENGTH characters), and a justification that covers nothing
// is an error too, so none outlives the code it was written for. The tool's
// own `eng-disable` comments are refused: they hide a finding without a word.

export const MIN_REASON_LENGTH = 20;

const JUSTIFICATION = /security-justified\s+([A-Z0-9_]+(?:\s*,\s*[A-Z0-9_]+)*)\s*:\s*(.*)$/;
const ENG_DISABLE = /eng-disable/;
const COMMENT_LINE = /^\s*(\/\/|\/\*|\*|\{\/\*|<!--)/;

export interface Justification {
  file: string;
  /** 1-based line of the comment. */
  line: number;
  checks: string[];
  reason: string;
  /** The line whose findings it covers (1-based). */
  covers: number[];
}

export interface Finding {
  check: string;
  file: string;
  line: number;
  description: string;
}

export interface SourceProblem {
  file: string;
  line: number;
  message: string;
}

export function readJustifications(
  file: string,
  text: string,
): { justifications: Justification[]; problems: SourceProblem[] } {
  const lines = text.split(/\r?\n/);
  const justifications: Justification[] = [];
  const problems: SourceProblem[] = [];
  lines.forEach((content, index) => {
    const line = index + 1;
    if (ENG_DISABLE.test(content)) {
      problems.push({
        file,
        line,
        message: 'eng-disable hides a finding without a reason; use security-justified instead',
      });
    }
    const match = JUSTIFICATION.exec(content);
    if (!match) return;
    const reason = (match[2] ?? '').replace(/\*\/\s*\}?\s*$|-->\s*$/, '').trim();
    const checks = (match[1] ?? '').split(',').map((check) => check.trim());
    if (reason.length < MIN_REASON_LENGTH) {
      problems.push({
        file,
        line,
        message: `the justification of ${checks.join(', ')} needs a reason of at least ${MIN_REASON_LENGTH} characters`,
      });
      return;
    }
    justifications.push({ file, line, checks, reason, covers: [line, nextCodeLine(lines, index)] });
  });
  return { justifications, problems };
}

/** The 1-based number of the first line after `index` that is not a comment. */
function nextCodeLine(lines: string[], index: number): number {
  let next = index + 1;
  for (; next < lines.length; next += 1) {
    const text = lines[next] ?? '';
    if (!COMMENT_LINE.test(text) && text.trim() !== '') break;
  }
  return next + 1;
}

export interface Verdict {
  justified: { finding: Finding; by: Justification }[];
  unjustified: Finding[];
  unused: Justification[];
}

export function judge(findings: Finding[], justifications: Justification[]): Verdict {
  const used = new Set<Justification>();
  const justified: Verdict['justified'] = [];
  const unjustified: Finding[] = [];
  for (const finding of findings) {
    const by = justifications.find(
      (j) =>
        j.file === finding.file &&
        j.checks.includes(finding.check) &&
        j.covers.includes(finding.line),
    );
    if (by) {
      used.add(by);
      justified.push({ finding, by });
    } else {
      unjustified.push(finding);
    }
  }
  return { justified, unjustified, unused: justifications.filter((j) => !used.has(j)) };
}
