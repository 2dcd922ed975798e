/** Prints vitest's JSON results as one plain closing line: "N passed, N failed". */
import { readFileSync } from 'node:fs';

const r = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const skipped = r.numPendingTests + r.numTodoTests;
console.log(
  `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
process.exitCode = r.numFailedTests > 0 || r.numTotalTests === 0 ? 1 : 0;
