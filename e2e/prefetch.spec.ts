import { test, expect } from "./fixtures";

// Links fetch their page ahead only when someone reaches for them (components/ui/app-link.tsx).
const routeRequests = (urls: string[]) => urls.filter((u) => /[?&]_rsc=/.test(u)).map((u) => new URL(u).pathname);

test("a page fetches no other page while it loads; hovering or focusing a link fetches that one", async ({ page }) => {
  const seen: string[] = [];
  page.on("request", (req) => seen.push(req.url()));
  await page.goto("/");
  const deckLink = page.getByRole("link", { name: /Ukraine/ }).first();
  const href = (await deckLink.getAttribute("href"))!;
  await page.waitForLoadState("networkidle");
  expect(routeRequests(seen)).toEqual([]);

  await deckLink.hover();
  await expect.poll(() => routeRequests(seen)).toContain(href);

  await page.getByRole("link", { name: "Progress" }).focus();
  await expect.poll(() => routeRequests(seen)).toContain("/progress");

  // Still a client-side navigation: the document is not requested again.
  const documents = () => seen.filter((u) => new URL(u).pathname === href && !/_rsc=/.test(u));
  await deckLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ukraine");
  expect(documents()).toEqual([]);
});
