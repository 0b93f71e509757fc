/* global module, process */
// Prints the plain closing line "jest: N passed, N failed" that CI reads in any language.
class SummaryLine {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `\njest: ${results.numPassedTests} passed, ${results.numFailedTests + results.numRuntimeErrorTestSuites} failed` +
        (skipped ? `, ${skipped} skipped` : "") + "\n",
    );
  }
}
module.exports = SummaryLine;
