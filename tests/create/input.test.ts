import { describe, expect, it } from "vitest";
import { checkArticleText, countSentences, MAX_TEXT_CHARS, MIN_TEXT_CHARS, stopWordRatio } from "@/lib/create/input";
import { cleanText, looksLikeHtml } from "@/lib/create/clean";
import { englishArticle } from "./fixtures";
import fs from "node:fs";

describe("checkArticleText", () => {
  it("accepts an ordinary English news text", () => {
    expect(checkArticleText(englishArticle)).toBeNull();
  });

  it("accepts the built-in article", () => {
    const text = fs.readFileSync("data/articles/000_0a2426d6fdee1e2b.txt", "utf8");
    expect(checkArticleText(text)).toBeNull();
  });

  it.each([
    ["", "empty"],
    ["   \n\t  ", "empty"],
  ])("refuses blank text %j", (text, code) => {
    expect(checkArticleText(text)?.code).toBe(code);
  });

  it("refuses text too short to make questions and states the minimum", () => {
    const p = checkArticleText("The mayor spoke on Tuesday. She said the tram will open.");
    expect(p?.code).toBe("too-short");
    expect(p?.message).toContain(String(MIN_TEXT_CHARS));
  });

  it("refuses long text with too few sentences", () => {
    expect(checkArticleText(`${"word ".repeat(100)}end.`)?.code).toBe("too-short");
  });

  it("refuses text over the limit before scanning it, stating the limit", () => {
    const p = checkArticleText("a".repeat(MAX_TEXT_CHARS + 1));
    expect(p?.code).toBe("too-long");
    expect(p?.message).toContain("100,000");
    expect(checkArticleText(englishArticle.repeat(Math.floor(MAX_TEXT_CHARS / englishArticle.length)))).toBeNull();
  });

  it("refuses binary junk: NUL bytes or many control/replacement characters", () => {
    expect(checkArticleText(`${englishArticle}\u0000`)?.code).toBe("binary");
    const junk = Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? "\uFFFD" : "x")).join("");
    expect(checkArticleText(`${englishArticle} ${junk}`)?.code).toBe("binary");
  });

  it("refuses other languages and scripts", () => {
    const french =
      "Le conseil municipal de la ville a voté mardi pour dépenser douze millions d'euros dans une nouvelle ligne de tramway. " +
      "La maire a déclaré que la ligne transporterait plus de huit mille passagers par jour lors de son ouverture. " +
      "Les opposants ont estimé que cet argent aurait dû servir d'abord à réparer les routes et les ponts de la région.";
    expect(checkArticleText(french)?.code).toBe("not-english");
    const russian =
      "Городской совет проголосовал во вторник за строительство новой линии трамвая в центре города. ".repeat(5);
    expect(checkArticleText(russian)?.code).toBe("not-english");
  });

  it("says a Japanese article is not English, not that it is too short (issue 13, item 6)", () => {
    // Its sentences end in "。", which the sentence count does not see: over 300 characters, "too short" before.
    const japanese = "ロンドンで開かれた首脳会議で、英国のスターマー首相はウクライナへの支援を続けると述べた。".repeat(
      10,
    );
    expect(japanese.length).toBeGreaterThan(300);
    expect(checkArticleText(japanese)).toMatchObject({
      code: "not-english",
      message: expect.stringContaining("does not look like English"),
    });
    expect(checkArticleText("短い文です。")?.code).toBe("not-english");
  });

  it("counts sentences and stop words", () => {
    expect(countSentences('One. Two! "Three?" Four')).toBe(3);
    expect(stopWordRatio("the cat and the dog")).toBeCloseTo(3 / 5);
    expect(stopWordRatio("")).toBe(0);
  });
});

describe("text cleanup", () => {
  it("normalises line ends, odd spaces and blank-line runs without changing words", () => {
    expect(cleanText("  One\u00A0two.\r\n\r\n\r\n\r\nThree\u200B four.   \rFive.  ")).toBe(
      "One two.\n\nThree four.\nFive.",
    );
  });

  it("recognises markup but not prose with angle brackets", () => {
    expect(looksLikeHtml("<img src=x onerror=alert(1)>")).toBe(true);
    expect(looksLikeHtml("Text <script>alert(1)</script> more")).toBe(true);
    expect(looksLikeHtml("<p>Hello</p>")).toBe(true);
    expect(looksLikeHtml("Prices rose 3 < 5 and 7 > 2 in the survey.")).toBe(false);
    expect(looksLikeHtml("Email <editor@example.com> for tips.")).toBe(false);
  });
});
