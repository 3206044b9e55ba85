// `node scripts/check-bundle.mjs [--readme]`: the gzipped JavaScript each prerendered route loads, read from the
// production build (.next), checked against bundle-budget.json. Bytes are deterministic for a given build,
// so this runs in CI right after `next build`. Also fails when the NLP library ships to a route other than
// the ones allowed (its marker strings found in a chunk the route loads, eagerly or lazily), and when a
// server-only library (budget.serverOnly) is found in any browser chunk at all.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const CHUNK = /(?:\/_next\/)?static\/chunks\/[\w.~-]+\.js/g;

/** Chunk paths (relative to .next/) a page's HTML loads at start-up; `noModule` legacy scripts excluded. */
export function initialChunks(html) {
  const legacy = new Set(
    [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*\bnoModule\b[^>]*>/gi)].map((m) => norm(m[1])),
  );
  return [...new Set([...html.matchAll(CHUNK)].map((m) => norm(m[0])))].filter((c) => !legacy.has(c)).sort();
}

const norm = (p) => p.replace(/^\/?_next\//, "").replace(/^\//, "");

/** Chunks reachable from `start` through chunk paths named inside chunks (lazy imports), excluding `start`. */
export function lazyChunks(start, read) {
  const seen = new Set(start);
  const queue = [...start];
  while (queue.length) {
    for (const m of read(queue.pop()).matchAll(CHUNK)) {
      const c = norm(m[0]);
      if (seen.has(c)) continue;
      seen.add(c);
      queue.push(c);
    }
  }
  return [...seen].filter((c) => !start.includes(c)).sort();
}

/** Each prerendered HTML route of a build: `{ route, pattern, html }`, pattern being the source route. */
export function prerenderedRoutes(nextDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(nextDir, "prerender-manifest.json"), "utf8"));
  const out = [];
  for (const [route, info] of Object.entries(manifest.routes)) {
    const file = path.join(nextDir, "server", "app", `${route === "/" ? "/index" : route}.html`);
    if (fs.existsSync(file)) out.push({ route, pattern: info.srcRoute ?? route, html: fs.readFileSync(file, "utf8") });
  }
  return out;
}

/**
 * Routes rendered per request (not prerendered), with the chunks their page loads at start-up, read from the
 * route's client reference manifest (what Next puts in the page's script tags) and its build manifest.
 */
export function dynamicRoutes(nextDir, prerenderedPatterns) {
  const appDir = path.join(nextDir, "server", "app");
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === "page_client-reference-manifest.js") {
        const rel = path
          .relative(appDir, dir)
          .split(path.sep)
          .filter((s) => s && !/^\(.*\)$/.test(s));
        const pattern = `/${rel.join("/")}`;
        if (prerenderedPatterns.has(pattern) || rel.some((s) => s.startsWith("_"))) continue;
        const sandbox = { globalThis: { __RSC_MANIFEST: {} } };
        new Function("globalThis", fs.readFileSync(full, "utf8"))(sandbox.globalThis);
        const entry = Object.values(sandbox.globalThis.__RSC_MANIFEST)[0] ?? {};
        const build = JSON.parse(fs.readFileSync(path.join(dir, "page", "build-manifest.json"), "utf8"));
        const chunks = new Set([...(build.rootMainFiles ?? []), ...Object.values(entry.entryJSFiles ?? {}).flat()]);
        out.push({ route: pattern, pattern, chunks: [...chunks].sort() });
      }
    }
  };
  if (fs.existsSync(appDir)) walk(appDir);
  return out;
}

