// `npm run lighthouse`: Lighthouse 12 (mobile preset: the default config, simulated slow 4G and a mid-range
// phone CPU) on every prerendered page of the production build, served locally by `next start`.
// Writes docs/lighthouse.md and the figures block in docs/performance.md. Not part of `npm test` (timing varies).
// Env: CHROME_PATH (default /usr/bin/chromium), LH_PORT (default 3210), LH_RUNS (runs per page, default 3),
// LH_PAGES (comma-separated paths instead of every page).
// Saved-deck pages (/decks/my-…) exist only in a browser that saved a deck: the script makes one the way a user
// does (paste an article on /new, generate, save) and audits its three pages without clearing storage.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.LH_PORT ?? 3210);
const runs = Math.max(1, Number(process.env.LH_RUNS ?? 3));
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const next = path.join(root, "node_modules/next/dist/bin/next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** Prerendered pages (no icons, no internal error pages; Lighthouse refuses a 404), or those in $LH_PAGES. */
function pages() {
  if (process.env.LH_PAGES) return process.env.LH_PAGES.split(",");
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/prerender-manifest.json"), "utf8"));
  return Object.keys(manifest.routes)
    .filter((r) => !r.startsWith("/_") && !/\.\w+$/.test(r))
    .sort();
}

async function waitFor(url, ms = 60_000) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 300))) {
    try {
      await fetch(url);
      return;
    } catch {
      /* not up yet */
    }
  }
  throw new Error(`the server did not answer at ${url} within ${ms / 1000} s`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Saves a deck in the audit browser through /new, as a user would; returns the saved deck's address. */
async function saveDeck(chrome, base) {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
  const page = await browser.newPage();
  try {
    const text = fs.readFileSync(path.join(root, "tests/fixtures/articles/unseen-glacier.txt"), "utf8");
    const [title, ...body] = text.split("\n");
    await page.goto(`${base}/new`, { waitUntil: "networkidle0" });
    await page.locator("::-p-aria(Title)").fill(title.trim());
    await page.locator("::-p-aria(Article text)").fill(body.join("\n").trim());
    await page.locator("::-p-aria(Generate questions)").click();
    await page.locator("::-p-aria(Save deck)").setTimeout(60_000).click();
    const open = await page.locator("::-p-aria(Open the deck)").setTimeout(30_000).waitHandle();
    return new URL(await open.evaluate((a) => a.href)).pathname;
  } finally {
    await page.close();
    await browser.disconnect();
  }
}

/** One Lighthouse pass over `url` with only `categories`; a failed trace is retried (twice at most). */
async function pass(chrome, url, categories, keepStorage, attempt = 1) {
  const { lhr } = await lighthouse(url, {
    port: chrome.port,
    disableStorageReset: keepStorage,
    output: "json",
    logLevel: "error",
    onlyCategories: categories,
  });
  // Trace recording sometimes fails on a busy machine (NO_NAVSTART, NO_FCP): Lighthouse itself says to run again.
  if (lhr.runtimeError && attempt < 3) return pass(chrome, url, categories, keepStorage, attempt + 1);
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

/**
 * Performance is measured in a pass of its own, then accessibility and best practices in a second one:
 * the gatherers those two categories add watch the page while it loads, and on this machine they raised the
 * blocking time Lighthouse reports by a half (e.g. /review: 220–260 ms alone, 390–420 ms with them).
 */
async function audit(chrome, url, keepStorage = false) {
  const perf = await pass(chrome, url, ["performance"], keepStorage);
  const rest = await pass(chrome, url, ["accessibility", "best-practices"], keepStorage);
  const score = (lhr, c) => Math.round(lhr.categories[c].score * 100);
  const failed = Object.values(rest.audits)
    .filter((a) => a.score !== null && a.score < 1 && ["binary", "numeric"].includes(a.scoreDisplayMode))
    .filter((a) =>
      rest.categories.accessibility.auditRefs
        .concat(rest.categories["best-practices"].auditRefs)
        .some((r) => r.id === a.id && r.weight > 0),
    )
    .map((a) => a.id);
  return {
    performance: score(perf, "performance"),
    accessibility: score(rest, "accessibility"),
    bestPractices: score(rest, "best-practices"),
    lcp: perf.audits["largest-contentful-paint"].numericValue,
    tbt: perf.audits["total-blocking-time"].numericValue,
    cls: perf.audits["cumulative-layout-shift"].numericValue,
    // Lighthouse's CPU benchmark of this machine during the run: low when other work shares the cores.
    benchmarkIndex: perf.environment.benchmarkIndex,
    failed,
  };
}

function table(results) {
  const rows = results.map(
    (r) =>
      `| \`${r.page}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${(r.lcp / 1000).toFixed(2)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} |`,
  );
  return [
    "| page | performance | accessibility | best practices | LCP | TBT | CLS |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}

async function main() {
  if (!fs.existsSync(chromePath))
    throw new Error(`no Chromium at ${chromePath}: install Debian's chromium or set CHROME_PATH`);
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
    console.log("No production build: running next build first…");
    for (const args of [[next, "build"], ["scripts/csp-style-hashes.mjs"]]) {
      if (spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env }).status !== 0) process.exit(1);
    }
  }
  const server = spawn(process.execPath, [next, "start", "-p", String(port)], { cwd: root, env, stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const results = [];
  try {
    await waitFor(base);
    const measure = async (page, keepStorage) => {
      const all = [];
      for (let i = 0; i < runs; i++) all.push(await audit(chrome, base + page, keepStorage));
      // The run with the median performance score stands for the page; its other figures come with it.
      const mid = all.find((r) => r.performance === median(all.map((x) => x.performance)));
      results.push({ page, ...mid });
      console.log(
        `${page}: LCP ${Math.round(mid.lcp)} ms, TBT ${Math.round(mid.tbt)} ms, performance ${mid.performance}, accessibility ${mid.accessibility}, best practices ${mid.bestPractices}${mid.failed.length ? ` (failing: ${mid.failed.join(", ")})` : ""}`,
      );
    };
    // Each of these audits starts from empty storage (a first visit)...
    for (const page of pages()) await measure(page, false);
    // ...then the pages of a deck saved in this browser, which exist only while it is kept.
    if (!process.env.LH_PAGES) {
      const saved = await saveDeck(chrome, base);
      for (const page of [saved, `${saved}/quiz`, `${saved}/review`]) await measure(page, true);
    }
  } finally {
    await chrome.kill();
    server.kill();
  }
  const version = JSON.parse(fs.readFileSync(path.join(root, "node_modules/lighthouse/package.json"), "utf8")).version;
  const chromium = spawnSync(chromePath, ["--version"], { encoding: "utf8" }).stdout.trim();
  const when = new Date().toISOString().slice(0, 10);
  const bench = Math.round(median(results.map((r) => r.benchmarkIndex)));
  const about = `Lighthouse ${version}, mobile preset (simulated throttling), ${chromium}, production build served by \`next start\`; median of ${runs} run(s) per page, ${when}; CPU benchmark index ${bench} (TBT grows as it falls: on a shared 2-core machine it varies run to run).`;
  const body = `${table(results)}\n\n${about}`;
  const failing = results.filter((r) => r.failed.length).map((r) => `- \`${r.page}\`: ${r.failed.join(", ")}`);
  fs.mkdirSync(path.join(root, "docs"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "docs/lighthouse.md"),
    `# Lighthouse\n\nWritten by \`npm run lighthouse\` (scripts/lighthouse.mjs). Targets: performance ≥ 95, accessibility and best practices 100.\n\n${body}\n${failing.length ? `\nAccessibility and best-practice audits not passed:\n\n${failing.join("\n")}\n` : ""}`,
  );
  const doc = path.join(root, "docs", "performance.md");
  const text = fs.readFileSync(doc, "utf8");
  const block = /(<!-- lighthouse:start -->)[\s\S]*?(<!-- lighthouse:end -->)/;
  if (block.test(text))
    fs.writeFileSync(
      doc,
      text.replace(block, (_, a, b) => `${a}\n${body}\n${b}`),
    );
  console.log(`\nWrote docs/lighthouse.md${block.test(text) ? " and the figures in docs/performance.md" : ""}.`);
  const below = results.filter((r) => r.performance < 95 || r.accessibility < 100 || r.bestPractices < 100);
  if (below.length) console.log(`Below target: ${below.map((r) => r.page).join(", ")}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
