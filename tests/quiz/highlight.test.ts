import { describe, expect, it } from "vitest";
import { highlightParts } from "@/lib/quiz/highlight";
import { formatDuration } from "@/lib/quiz/format";

describe("highlightParts", () => {
  it("marks every answer form found, case-insensitively, longest first", () => {
    const parts = highlightParts("Britain will use 1.6 billion pounds of finance.", [
      "1.6 billion",
      "1.6 Billion Pounds",
    ]);
    expect(parts).toEqual([
      { text: "Britain will use ", mark: false },
      { text: "1.6 billion pounds", mark: true },
      { text: " of finance.", mark: false },
    ]);
  });
  it("leaves the sentence whole when no answer form is in it", () => {
    expect(highlightParts("Nothing here.", ["True", "x"])).toEqual([{ text: "Nothing here.", mark: false }]);
  });
  it("marks several items (ordering)", () => {
    const parts = highlightParts("to buy land, to hire builders", ["buy land", "hire builders"]);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["buy land", "hire builders"]);
    expect(parts.map((p) => p.text).join("")).toBe("to buy land, to hire builders");
  });
});

describe("formatDuration", () => {
  it.each([
    [0, "0 s"],
    [45_400, "45 s"],
    [125_000, "2 min 5 s"],
    [120_000, "2 min"],
    [3_780_000, "1 h 3 min"],
    [-5, "0 s"],
  ] as const)("%d ms is %s", (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe("highlight offsets (issue 12, item 20)", () => {
  it("an İ before the answer does not shift the mark onto other words", () => {
    const parts = highlightParts("İzmir and İstanbul hosted the Summit in London.", ["London"]);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["London"]);
    expect(parts.map((p) => p.text).join("")).toBe("İzmir and İstanbul hosted the Summit in London.");
  });
});