/** Measures every route and checks it: `{ rows, problems, notes }` (problems fail the check). */
export function checkBundle(nextDir, budget) {
  const cache = new Map();
  const read = (c) => {
    if (!cache.has(c))
      cache.set(c, fs.existsSync(path.join(nextDir, c)) ? fs.readFileSync(path.join(nextDir, c), "utf8") : "");
    return cache.get(c);
  };
  const gz = (c) => zlib.gzipSync(read(c)).length;
  const problems = [];
  const notes = [];
  const byPattern = new Map();
  for (const r of prerenderedRoutes(nextDir)) {
    const chunks = initialChunks(r.html);
    for (const c of chunks)
      if (!fs.existsSync(path.join(nextDir, c))) problems.push(`${r.route}: loads ${c}, which is not in the build`);
    const bytes = chunks.reduce((n, c) => n + gz(c), 0);
    const prev = byPattern.get(r.pattern);
    // A dynamic route is as heavy as its heaviest prerendered instance.
    if (!prev || bytes > prev.bytes) byPattern.set(r.pattern, { ...r, chunks, bytes, lazy: lazyChunks(chunks, read) });
  }
  for (const r of dynamicRoutes(nextDir, new Set(byPattern.keys()))) {
    const bytes = r.chunks.reduce((n, c) => n + gz(c), 0);
    byPattern.set(r.pattern, { ...r, bytes, lazy: lazyChunks(r.chunks, read), dynamic: true });
  }
  const baseline = byPattern.get(budget.baseline)?.bytes;
  if (baseline === undefined) problems.push(`baseline route ${budget.baseline} is not in the build`);
  const rows = [];
  for (const [pattern, m] of [...byPattern].sort(([a], [b]) => a.localeCompare(b))) {
    const b = budget.routes[pattern];
    const kb = m.bytes / 1024;
    const over = baseline === undefined ? NaN : (m.bytes - baseline) / 1024;
    const found = [];
    const fail = (status, message) => found.push({ status, message: `${pattern}: ${message}` });
    if (!b) fail("NO BUDGET", "no budget in bundle-budget.json; add one");
    else if (kb > b.maxKB) fail("OVER", `${kb.toFixed(1)} KB gzipped JS, budget ${b.maxKB} KB`);
    else if (b.maxOverBaselineKB !== undefined && over > b.maxOverBaselineKB)
      fail("OVER", `${over.toFixed(1)} KB above the empty page, budget ${b.maxOverBaselineKB} KB`);
    const allowed = (budget.nlp?.allowedOn ?? []).includes(pattern);
    const shipped = [...m.chunks, ...m.lazy].filter((c) =>
      (budget.nlp?.markers ?? []).some((s) => read(c).includes(s)),
    );
    if (shipped.length && !allowed)
      fail("NLP", `the NLP library (compromise) ships to this route in ${shipped.join(", ")}`);
    problems.push(...found.map((f) => f.message));
    const status = found.map((f) => f.status).join(", ") || "ok";
    rows.push({
      pattern,
      route: m.route,
      files: m.chunks.length,
      kb,
      over,
      budget: b,
      status,
      nlp: shipped.length > 0,
      dynamic: Boolean(m.dynamic),
    });
  }
  // Server-only libraries (the link reader): their markers in any browser chunk, loaded by a route or not, fail.
  const chunkDir = path.join(nextDir, "static", "chunks");
  const browserChunks = fs.existsSync(chunkDir)
    ? fs
        .readdirSync(chunkDir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith(".js"))
        .sort()
    : [];
  for (const file of browserChunks) {
    const text = read(path.join("static", "chunks", file));
    for (const lib of budget.serverOnly?.libraries ?? []) {
      const marker = lib.markers.find((m) => text.includes(m));
      if (marker)
        problems.push(
          `static/chunks/${file}: ships ${lib.name} to the browser (found "${marker}"); it must run on the server only`,
        );
    }
  }
  for (const [pattern, b] of Object.entries(budget.routes)) {
    if (byPattern.has(pattern)) continue;
    if (b.pending) notes.push(`${pattern}: in the budget but not in this build yet (pending: ${b.pending})`);
    else problems.push(`${pattern}: has a budget but is not in the build (a route went missing?)`);
  }
  return { rows, problems, notes, baselineKB: baseline === undefined ? NaN : baseline / 1024 };
}

/** The table printed by the CLI (and written into docs/performance.md with --docs). */
export function formatTable({ rows, baselineKB }) {
  const lines = [
    `| route | JS files | gzipped JS (KB) | over empty page (KB) | budget (KB) | NLP library | status |`,
    `| --- | ---: | ---: | ---: | ---: | --- | --- |`,
  ];
  for (const r of rows) {
    const budget = r.budget
      ? `${r.budget.maxKB}${r.budget.maxOverBaselineKB !== undefined ? ` (+${r.budget.maxOverBaselineKB})` : ""}`
      : "—";
    lines.push(
      `| \`${r.pattern}\`${r.dynamic ? " (dynamic)" : ""} | ${r.files} | ${r.kb.toFixed(1)} | ${r.over >= 0 ? "+" : ""}${r.over.toFixed(1)} | ${budget} | ${r.nlp ? "yes" : "no"} | ${r.status} |`,
    );
  }
  return `Empty page (baseline): ${baselineKB.toFixed(1)} KB gzipped JS\n\n${lines.join("\n")}`;
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const nextDir = path.join(root, ".next");
  if (!fs.existsSync(path.join(nextDir, "prerender-manifest.json"))) {
    console.error("check-bundle: no production build in .next; run `npm run build` first.");
    process.exit(1);
  }
  const budget = JSON.parse(fs.readFileSync(path.join(root, "bundle-budget.json"), "utf8"));
  const result = checkBundle(nextDir, budget);
  console.log(formatTable(result));
  for (const n of result.notes) console.log(`note: ${n}`);
  if (process.argv.includes("--docs")) {
    // Refreshes the figures in docs/performance.md's "Bundle budget" section.
    const doc = path.join(root, "docs", "performance.md");
    const block = /(<!-- bundle:start -->)[\s\S]*?(<!-- bundle:end -->)/;
    fs.writeFileSync(
      doc,
      fs.readFileSync(doc, "utf8").replace(block, (_, a, b) => `${a}\n${formatTable(result)}\n${b}`),
    );
  }
  if (result.problems.length) {
    console.error(`\ncheck-bundle: ${result.problems.length} problem(s):`);
    for (const p of result.problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log("\ncheck-bundle: every route within its budget.");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
