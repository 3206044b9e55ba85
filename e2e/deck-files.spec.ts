import fs from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import deck from "../data/decks/london-defence-summit.deck.json";

test("a deck goes to a file and back: download, open on New deck, save, download again", async ({ page }, info) => {
  await page.goto(`/decks/${deck.id}`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the deck file" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${deck.id}.factdeck.json`);
  const file = info.outputPath("deck.json");
  await download.saveAs(file);
  expect(JSON.parse(fs.readFileSync(file, "utf8"))).toEqual(deck);

  // The same file is the built-in deck: New deck says so instead of keeping a second copy.
  await page.goto("/new");
  const input = page.getByLabel("Deck file (.json, at most 5 MB)");
  await input.setInputFiles(file);
  await expect(
    page.getByRole("heading", { level: 2, name: `Preview: ${deck.questions.length} questions` }),
  ).toBeFocused();
  await expect(page.getByText("This article is already a built-in deck")).toBeVisible();

  // A deck from someone else (another id and title) opens, saves, and downloads again from its page.
  const theirs = { ...deck, id: "a-shared-deck-1234", article: { ...deck.article, title: "A deck a friend shared" } };
  const theirsFile = info.outputPath("theirs.json");
  fs.writeFileSync(theirsFile, JSON.stringify(theirs));
  await page.goto("/new");
  await page.getByLabel("Deck file (.json, at most 5 MB)").setInputFiles(theirsFile);
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: `Opened “A deck a friend shared” from theirs.json: ${deck.questions.length} questions.` }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save deck" }).click();
  await page.getByRole("link", { name: "Open the deck" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "A deck a friend shared" })).toBeVisible();
  const [again] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the deck file" }).click(),
  ]);
  const againFile = info.outputPath("again.json");
  await again.saveAs(againFile);
  const saved = JSON.parse(fs.readFileSync(againFile, "utf8"));
  expect(saved.id).toMatch(/^my-/);
  expect({ ...saved, id: theirs.id }).toEqual(theirs);
});

test("a file that is not a deck is refused with the reason, and nothing opens", async ({ page }) => {
  await page.goto("/new");
  const input = page.getByLabel("Deck file (.json, at most 5 MB)");
  const alert = page.getByRole("alert").filter({ hasText: "Nothing was opened." });
  const cases: [string, string, RegExp][] = [
    ["junk.json", "not json", /not valid JSON/],
    ["progress.json", JSON.stringify({ app: "factdeck", formatVersion: 2 }), /progress file, not a deck/],
    [
      "broken.json",
      JSON.stringify({
        ...deck,
        questions: [{ ...deck.questions[0], evidence: { ...deck.questions[0]!.evidence, start: 3 } }],
      }),
      /evidence offsets do not match/,
    ],
  ];
  for (const [name, text, reason] of cases) {
    await input.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    await expect(alert).toContainText(reason);
    await expect(page.getByRole("heading", { name: /^Preview:/ })).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
});
