import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// "use client" marks where the server's component tree hands over to the browser: a module a server component
// imports. A module only client modules import is client code already, and the directive there says nothing.
// This walks the static imports from app/ through server modules and checks every directive stands at such a
// boundary (and that every module with one is reached as a boundary, not as dead code).

const root = path.resolve(__dirname, "../..");
const rel = (f: string) => path.relative(root, f).split(path.sep).join("/");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const isClient = (file: string) => /^\s*["']use client["'];?/.test(fs.readFileSync(file, "utf8"));

/** The modules `file` imports as values (type-only imports are erased and import nothing). */
function imports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^import\s+(?!type\s)(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm)) {
    const spec = m[1]!;
    const base = spec.startsWith("@/")
      ? path.join(root, spec.slice(2))
      : spec.startsWith(".")
        ? path.resolve(path.dirname(file), spec)
        : null;
    if (!base) continue;
    const found = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
    if (found) out.push(found);
  }
  return out;
}

function walk(): { boundaries: Set<string>; server: Set<string> } {
  const boundaries = new Set<string>();
  const server = new Set<string>();
  const queue = files(path.join(root, "app")).filter((f) => !isClient(f));
  for (const f of files(path.join(root, "app")).filter(isClient)) boundaries.add(rel(f)); // app/error.tsx: a boundary by Next's rule
  while (queue.length) {
    const f = queue.pop()!;
    if (server.has(rel(f))) continue;
    server.add(rel(f));
    for (const dep of imports(f)) {
      if (isClient(dep)) boundaries.add(rel(dep));
      else queue.push(dep);
    }
  }
  return { boundaries, server };
}

describe('"use client" only where a client boundary starts', () => {
  const { boundaries, server } = walk();
  const marked = [...files(path.join(root, "components")), ...files(path.join(root, "app"))].filter(isClient).map(rel);

  it("finds the server tree (a check that reads nothing would pass)", () => {
    expect(server.has("app/layout.tsx")).toBe(true);
    expect(server.has("components/store/store-shell.tsx")).toBe(true);
    expect(boundaries.has("components/store/store-provider.tsx")).toBe(true);
    expect(boundaries.has("components/quiz/quiz-app.tsx")).toBe(true);
  });

  it("every module marked is imported by a server module", () => {
    expect(marked.filter((f) => !boundaries.has(f))).toEqual([]);
  });
});
