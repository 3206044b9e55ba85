import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

/** Every prerendered HTML page of the build under test (pages only: no icons, no internal error pages). */
function prerenderedPages(): string[] {
  const manifest = path.join(process.cwd(), ".next", "prerender-manifest.json");
  const routes = Object.keys(JSON.parse(fs.readFileSync(manifest, "utf8")).routes as Record<string, unknown>);
  return routes.filter((r) => !r.startsWith("/_") && !/\.\w+$/.test(r)).sort();
}

const pages = prerenderedPages();
const deckPage = pages.find((p) => /^\/decks\/[^/]+$/.test(p));
const missingPage = "/decks/no-such-deck-id/nowhere";

/** Records CSP violations seen by the page itself, from before its first script runs. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const logged: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Permissions-Policy|Refused to/i.test(msg.text())) logged.push(msg.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...logged];
}

// Worked out here, apart from scripts/csp-style-hashes.mjs, which writes the hashes this checks.
const styleElements = (html: string) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
const hashSource = (text: string) => `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

test("the production build has pages to check", () => {
  expect(pages).toContain("/");
  expect(deckPage, "a prerendered deck page").toBeTruthy();
});

for (const [label, url, status] of [
  ["home", "/", 200],
  ["deck page", deckPage ?? "/", 200],
  ["404 page", missingPage, 404],
] as const) {
  test(`the ${label} is sent with the security headers`, async ({ request }) => {
    const res = await request.get(url);
    expect(res.status()).toBe(status);
    const h = res.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("no-referrer");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["cross-origin-opener-policy"]).toBe("same-origin");
    expect(h["x-powered-by"]).toBeUndefined();
    for (const feature of [
      "camera",
      "microphone",
      "geolocation",
      "payment",
      "usb",
      "interest-cohort",
      "browsing-topics",
    ]) {
      expect(h["permissions-policy"]).toContain(`${feature}=()`);
    }
    const csp = directives(h["content-security-policy"] ?? "");
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    // Styles: our files, and the CSS inlined in the page allowed by hash only (never 'unsafe-inline').
    const [self, ...hashes] = csp.get("style-src") ?? [];
    expect(self).toBe("'self'");
    for (const source of hashes) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    const styles = styleElements(await res.text());
    if (status === 200) expect(styles.length, "the page's CSS is inlined").toBeGreaterThan(0);
    for (const text of styles) expect(hashes).toContain(hashSource(text));
  });
}

test("static assets are sent with nosniff and the policy too", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const chunk = html.match(/\/_next\/static\/chunks\/[\w.-]+\.js/)?.[0];
  expect(chunk, "a script chunk linked from the home page").toBeTruthy();
  const res = await request.get(chunk!);
  expect(res.status()).toBe(200);
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["content-security-policy"]).toContain("object-src 'none'");
});

for (const url of [...pages, missingPage]) {
  test(`no CSP violation on ${url}`, async ({ page }) => {
    const violations = await watchCsp(page);
    const res = await page.goto(url);
    expect(res?.status()).toBe(url === missingPage ? 404 : 200);
    await page.waitForLoadState("load");
    // Hydration ran (the inline bootstrap scripts were allowed): Next's client router is up.
    await expect.poll(() => page.evaluate(() => "__next_f" in window && document.readyState)).toBe("complete");
    expect(await violations()).toEqual([]);
  });
}

test("the policy really blocks eval and foreign styles, and the watcher sees it", async ({ browser }) => {
  // A bare page, outside the fixture (whose console guard would fail on the violations provoked here).
  const page = await browser.newPage();
  try {
    const violations = await watchCsp(page);
    await page.goto("/");
    // A string timer is compiled by the page itself, so CSP applies (code passed to evaluate() is exempt).
    // A function timer of the same delay set right after it runs after it, had it been allowed to run
    // (timers of equal delay fire in the order they were set): once that one has fired, the title tells.
    const title = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          setTimeout("document.title = 'eval ran'", 0);
          setTimeout(() => resolve(document.title), 0);
        }),
    );
    expect(title).not.toBe("eval ran");
    await page.evaluate(() =>
      document.head.append(Object.assign(document.createElement("style"), { textContent: "p{}" })),
    );
    await expect
      .poll(violations)
      .toEqual(
        expect.arrayContaining([expect.stringContaining("script-src"), expect.stringContaining("style-src-elem")]),
      );
  } finally {
    await page.close();
  }
});

test("/favicon.ico, which browsers ask for on their own, is an icon and not a 404", async ({ request }) => {
  const res = await request.get("/favicon.ico");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^image\//);
  const body = await res.body();
  // An ICO header (reserved 0, type 1) with one image.
  expect([...body.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
});
