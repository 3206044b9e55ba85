import { describe, expect, it } from "vitest";
import { segmentArticle } from "@/lib/decks/segments";

describe("segmentArticle", () => {
  const text = "One. Two two.\n\nThree three three. Four.";
  it("anchors each evidence range and keeps all text in order", () => {
    const start = text.indexOf("Two");
    const start2 = text.indexOf("Three");
    const paras = segmentArticle(text, [{ start, end: start + 8 }, { start: start2, end: start2 + 18 }]);
    expect(paras).toHaveLength(2);
    expect(paras[0]).toEqual([{ text: "One. " }, { text: "Two two.", start }]);
    expect(paras[1]![0]).toEqual({ text: "Three three three.", start: start2 });
    expect(paras.map((p) => p.map((s) => s.text).join("")).join("\n\n")).toBe(text);
  });
  it("skips a range that overlaps an earlier one", () => {
    const paras = segmentArticle(text, [{ start: 0, end: 8 }, { start: 5, end: 13 }]);
    expect(paras[0]!.filter((s) => s.start !== undefined)).toHaveLength(1);
  });
});
