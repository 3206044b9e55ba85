import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/generate/sentences";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it("splits a quote glued to the previous sentence and a sentence glued without a space", () => {
    const t = 'He bought more missiles."This will be vital," he said.The goal is clear.';
    expect(texts(t)).toEqual(["He bought more missiles.", '"This will be vital," he said.', "The goal is clear."]);
  });

  it("keeps abbreviations, decimals and dates inside a sentence", () => {
    const t =
      "The U.S. backing matters, said U.S. President Donald Trump on Aug. 15, 2024. It cost 1.6 billion pounds.";
    expect(texts(t)).toEqual([
      "The U.S. backing matters, said U.S. President Donald Trump on Aug. 15, 2024.",
      "It cost 1.6 billion pounds.",
    ]);
  });

  it("splits after an abbreviation when a sentence plainly starts", () => {
    expect(texts("The plan needs the U.S. The leaders agreed.")).toEqual([
      "The plan needs the U.S.",
      "The leaders agreed.",
    ]);
  });

  it("does not split inside an open quotation, and ends two glued quotes between them", () => {
    const t = '"Let me be clear. Now we deliver," he said.';
    expect(texts(t)).toEqual([t]);
    expect(texts('with "planes in the air.""Europe must lift," he said.')).toEqual([
      'with "planes in the air."',
      '"Europe must lift," he said.',
    ]);
  });

  it("ends sentences at blank lines and short heading lines, and gives exact offsets", () => {
    const t = "Title line\n\nFirst sentence here. Second one!\n\nGroup F — Sweden 1 – 0 Korea\nNext paragraph starts";
    const out = splitSentences(t);
    expect(out.map((s) => s.text)).toEqual([
      "Title line",
      "First sentence here.",
      "Second one!",
      "Group F — Sweden 1 – 0 Korea",
      "Next paragraph starts",
    ]);
    for (const s of out) expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(out.map((s) => s.paragraph)).toEqual([0, 1, 1, 2, 2]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n \t")).toEqual([]);
  });
});
