import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { checkBundle, formatTable, initialChunks, lazyChunks } from "../../scripts/check-bundle.mjs";

const root = path.resolve(__dirname, "../..");
const budgetFile = JSON.parse(fs.readFileSync(path.join(root, "bundle-budget.json"), "utf8"));
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const page = (...chunks: string[]) =>
  chunks.map((c) => `<script src="/_next/static/chunks/${c}" async=""></script>`).join("") +
  `<script src="/_next/static/chunks/legacy.js" noModule=""></script>`;

/** A fake `.next` with the given pages (route → chunks) and chunk contents. */
function fakeBuild(pages: Record<string, string[]>, chunks: Record<string, string>, src: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bundle-"));
  dirs.push(dir);
  const routes: Record<string, { srcRoute?: string }> = {};
  for (const [route, files] of Object.entries(pages)) {
    const file = path.join(dir, "server/app", `${route === "/" ? "/index" : route}.html`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, page(...files));
    routes[route] = src[route] ? { srcRoute: src[route] } : {};
  }
  fs.writeFileSync(path.join(dir, "prerender-manifest.json"), JSON.stringify({ routes }));
  fs.mkdirSync(path.join(dir, "static/chunks"), { recursive: true });
  for (const [name, body] of Object.entries({ "legacy.js": "x".repeat(50_000), ...chunks }))
    fs.writeFileSync(path.join(dir, "static/chunks", name), body);
  return dir;
}

/** Text that gzip cannot shrink much (xorshift noise), so sizes are predictable. */
function random(n: number) {
  let x = 2463534242;
  return Array.from(
    { length: n },
    () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), ((x >>> 0) % 36).toString(36)),
  ).join("");
}
const budget = (routes: Record<string, object>) => ({ ...budgetFile, baseline: "/_not-found", routes });

