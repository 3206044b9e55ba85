// Issue 12, items 16–18: what a deck file may hold, one definition for deck files and the New deck form.
import { describe, expect, it } from "vitest";
import { deckSchema } from "@/lib/schemas/deck";
import { formToInput } from "@/lib/create/form";
import { fixtureDeck } from "../fixtures/deck";

const withArticle = (article: object) => ({ ...fixtureDeck, article: { ...fixtureDeck.article, ...article } });

describe("deck files", () => {
  it.each(["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.com/a", "JAVASCRIPT:alert(1)"])(
    "a source URL %s is refused",
    (url) => {
      expect(deckSchema.safeParse(withArticle({ url })).success).toBe(false);
    },
  );

  it.each(["https://example.com/news/1", "http://example.com"])("a source URL %s is accepted", (url) => {
    expect(deckSchema.safeParse(withArticle({ url })).success).toBe(true);
  });

  it.each(["2025-02-31", "0000-00-00", "2025-13-01", "2025-02-29"])(
    "an impossible publication date %s is refused",
    (publishedAt) => {
      expect(deckSchema.safeParse(withArticle({ publishedAt })).success).toBe(false);
    },
  );

  it("a real date, 29 February of a leap year included, is accepted", () => {
    expect(deckSchema.safeParse(withArticle({ publishedAt: "2024-02-29" })).success).toBe(true);
  });

  it("two questions sharing an id are refused", () => {
    const deck = structuredClone(fixtureDeck);
    deck.questions[1]!.id = deck.questions[0]!.id;
    expect(deckSchema.safeParse(deck).success).toBe(false);
  });

  it("an ordering question without choices, or without items, is refused", () => {
    const i = fixtureDeck.questions.findIndex((q) => q.type === "ordering");
    for (const drop of ["choices", "items"] as const) {
      const deck = structuredClone(fixtureDeck);
      delete deck.questions[i]![drop];
      expect(deckSchema.safeParse(deck).success, drop).toBe(false);
    }
  });
});

describe("the New deck form", () => {
  it("refuses an impossible date with the same rule as deck files", () => {
    const form = { title: "A title", source: "", publishedAt: "2025-02-31", text: fixtureDeck.article.text };
    expect(formToInput(form)).toMatchObject({ ok: false, errors: { publishedAt: expect.stringMatching(/real date/) } });
  });
});

describe("titles (item 20)", () => {
  it.each([
    ["only a zero-width space", "\u200b"],
    ["only spaces and a soft hyphen", "  \u00ad "],
    ["a right-to-left override", "Summit \u202eevil"],
    ["an isolate", "\u2067x\u2069"],
    ["only a Hangul filler", "\u3164"],
    ["only blank Braille", "\u2800\u2800"],
    ["only variation selectors and a joiner", "\ufe0f\u034f\u200d"],
    ["only a combining accent", "\u0301"],
    ["a no-break space and a word joiner", "\u00a0\u2060"],
  ])("%s: refused in a deck file and on the New deck form", (_, title) => {
    expect(deckSchema.safeParse(withArticle({ title })).success).toBe(false);
    expect(formToInput({ title, source: "", publishedAt: "", text: fixtureDeck.article.text })).toMatchObject({
      ok: false,
      errors: { title: expect.any(String) },
    });
  });

  it("right-to-left letters are fine", () => {
    expect(deckSchema.safeParse(withArticle({ title: "قمة لندن" })).success).toBe(true);
    // Accents and emoji with their selectors are visible.
    for (const title of ["Cafe\u0301 summit", "Summit \u2764\ufe0f", "한국 정상회담"])
      expect(deckSchema.safeParse(withArticle({ title })).success).toBe(true);
  });
});
