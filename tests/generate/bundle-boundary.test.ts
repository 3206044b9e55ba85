import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

/** Every module a file pulls in (relative and "@/" imports), with the bare packages it names. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const src = fs.readFileSync(file, "utf8");
    for (const m of src.matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']|import\(["']([^"']+)["']\)/g)) {
      const spec = m[1] ?? m[2] ?? "";
      if (!spec.startsWith(".") && !spec.startsWith("@/")) {
        packages.add(spec);
        continue;
      }
      const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : path.resolve(path.dirname(file), spec);
      const found = [".ts", ".tsx", "/index.ts", ""]
        .map((ext) => base + ext)
        .find((p) => fs.existsSync(p) && fs.statSync(p).isFile());
      if (found && /\.tsx?$/.test(found)) visit(found);
    }
  };
  visit(path.join(root, entry));
  return { files, packages };
}

describe("the NLP library stays inside the generator", () => {
  // What quiz and card routes may import: the schemas, and the generator's pure leaf modules.
  const light = [
    "lib/schemas/deck.ts",
    "lib/generate/numbers.ts",
    "lib/generate/money.ts",
    "lib/generate/dates.ts",
    "lib/generate/equivalence.ts",
    "lib/generate/plain-text.ts",
    "lib/generate/errors.ts",
    "lib/generate/review.ts",
  ];
  it.each(light)("%s never reaches compromise", (entry) => {
    expect(importGraph(entry).packages.has("compromise")).toBe(false);
  });

  it("the generator itself does use compromise (so the check above can fail)", () => {
    expect(importGraph("lib/generate/deck.ts").packages.has("compromise")).toBe(true);
  });

  it("no module outside lib/generate imports compromise directly", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const rel = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!["node_modules", ".next", "generate"].includes(e.name)) walk(rel);
          continue;
        }
        if (/\.(ts|tsx)$/.test(e.name) && /from\s+["']compromise/.test(fs.readFileSync(path.join(root, rel), "utf8")))
          offenders.push(rel);
      }
    };
    for (const dir of ["app", "components", "lib"]) if (fs.existsSync(path.join(root, dir))) walk(dir);
    expect(offenders).toEqual([]);
  });
});
