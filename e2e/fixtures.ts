import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/**
 * Every spec uses this `test`: it fails a test whose page logged a console error or a hydration
 * warning, or sent any request beyond the app's own origin.
 */
export const test = base.extend<{ pageGuards: void; expectedConsoleError: RegExp | null }>({
  // Console errors a spec expects and names (e2e/offline.spec.ts: requests that fail with the network off).
  expectedConsoleError: [null, { option: true }],
  pageGuards: [
    async ({ page, baseURL, expectedConsoleError }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      // A page that is meant to be a 404 logs its own status; that is not a fault.
      const notFoundDocuments = new Set<string>();
      page.on("response", (res) => {
        if (res.request().resourceType() === "document" && res.status() === 404) notFoundDocuments.add(res.url());
      });
      page.on("console", (msg) => {
        const text = msg.text();
        const where = msg.location().url;
        if (notFoundDocuments.has(where) && /status of 404/.test(text)) return;
        if (msg.type() === "error" && expectedConsoleError?.test(text)) return;
        if (msg.type() === "error" || /hydrat/i.test(text)) problems.push(`console ${msg.type()}: ${text} (${where})`);
      });
      page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
      page.on("request", (req) => {
        const url = req.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) problems.push(`request left the origin: ${url}`);
      });
      await use();
      expect(problems, "console errors, hydration warnings or foreign requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe on the page as it is now and asserts no violations (WCAG 2.x A/AA and best practice). */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}
