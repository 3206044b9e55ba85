import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/generate/tokens";
import { parsePlainText } from "@/lib/generate/plain-text";
import { checkUsableText } from "@/lib/generate/input-check";
import { GenerateError } from "@/lib/generate/errors";
import { givesAway, sameThing } from "@/lib/generate/equivalence";
import { hash32, hashOrder, slugify } from "@/lib/generate/hash";

describe("tokenize", () => {
  it("gives words with exact offsets and compromise's tags", () => {
    const s = 'On Saturday, Zelensky met Keir Starmer at 10 Downing Street, "worked".';
    const tokens = tokenize(s);
    for (const t of tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === "Starmer")?.tags.has("Person")).toBe(true);
  });

  it("returns no tokens for blank text", () => {
    expect(tokenize("   ")).toEqual([]);
  });
});

describe("parsePlainText", () => {
  it("takes a short first line followed by a blank line as the title", () => {
    expect(parsePlainText("A headline\n\nBody text here.\n")).toEqual({ title: "A headline", text: "Body text here." });
    expect(parsePlainText("\ufeffTitle\r\n\r\nBody.")).toEqual({ title: "Title", text: "Body." });
  });

  it("makes a title from the first words when there is no title line", () => {
    expect(parsePlainText("One two three four five six seven eight nine ten.").title).toBe(
      "One two three four five six seven eight…",
    );
  });
});

describe("checkUsableText", () => {
  it("accepts English prose and rejects the rest with a GenerateError", () => {
    expect(() =>
      checkUsableText(
        "The leaders said on Sunday that they would meet again soon, and the plan was agreed by all of them at the summit in London after the talks with the prime minister.",
      ),
    ).not.toThrow();
    expect(() => checkUsableText("")).toThrow(GenerateError);
    expect(() => checkUsableText("北京是中国的首都。".repeat(20))).toThrow(/English/);
  });
});

describe("equivalence and hashing", () => {
  it("treats aliases and surnames as the same answer, and spots give-aways", () => {
    expect(sameThing("UK", "Britain")).toBe(true);
    expect(sameThing("Starmer", "Keir Starmer")).toBe(true);
    expect(sameThing("France", "Britain")).toBe(false);
    expect(givesAway("Who said Starmer would go?", ["Keir Starmer"])).toBe(true);
    expect(givesAway("Who said it would go?", ["Keir Starmer"])).toBe(false);
  });

  it("is stable and seeded", () => {
    expect(hash32("abc")).toBe(hash32("abc"));
    expect(hash32("abc")).toMatch(/^[0-9a-f]{8}$/);
    expect(hash32("abc")).not.toBe(hash32("abd"));
    expect(hashOrder([1, 2, 3, 4, 5], "s")).toEqual(hashOrder([1, 2, 3, 4, 5], "s"));
    expect([...hashOrder([1, 2, 3, 4, 5], "s")].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(slugify("Britain to let Ukraine — buy!")).toBe("britain-to-let-ukraine-buy");
  });
});
