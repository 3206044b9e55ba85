import { test, expect } from "./fixtures";

// Issue 13, item 15: Reset also reset "New cards per day" without saying so; a negative value silently became 0.

test("a limit below 0 is refused with a message, and Reset says it sets the limit back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  const box = page.getByLabel("New cards per day");
  await box.fill("35");
  await expect(box).toHaveValue("35");
  await box.fill("-5");
  await expect(
    page.getByText("New cards per day is a whole number from 0 to 9999; it stays 35 until then."),
  ).toBeVisible();
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(box).toHaveValue("-5");
  expect(
    await page.evaluate(() => JSON.parse(localStorage.getItem("factdeck")!).state.cards.settings.dailyNewLimit),
  ).toBe(35);
  await box.fill("12");
  await expect(page.getByText(/is a whole number from 0 to 9999/)).toHaveCount(0);
  await expect(page.getByText("and sets New cards per day back to 20.")).toBeVisible();
});
