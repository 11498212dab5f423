// Sums the stages and the Vitest/Playwright JSON reports into the closing line CI reads.
// A report that is missing counts as a failure, so a run that executed nothing cannot look green.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
const stages = existsSync("test-results/stages.txt") ? readFileSync("test-results/stages.txt", "utf8").trim().split("\n") : [];
for (const line of stages) {
  const [name, result] = line.split(" ");
  if (name !== "typecheck" && name !== "lint") continue;
  if (result === "ok") passed++;
  else failed++;
}

function read(file) {
  try { return JSON.parse(readFileSync(file, "utf8")); } catch { return undefined; }
}

const vitest = read("test-results/vitest.json");
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  if (vitest.numTotalTests === 0 || (!vitest.success && vitest.numFailedTests === 0)) failed++; // suite-level error
} else failed++;

const e2e = read("test-results/e2e.json");
if (e2e) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + e2e.stats.flaky;
  if (e2e.stats.expected + e2e.stats.unexpected === 0 || (e2e.errors?.length ?? 0) > 0) failed++;
} else failed++;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
