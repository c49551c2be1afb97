// A tier whose tests were all skipped must fail, not pass silently (STYLE.md §13; the toolkit's
// vitestAllSkippedReporter). A tier with no test files at all fails the same way.
class AllSkippedReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig;
    this.error = undefined;
  }
  onRunComplete(_contexts, results) {
    const ran = results.numPassedTests + results.numFailedTests;
    if (ran === 0 && !this.globalConfig.listTests && !this.globalConfig.testNamePattern) {
      this.error = new Error(
        `no test ran (${results.numPendingTests + results.numTodoTests} skipped): this tier proves nothing`,
      );
      process.stderr.write(`\n${this.error.message}\n`);
    }
  }
  getLastError() {
    return this.error;
  }
}
module.exports = AllSkippedReporter;
