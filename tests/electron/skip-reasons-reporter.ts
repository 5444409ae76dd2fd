// Playwright's list reporter says a test was skipped but not why. Here the
// why matters (no Electron binary on this machine, so these tests run only in
// the release workflow), so print each skipped test with its reason.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SkipReasonsReporter implements Reporter {
  private readonly reasons = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason =
      test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given';
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }

  onEnd(_result: FullResult): void {
    for (const [reason, count] of this.reasons) {
      console.log(`${count} skipped: ${reason}`);
    }
  }

  printsToStdio(): boolean {
    return false;
  }
}
