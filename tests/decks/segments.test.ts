import { describe, expect, it } from "vitest";
import { segmentArticle } from "@/lib/decks/segments";

describe("segmentArticle", () => {
  const text = "One. Two two.\n\nThree three three. Four.";
  it("anchors each evidence range and keeps all text in order", () => {
    const start = text.indexOf("Two");
    const start2 = text.indexOf("Three");
    const paras = segmentArticle(text, [
      { start, end: start + 8 },
      { start: start2, end: start2 + 18 },
    ]);
    expect(paras).toHaveLength(2);
    expect(paras[0]).toEqual([{ text: "One. " }, { text: "Two two.", start }]);
    expect(paras[1]![0]).toEqual({ text: "Three three three.", start: start2 });
    expect(paras.map((p) => p.map((s) => s.text).join("")).join("\n\n")).toBe(text);
  });
  it("anchors a range that starts inside an earlier one, splitting it there", () => {
    const paras = segmentArticle(text, [
      { start: 0, end: 13 },
      { start: 5, end: 13 },
    ]);
    expect(paras[0]).toEqual([
      { text: "One. ", start: 0 },
      { text: "Two two.", start: 5 },
    ]);
    expect(paras.map((p) => p.map((s) => s.text).join("")).join("\n\n")).toBe(text);
  });
  it("anchors a range that runs into the next paragraph up to its paragraph's end", () => {
    const start = text.indexOf("Two");
    const paras = segmentArticle(text, [{ start, end: text.length }]);
    expect(paras[0]).toEqual([{ text: "One. " }, { text: "Two two.", start }]);
    expect(paras[1]).toEqual([{ text: "Three three three. Four." }]);
  });
  it("keeps one anchor per start, the shortest range", () => {
    const paras = segmentArticle(text, [
      { start: 0, end: 13 },
      { start: 0, end: 4 },
    ]);
    expect(paras[0]).toEqual([{ text: "One.", start: 0 }, { text: " Two two." }]);
  });
});
