import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkFloors, compareVersions, installedPackages } from "../../scripts/check-deps.mjs";

const root = path.resolve(__dirname, "../..");
const script = path.join(root, "scripts/check-deps.mjs");
const realLock = path.join(root, "package-lock.json");
const badLock = path.join(__dirname, "fixtures/lock-below-floor.json");
const floors = JSON.parse(fs.readFileSync(path.join(root, "security/floors.json"), "utf8"));
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: "utf8" });

describe("dependency floors", () => {
  it("lists the advisories the issue names", () => {
    expect(floors.floors.next.min).toBe("16.2.6");
    expect(floors.floors.next.advisories.join(" ")).toMatch(/CVE-2026-44578[\s\S]*CVE-2026-23870/);
    expect(compareVersions(floors.floors.zod.min, "4.4.0")).toBeGreaterThanOrEqual(0);
  });

  it("passes on the real package-lock.json", () => {
    const res = run(realLock);
    expect(res.stderr).toBe("");
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/ok {3}next@16\.\d+\.\d+ \(floor 16\.2\.6\)/);
  });

  it("fails on a lock with a nested zod and an aliased next below their floors, naming both", () => {
    const res = run(badLock);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain("zod@4.3.6 at node_modules/some-importer/node_modules/zod is below 4.5.0");
    expect(res.stderr).toContain("next@16.2.5 at node_modules/legacy-next is below 16.2.6");
    expect(res.stderr).toContain("CVE-2026-44578");
    expect(res.stderr).toMatch(/2 installed package\(s\) below/);
  });

  it("checks every copy, skipping links, and keeps the ones at or above the floor", () => {
    const lock = JSON.parse(fs.readFileSync(badLock, "utf8"));
    expect(installedPackages(lock).map((p: { where: string }) => p.where)).not.toContain("node_modules/local-pkg");
    const { failures, checked } = checkFloors(lock, floors);
    expect(checked).toHaveLength(4);
    expect(failures.map((f: { name: string; version: string }) => `${f.name}@${f.version}`).sort()).toEqual([
      "next@16.2.5",
      "zod@4.3.6",
    ]);
  });

  it("holds an older release line to its own floor", () => {
    const lock = (version: string) => ({ packages: { "node_modules/x/node_modules/zod": { version, dev: true } } });
    expect(checkFloors(lock("3.23.8"), floors).failures).toEqual([]);
    expect(checkFloors(lock("3.22.3"), floors).failures).toEqual([
      expect.objectContaining({ version: "3.22.3", min: "3.22.4" }),
    ]);
    expect(checkFloors(lock("4.4.2"), floors).failures).toEqual([
      expect.objectContaining({ version: "4.4.2", min: "4.5.0" }),
    ]);
  });

  it("rejects a lockfile without a packages map (lockfile v1) with a clear message", () => {
    expect(() => checkFloors({ lockfileVersion: 1, dependencies: {} }, floors)).toThrow(/lockfileVersion 2 or 3/);
  });
});

describe("compareVersions", () => {
  it("orders by semver precedence, prereleases before their release", () => {
    expect(compareVersions("16.2.5", "16.2.6")).toBeLessThan(0);
    expect(compareVersions("16.10.0", "16.9.9")).toBeGreaterThan(0);
    expect(compareVersions("16.2.6-canary.3", "16.2.6")).toBeLessThan(0);
    expect(compareVersions("1.0.0-alpha.2", "1.0.0-alpha.10")).toBeLessThan(0);
    expect(compareVersions("1.0.0-beta", "1.0.0-alpha.1")).toBeGreaterThan(0);
    expect(compareVersions("4.4.0", "4.4.0")).toBe(0);
    expect(() => compareVersions("latest", "1.0.0")).toThrow(/not a version/);
  });

  it("is antisymmetric and agrees with numeric order of the parts", () => {
    const part = fc.integer({ min: 0, max: 999 });
    const version = fc.tuple(part, part, part).map((p) => p.join("."));
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(Math.sign(compareVersions(a, b))).toBe(-Math.sign(compareVersions(b, a)) || 0);
        const [x, y] = [a, b].map((v) => v.split(".").reduce((n, d) => n * 1000 + Number(d), 0));
        expect(Math.sign(compareVersions(a, b))).toBe(Math.sign(x! - y!));
      }),
    );
  });
});
