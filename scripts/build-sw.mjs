// `node scripts/build-sw.mjs`, run after `next build` and the CSP step (npm run build does): builds the service
// worker (app/sw.ts) into public/sw.js with Serwist, the list of files to keep offline written into it. The list
// is read from the finished build, so it names exactly the files this build serves; each entry carries a hash
// of its file (or the build id), and the browser installs a new service worker only when one of them changed.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The saved-deck shells (lib/offline/paths.ts, OFFLINE_SHELLS): pages rendered per request, kept by URL. */
export const SHELLS = ["/decks/my-offline-shell", "/decks/my-offline-shell/quiz", "/decks/my-offline-shell/review"];

/** The `<link rel="icon">` addresses of a page (Next adds a version to the icon's URL: kept as written). */
export function iconLinks(html) {
  return [...html.matchAll(/<link\b[^>]*\brel="icon"[^>]*>/g)]
    .map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1])
    .filter((h) => h?.startsWith("/"));
}

/**
 * Serwist's options for this app: `serwistConfig` is @serwist/next's helper, which adds the Next.js build layout.
 * `icons` are the pages' icon links (iconLinks), kept under the exact URL the pages ask for.
 */
export function swOptions(serwistConfig, buildId, icons = []) {
  return serwistConfig({
    swSrc: "app/sw.ts",
    swDest: "public/sw.js",
    // All of the build's static files (scripts, styles, the generator's worker, media), whatever their extension;
    // the icons in public/; the files route handlers prerendered (the manifest, the built-in decks' files).
    // Prerendered pages are added by @serwist/next (precachePrerendered).
    globPatterns: [".next/static/**/*", "public/**/*", ".next/server/app/**/*.body"],
    additionalPrecacheEntries: [...SHELLS, ...icons].map((url) => ({ url, revision: buildId })),
    manifestTransforms: [
      // A prerendered route handler's output is kept at its URL: `.next/server/app/x/deck.json.body` → `/x/deck.json`.
      (entries) => ({ manifest: entries.map((e) => ({ ...e, url: e.url.replace(/\.body$/, "") })), warnings: [] }),
    ],
    // Every file of the build is fetched once at install: the largest (the generator's language library) is
    // well under this, which only guards against an accident.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  process.chdir(root);
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const buildId = fs.readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8").trim();
  const [{ serwist }, { runBuildCommand }] = await Promise.all([
    import("@serwist/next/config"),
    import("@serwist/cli"),
  ]);
  const icons = iconLinks(fs.readFileSync(path.join(root, ".next", "server", "app", "index.html"), "utf8"));
  await runBuildCommand({ config: await swOptions(serwist, buildId, icons), watch: false });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
