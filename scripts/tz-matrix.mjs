// Runs the tests that count local days and local times once in each of several time zones (TZ), as
// `npm test` does after the full unit suite (which runs once, in the machine's zone). The files were chosen by
// what they exercise: local days, daylight saving, local dates and times on screen, the clock moved about
// (lib/srs/local-day.ts, lib/progress/stats.ts, lib/srs/queue.ts, lib/format.ts, tests/faults/clock.test.ts).
// A new test file that reads local time belongs in FILES.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ZONES = ["UTC", "Europe/London", "America/Los_Angeles", "Asia/Kolkata", "Australia/Lord_Howe"];
export const FILES = [
  "tests/srs",
  "tests/decks/format.test.ts",
  "tests/decks/format-time-zones.test.ts",
  "tests/faults/clock.test.ts",
  "tests/faults/review-time.test.ts",
  "tests/store/cards-slice.test.ts",
  "tests/quiz/date-answer.test.ts",
];

function main() {
  const zones = process.argv.length > 2 ? process.argv.slice(2) : ZONES;
  for (const zone of zones) {
    console.log(`\n=== TZ=${zone} ===`);
    const run = spawnSync("npx", ["vitest", "run", ...FILES], { stdio: "inherit", env: { ...process.env, TZ: zone } });
    if (run.status !== 0) {
      console.error(`The time-dependent tests failed with TZ=${zone}.`);
      process.exit(run.status ?? 1);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