describe("check-bundle", () => {
  it("reads the script chunks of a page, leaving out noModule polyfills, and follows lazy chunk names", () => {
    expect(initialChunks(page("a.js", "b.js"))).toEqual(["static/chunks/a.js", "static/chunks/b.js"]);
    const files: Record<string, string> = {
      "static/chunks/a.js": 'load("static/chunks/lazy.js")',
      "static/chunks/lazy.js": "",
    };
    expect(lazyChunks(["static/chunks/a.js"], (c: string) => files[c] ?? "")).toEqual(["static/chunks/lazy.js"]);
  });

  it("passes routes within budget, with sizes in gzipped bytes measured from the files", () => {
    const framework = random(40_000);
    const dir = fakeBuild(
      { "/_not-found": ["f.js"], "/decks/x/quiz": ["f.js", "q.js"] },
      { "f.js": framework, "q.js": random(3_000) },
      { "/decks/x/quiz": "/decks/[id]/quiz" },
    );
    const res = checkBundle(
      dir,
      budget({ "/_not-found": { maxKB: 200 }, "/decks/[id]/quiz": { maxKB: 200, maxOverBaselineKB: 25 } }),
    );
    expect(res.problems).toEqual([]);
    expect(res.baselineKB).toBeCloseTo(zlib.gzipSync(framework).length / 1024, 5);
    expect(res.rows.find((r: { pattern: string }) => r.pattern === "/decks/[id]/quiz")!.over).toBeGreaterThan(0);
    expect(formatTable(res)).toContain("| `/decks/[id]/quiz` | 2 |");
  });

  it("fails a route over its absolute budget or over its allowance above the empty page", () => {
    const dir = fakeBuild(
      { "/_not-found": ["f.js"], "/review": ["f.js", "big.js"] },
      { "f.js": random(5_000), "big.js": random(200_000) },
    );
    const res = checkBundle(
      dir,
      budget({ "/_not-found": { maxKB: 1 }, "/review": { maxKB: 1000, maxOverBaselineKB: 25 } }),
    );
    expect(res.problems).toEqual([
      expect.stringMatching(/^\/_not-found: .* budget 1 KB/),
      expect.stringMatching(/^\/review: .* above the empty page, budget 25 KB/),
    ]);
  });

  it("fails when the NLP library reaches a route other than /new, even through a lazy chunk", () => {
    const nlp = `x.preTagger=1;x.toQuotations=2`;
    const chunks = { "f.js": "", "q.js": 'import("static/chunks/nlp.js")', "nlp.js": nlp, "n.js": nlp };
    const dir = fakeBuild({ "/_not-found": ["f.js"], "/progress": ["f.js", "q.js"], "/new": ["f.js", "n.js"] }, chunks);
    const res = checkBundle(
      dir,
      budget({ "/_not-found": { maxKB: 10 }, "/progress": { maxKB: 10 }, "/new": { maxKB: 10 } }),
    );
    expect(res.problems).toEqual([
      expect.stringContaining("/progress: the NLP library (compromise) ships to this route in static/chunks/nlp.js"),
    ]);
  });

  it("fails when a server-only library (the link reader) is in any browser chunk, loaded by a route or not", () => {
    const chunks = {
      "f.js": "",
      "stray.js": 'e.id="readability-page-1"',
      "dom.js": 'throw Error("unable to redefine the same class: "+n)',
    };
    const dir = fakeBuild({ "/_not-found": ["f.js"] }, chunks);
    const res = checkBundle(dir, budget({ "/_not-found": { maxKB: 10 } }));
    expect(res.problems).toEqual([
      expect.stringContaining("static/chunks/dom.js: ships linkedom to the browser"),
      expect.stringContaining("static/chunks/stray.js: ships @mozilla/readability to the browser"),
    ]);
  });

  it("reports a budgeted route missing from the build: a note when pending, a failure otherwise; a route without budget fails", () => {
    const dir = fakeBuild({ "/_not-found": ["f.js"], "/extra": ["f.js"] }, { "f.js": "" });
    const res = checkBundle(
      dir,
      budget({
        "/_not-found": { maxKB: 10 },
        "/new": { maxKB: 10, pending: "branch new" },
        "/progress": { maxKB: 10 },
      }),
    );
    expect(res.notes).toEqual([expect.stringContaining("/new: in the budget but not in this build yet")]);
    expect(res.problems).toEqual([
      expect.stringContaining("/extra: no budget"),
      expect.stringContaining("/progress: has a budget but is not in the build"),
    ]);
  });

  it("measures routes rendered per request from their client reference manifest and build manifest", () => {
    const dir = fakeBuild(
      { "/_not-found": ["f.js"] },
      { "f.js": random(2_000), "l.js": random(60_000), "p.js": random(1_000) },
    );
    const route = path.join(dir, "server/app/local/[id]");
    fs.mkdirSync(path.join(route, "page"), { recursive: true });
    const entry = {
      entryJSFiles: {
        "[project]/app/layout": ["static/chunks/f.js"],
        "[project]/app/local/[id]/page": ["static/chunks/f.js", "static/chunks/l.js"],
      },
    };
    fs.writeFileSync(
      path.join(route, "page_client-reference-manifest.js"),
      `globalThis.__RSC_MANIFEST["/local/[id]/page"] = ${JSON.stringify(entry)};`,
    );
    fs.writeFileSync(
      path.join(route, "page/build-manifest.json"),
      JSON.stringify({ rootMainFiles: ["static/chunks/p.js"], polyfillFiles: ["static/chunks/legacy.js"] }),
    );
    const res = checkBundle(
      dir,
      budget({ "/_not-found": { maxKB: 10 }, "/local/[id]": { maxKB: 100, maxOverBaselineKB: 25 } }),
    );
    const row = res.rows.find((r: { pattern: string }) => r.pattern === "/local/[id]")!;
    expect(row).toMatchObject({ files: 3, dynamic: true });
    expect(res.problems).toEqual([expect.stringMatching(/^\/local\/\[id\]: .* above the empty page, budget 25 KB/)]);
  });

  it("uses markers that are real compromise identifiers, so a rename upstream is noticed", () => {
    const src = fs.readFileSync(path.join(root, "node_modules/compromise/builds/compromise.js"), "utf8");
    for (const marker of budgetFile.nlp.markers) expect(src).toContain(marker);
    expect(budgetFile.nlp.allowedOn).toEqual(["/new"]);
  });

  it("uses server-only markers that are in each library's source", () => {
    expect(budgetFile.serverOnly.libraries.map((l: { name: string }) => l.name)).toEqual([
      "@mozilla/readability",
      "linkedom",
    ]);
    for (const lib of budgetFile.serverOnly.libraries) {
      const src = fs.readFileSync(path.join(root, lib.source), "utf8");
      for (const marker of lib.markers) expect(src).toContain(marker);
    }
  });
});
