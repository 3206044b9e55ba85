// `node scripts/check-deps.mjs [package-lock.json] [floors.json]`: fails when any installed copy of a package
// is older than the version that fixes its published advisories (security/floors.json). npm audit cannot
// reach an advisory service on our machines, so the floor list kept in the repo is the record.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Parses "1.2.3" or "1.2.3-canary.4" into comparable parts; null when it is not a plain semver. */
export function parseVersion(v) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(String(v).trim());
  return m ? { core: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ? m[4].split(".") : [] } : null;
}

/** Semver precedence: negative when a < b, 0 when equal, positive when a > b (a prerelease sorts first). */
export function compareVersions(a, b) {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) throw new Error(`not a version: ${!x ? a : b}`);
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return x.core[i] - y.core[i];
  if (!x.pre.length || !y.pre.length) return y.pre.length - x.pre.length;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const [p, q] = [x.pre[i], y.pre[i]];
    if (p === undefined || q === undefined) return p === undefined ? -1 : 1;
    if (p === q) continue;
    const [np, nq] = [/^\d+$/.test(p), /^\d+$/.test(q)];
    if (np && nq) return Number(p) - Number(q);
    if (np !== nq) return np ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

/** Every installed copy of every package in a lockfile v2/v3: `{ name, version, where }`. */
export function installedPackages(lock) {
  if (!lock || typeof lock.packages !== "object")
    throw new Error('package-lock.json has no "packages" map (lockfileVersion 2 or 3 needed)');
  const out = [];
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (!where || entry.link || !entry.version) continue;
    const name = entry.name ?? where.slice(where.lastIndexOf("node_modules/") + "node_modules/".length);
    out.push({ name, version: entry.version, where, dev: Boolean(entry.dev) });
  }
  return out;
}

/**
 * The floor for one installed version: `floor.min`, or for an older major release line that is still patched
 * separately (`floor.lines["3"]`), that line's own minimum. Its advisories may not apply to the old line at all.
 */
export function floorFor(floor, version) {
  const major = parseVersion(version)?.core[0];
  const line = major !== undefined ? floor.lines?.[String(major)] : undefined;
  return line
    ? { min: line.min, advisories: line.advisories ?? [] }
    : { min: floor.min, advisories: floor.advisories ?? [] };
}

/** Compares a lockfile against the floors: `{ failures, checked }`, failures naming copy, floor and advisories. */
export function checkFloors(lock, floorsFile) {
  const floors = floorsFile.floors ?? {};
  const failures = [];
  const checked = [];
  for (const pkg of installedPackages(lock)) {
    const floor = floors[pkg.name];
    if (!floor) continue;
    const { min, advisories } = floorFor(floor, pkg.version);
    const ok = parseVersion(pkg.version) !== null && compareVersions(pkg.version, min) >= 0;
    checked.push({ ...pkg, min, ok, dev: Boolean(pkg.dev) });
    if (!ok) failures.push({ ...pkg, min, advisories });
  }
  return { failures, checked };
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const lockPath = process.argv[2] ?? path.join(root, "package-lock.json");
  const floorsPath = process.argv[3] ?? path.join(root, "security", "floors.json");
  const { failures, checked } = checkFloors(
    JSON.parse(fs.readFileSync(lockPath, "utf8")),
    JSON.parse(fs.readFileSync(floorsPath, "utf8")),
  );
  for (const c of checked)
    console.log(`${c.ok ? "ok  " : "FAIL"} ${c.name}@${c.version} (floor ${c.min}) ${c.where}${c.dev ? " [dev]" : ""}`);
  if (failures.length) {
    console.error(
      `\ncheck-deps: ${failures.length} installed package(s) below the version that fixes published advisories:`,
    );
    for (const f of failures) {
      console.error(
        `\n  ${f.name}@${f.version} at ${f.where} is below ${f.min}. Upgrade it (npm install -E ${f.name}@${f.min} or later). Advisories:`,
      );
      for (const a of f.advisories) console.error(`    - ${a}`);
    }
    process.exit(1);
  }
  console.log(
    `check-deps: ${checked.length} installed copies checked against ${path.relative(root, floorsPath)}; none below its floor.`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
