import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FILES, ZONES } from "../../scripts/tz-matrix.mjs";

const root = path.resolve(__dirname, "../..");
// What reads the local time zone: local days, Date's local getters, the app's local date formats.
const LOCAL_TIME =
  /getTimezoneOffset|localOffset|utcOffsetMinutes|localDay|\.get(Hours|Minutes|Date|Day|Month|FullYear)\(|format(Weekday|ShortDate|LongDate)/;

function testFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    return e.isDirectory() ? testFiles(rel) : /\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

describe("the time-zone matrix (scripts/tz-matrix.mjs)", () => {
  it("runs in the zones asked for, and every test file that reads local time is in it", () => {
    expect(ZONES).toEqual(
      expect.arrayContaining(["UTC", "Europe/London", "America/Los_Angeles", "Asia/Kolkata", "Australia/Lord_Howe"]),
    );
    for (const f of FILES) expect(fs.existsSync(path.join(root, f)), f).toBe(true);
    const local = testFiles("tests").filter((f) => LOCAL_TIME.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(local.length).toBeGreaterThan(5);
    const missing = local.filter((f) => !FILES.some((m) => f === m || f.startsWith(`${m}/`)));
    expect(missing).toEqual([]);
  });
});
