// Prints the plain closing line CI systems look for ("N passed, N failed") from vitest's JSON
// report, and exits non-zero when anything failed or the report is missing.
import { readFileSync, rmSync } from 'node:fs';

const file = '.vitest-report.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  console.error('test-summary: no vitest report found (did vitest crash?)');
  process.exit(1);
}
rmSync(file, { force: true });
const { numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped, numTotalTests: total, success } = report;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(success && failed === 0 && total > 0 ? 0 : 1);
