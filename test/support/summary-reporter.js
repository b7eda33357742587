/**
 * Writes jest's aggregated results to test-artifacts/jest-results.json and
 * prints the closing line CI reads: "tests: N passed, N failed".
 */
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const dir = path.join(process.cwd(), 'test-artifacts');
    fs.mkdirSync(dir, { recursive: true });
    const summary = {
      numPassedTests: results.numPassedTests,
      numFailedTests: results.numFailedTests,
      numPendingTests: results.numPendingTests,
      numTotalTests: results.numTotalTests,
      numFailedTestSuites: results.numFailedTestSuites,
      numRuntimeErrorTestSuites: results.numRuntimeErrorTestSuites,
      failed: results.testResults
        .filter((s) => s.numFailingTests > 0 || s.testExecError)
        .map((s) => ({ file: path.relative(process.cwd(), s.testFilePath), error: s.testExecError ? String(s.testExecError.message) : undefined })),
    };
    fs.writeFileSync(path.join(dir, 'jest-results.json'), JSON.stringify(summary, null, 2));
    // A suite that fails to load counts as a failure, not as zero tests.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\ntests: ${results.numPassedTests} passed, ${failed} failed\n`);
  }
}
module.exports = SummaryReporter;
