// `node scripts/csp-style-hashes.mjs`, run right after `next build` (npm run build does).
// With `experimental.inlineCss`, each page's CSS is inlined in its HTML as one <style> element (no
// render-blocking stylesheet request, so the page paints from the HTML alone). The CSP still refuses
// inline styles in general: this step lists the exact texts the build inlines, by SHA-256, in the CSP's
// style-src (and those of any other <style> in a prerendered page: Next's own error page has one).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath } from "node:url";

/** `'sha256-…'` of a style element's text, as CSP hash sources are written. */
export const hashSource = (text) => `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * Every text Next inlines as one <style>, read from the client reference manifests' `entryCSSFiles`
 * (a segment's inlined CSS files, joined in order), each file alone too.
 */
export function inlinedStyleTexts(manifests) {
  const texts = new Set();
  for (const route of Object.values(manifests)) {
    for (const files of Object.values(route.entryCSSFiles ?? {})) {
      const inlined = files.filter((f) => f.inlined && typeof f.content === "string");
      if (inlined.length === 0) continue;
      texts.add(inlined.map((f) => f.content).join(""));
      for (const f of inlined) texts.add(f.content);
    }
  }
  return [...texts].sort();
}

/** `csp` with its style-src directive set to 'self' plus `hashes` (any earlier hashes replaced). */
export function withStyleHashes(csp, hashes) {
  const directives = csp
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean);
  const i = directives.findIndex((d) => d.split(/\s+/)[0] === "style-src");
  if (i === -1) throw new Error("the CSP has no style-src directive");
  if (directives[i].includes("'unsafe-inline'"))
    throw new Error("style-src allows 'unsafe-inline': hashes would be ignored");
  const kept = directives[i].split(/\s+/).filter((s) => !s.startsWith("'sha256-"));
  directives[i] = [...kept, ...hashes].join(" ");
  return directives.join("; ");
}

/** The text of each <style> element in an HTML page. */
export function styleElements(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
}

function readManifests(appDir) {
  const sandbox = {};
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  for (const file of walk(appDir).filter((f) => f.endsWith("_client-reference-manifest.js"))) {
    vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox, { filename: file });
  }
  return sandbox.__RSC_MANIFEST ?? {};
}

function walk(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function main() {
  const nextDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", ".next");
  const appDir = path.join(nextDir, "server", "app");
  const texts = inlinedStyleTexts(readManifests(appDir));
  // The prerendered pages may hold inline styles of Next's own too (its built-in error page does).
  const fromManifests = new Set(texts.map(hashSource));
  const extra = new Set();
  for (const f of walk(appDir).filter((x) => x.endsWith(".html"))) {
    for (const t of styleElements(fs.readFileSync(f, "utf8"))) if (!fromManifests.has(hashSource(t))) extra.add(t);
  }
  const hashes = [...fromManifests, ...[...extra].map(hashSource)];
  const manifestPath = path.join(nextDir, "routes-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
  let changed = 0;
  for (const rule of manifest.headers ?? []) {
    for (const h of rule.headers) {
      if (h.key.toLowerCase() !== "content-security-policy") continue;
      h.value = withStyleHashes(h.value, hashes);
      changed++;
    }
  }
  if (changed === 0) throw new Error("no Content-Security-Policy header in .next/routes-manifest.json");
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  console.log(
    `csp-style-hashes: ${fromManifests.size} inlined CSS texts and ${extra.size} other inline style(s) of prerendered pages allowed by hash in ${changed} CSP header(s).`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    main();
  } catch (e) {
    console.error(`csp-style-hashes: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
