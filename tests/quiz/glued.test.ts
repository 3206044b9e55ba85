import { describe, expect, it } from "vitest";
import { gluedAcross, splitGlued } from "@/lib/quiz/glued";
import builtin from "@/data/decks/london-defence-summit.deck.json";

describe("glued sentences (issue 13, item 13)", () => {
  it("cuts where wire copy glues sentences, and nowhere else", () => {
    expect(splitGlued("in London.The goal is")).toEqual(["in London.", "The goal is"]);
    expect(splitGlued('the air.""Europe must')).toEqual(['the air."', '"Europe must']);
    expect(splitGlued("he added.Western leaders, 5%.They")).toEqual(["he added.", "Western leaders, 5%.", "They"]);
    for (const t of ["the U.S.Army", "3.5 billion", "Mr. Smith. Then", "e.g.Paris", "end. The", "a.m."]) {
      expect(splitGlued(t).join("|"), t).toBe(t.replace(/(e\.g\.)(?=Paris)/, "$1|"));
    }
  });
  it("the parts joined are the text exactly: nothing stored or offset changes", () => {
    const text = (builtin as { article: { text: string } }).article.text;
    expect(splitGlued(text).join("")).toBe(text);
    expect(splitGlued(text).length).toBeGreaterThan(3); // the built-in article has glued sentences
  });
  it("finds the glue where one segment meets the next", () => {
    expect(gluedAcross("following a summit in London.", "The goal is")).toBe(true);
    expect(gluedAcross("following a summit in London. ", "The goal is")).toBe(false);
    expect(gluedAcross("the U.S.", "Army")).toBe(false);
  });
});
