import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateDeck, type ArticleInput } from "@/lib/generate/deck";
import { GenerateError } from "@/lib/generate/errors";
import { parsePlainText } from "@/lib/generate/plain-text";
import { articleSchema, deckSchema } from "@/lib/schemas/deck";
import { findDates } from "@/lib/generate/dates";
import { expectDeckInvariants } from "./invariants";

const root = path.resolve(__dirname, "../..");
const seed = JSON.parse(
  fs.readFileSync(path.join(root, "data/articles/london-defence-summit.json"), "utf8"),
) as ArticleInput;
const deck = generateDeck(seed);
const fixtures = fs.readdirSync(path.join(root, "tests/fixtures/articles")).filter((f) => f.endsWith(".txt"));

describe("the built-in deck", () => {
  it("is exactly what the generator makes now (run `npm run bank` after changing the generator)", () => {
    const checkedIn = fs.readFileSync(path.join(root, "data/decks/london-defence-summit.deck.json"), "utf8");
    expect(checkedIn).toBe(`${JSON.stringify(deck, null, 2)}\n`);
    expect(() => deckSchema.parse(JSON.parse(checkedIn))).not.toThrow();
  });

  // Selected, not every candidate: at most two per sentence, none answering another, trivia refused.
  it("has at least 10 questions of at least four types and keeps the article verbatim", () => {
    expect(deck.questions.length).toBeGreaterThanOrEqual(10);
    expect(new Set(deck.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
    expect(deck.article.text).toBe(seed.text);
    expect(deck.id).toMatch(/^britain-to-let-ukraine[a-z0-9-]*-[0-9a-f]{8}$/);
    expectDeckInvariants(deck);
  });

  it("asks the amount with its equivalent forms and never offers the conversion as a wrong answer", () => {
    const numeric = deck.questions.find((q) => q.type === "numeric" && q.answer === "2.26 billion pounds");
    expect(numeric?.numericValue).toBe(2.26e9);
    expect(numeric?.acceptedAnswers).toEqual(expect.arrayContaining(["2.26 billion", "2,260,000,000", "£2.26bn"]));
    const choice = deck.questions.find((q) => q.type === "multiple-choice" && q.answer === "1.6 billion pounds");
    expect(choice?.choices).toContain("2.26 billion pounds");
    for (const c of choice?.choices ?? []) expect(c).toMatch(/pounds$/);
    expect(choice?.choices?.some((c) => /^2 billion/.test(c))).toBe(false);
  });

  it("attributes quotes, orders the four steps and resolves weekdays against the publication date", () => {
    const said = deck.questions.find((q) => q.type === "who-said");
    expect(said?.answer).toBe("Keir Starmer");
    expect(said?.evidence.sentence).toMatch(/Starmer told/);
    const order = deck.questions.find((q) => q.type === "ordering" && q.items?.length === 4);
    expect(order?.items?.[0]).toMatch(/^to maintain military aid/);
    expect(findDates("gathered in London on Sunday for a summit", "2025-03-03")[0]?.iso).toBe("2025-03-02");
  });

  it("mixes true and false statements, and a false one differs from its evidence", () => {
    const tf = deck.questions.filter((q) => q.type === "true-false");
    expect(tf.filter((q) => q.answer === "False").length).toBeGreaterThanOrEqual(Math.floor(tf.length / 3));
    for (const q of tf.filter((x) => x.answer === "False"))
      expect(q.evidence.sentence).not.toContain(q.prompt.replace(/^True or false\? /, ""));
  });

  it("is deterministic", () => {
    expect(generateDeck(seed)).toEqual(deck);
  });
});

describe("other articles", () => {
  it.each(fixtures)("%s makes a valid deck", (file) => {
    const input = parsePlainText(fs.readFileSync(path.join(root, "tests/fixtures/articles", file), "utf8"));
    const d = generateDeck(input);
    expect(d.questions.length).toBeGreaterThanOrEqual(6);
    expectDeckInvariants(d);
  });
});

describe("unusable input", () => {
  const cases: [string, string, RegExp][] = [
    ["empty text", "  \n ", /empty/],
    ["text too short", "Leaders met in London on Sunday.", /too short/],
    ["binary junk", "\u0000\u0001\u0002PNG\u0000".repeat(40), /binary/],
    [
      "non-English text",
      "Европейские лидеры собрались в Лондоне в воскресенье, чтобы обсудить мирный план для Украины. ".repeat(5),
      /English/,
    ],
    [
      "non-English Latin text",
      "Los líderes europeos se reunieron en Londres el domingo para hablar de un plan de paz para Ucrania y de la ayuda militar. ".repeat(
        4,
      ),
      /English/,
    ],
  ];
  it.each(cases)("%s throws a one-line GenerateError", (_, text, reason) => {
    expect(() => generateDeck({ title: "T", text })).toThrow(GenerateError);
    expect(() => generateDeck({ title: "T", text })).toThrow(reason);
    try {
      generateDeck({ title: "T", text });
    } catch (e) {
      expect((e as Error).message).not.toContain("\n");
    }
  });

  it("gives up quickly on a run-on text with no sentence ends", () => {
    const text = "the leaders said that London and Paris agreed on 5,000 missiles ".repeat(600);
    expect(() => generateDeck({ title: "T", text })).toThrow(/No questions/);
  }, 20_000);

  it("rejects an invalid title with a GenerateError", () => {
    expect(() => generateDeck({ title: "", text: seed.text })).toThrow(GenerateError);
  });

  // The input schema is the deck format's article schema: what a saved deck would refuse, the generator refuses
  // first, saying which field and why in describeIssue's words.
  it.each([
    ["a title with nothing visible", { title: "\u200b" }, "title: A title needs a visible character."],
    ["a title with a direction override", { title: "a\u202eb" }, "title: A title cannot hold text-direction controls."],
    ["a link that is not http(s)", { url: "javascript:alert(1)" }, "url: Use an http(s) address."],
    [
      "a date that is not on the calendar",
      { publishedAt: "2025-02-31" },
      "publishedAt: Use a real date like 2025-03-03.",
    ],
  ])("refuses %s as the deck format does", (_, change, reason) => {
    const input = { ...seed, ...change };
    expect(() => generateDeck(input)).toThrow(new GenerateError(`Invalid article: ${reason}`));
    expect(articleSchema.safeParse(input).success).toBe(false);
  });
});

describe("the title and source", () => {
  it("are trimmed before the deck id is made from the title", () => {
    const padded = generateDeck({ ...seed, title: `  ${seed.title}\n`, source: " Xinhua  " });
    expect(padded.article.title).toBe(seed.title);
    expect(padded.article.source).toBe("Xinhua");
    expect(padded.id).toBe(deck.id);
  });
});
