import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/generate/sentences";
import { findMentions } from "@/lib/generate/entities";
import { findQuotes } from "@/lib/generate/quotes";
import { findLists } from "@/lib/generate/lists";

const mentionsOf = (t: string) => findMentions(splitSentences(t));

describe("findMentions", () => {
  it("splits titles from names, types people and places, and resolves surnames", () => {
    const t = "Ukrainian Finance Minister Serhiy Marchenko met leaders in London. Later, Marchenko spoke in Paris.";
    const ms = mentionsOf(t);
    expect(ms.find((m) => m.text === "Serhiy Marchenko")).toMatchObject({
      kind: "person",
      role: "Ukrainian Finance Minister",
    });
    expect(ms.find((m) => m.text === "Marchenko")).toMatchObject({ kind: "person", name: "Serhiy Marchenko" });
    expect(ms.find((m) => m.text === "London")).toMatchObject({ kind: "place", placeKind: "city" });
    for (const m of ms) expect(t.slice(m.start, m.end)).toBe(m.text);
  });

  it("types organisations and skips acronyms the article defines as things", () => {
    const ms = mentionsOf(
      "NASA will use a lunar terrain vehicle (LTV) built by the Massachusetts Institute of Technology. The LTV is big.",
    );
    expect(ms.find((m) => m.text === "Massachusetts Institute of Technology")?.kind).toBe("organization");
    expect(ms.some((m) => m.text === "LTV")).toBe(false);
  });

  it("keeps honorifics out of names and trusts a role word before a name", () => {
    const ms = mentionsOf("Dr. Sarah Jones met council leader Lezley Picton in Tulsa.");
    expect(ms.map((m) => [m.text, m.kind])).toEqual([
      ["Sarah Jones", "person"],
      ["Lezley Picton", "person"],
      ["Tulsa", "place"],
    ]);
  });

  it("finds no names in lowercase prose", () => {
    expect(mentionsOf("the leaders also agreed to meet again soon to sustain the momentum.")).toEqual([]);
  });
});

describe("findQuotes", () => {
  it('gives "he said" to the last named speaker and a bare quote to the previous speaker', () => {
    const t =
      '"This will be vital," Keir Starmer told reporters. "Europe must do the heavy lifting," he said. "We will deliver together."';
    const ss = splitSentences(t);
    const qs = findQuotes(ss, findMentions(ss));
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ["This will be vital", "Keir Starmer"],
      ["Europe must do the heavy lifting", "Keir Starmer"],
      ["We will deliver together", "Keir Starmer"],
    ]);
    for (const q of qs) expect(t.slice(q.start, q.end)).toBe(q.text);
  });

  it("attributes inverted and apposed speakers", () => {
    const t =
      '"We look forward to it," said Vanessa Wyche, director of the centre. Jeff Rathke, the State Department spokesperson, said, "We urge the governments to act."';
    const ss = splitSentences(t);
    expect(findQuotes(ss, findMentions(ss)).map((q) => q.speaker)).toEqual(["Vanessa Wyche", "Jeff Rathke"]);
  });

  it("does not attribute scare quotes without a speech verb", () => {
    const ss = splitSentences('The leaders formed a "coalition of the willing" to defend the country.');
    expect(findQuotes(ss, findMentions(ss))).toEqual([]);
  });
});

describe("findLists", () => {
  it("finds an announced enumeration and its items in order", () => {
    const s =
      "Leaders agreed on a four-step plan to guarantee peace: to maintain aid; to ensure security; to deter invasion; and to establish a coalition.";
    expect(findLists(s)).toMatchObject([
      {
        intro: "four-step plan to guarantee peace",
        items: ["to maintain aid", "to ensure security", "to deter invasion", "to establish a coalition"],
      },
    ]);
    expect(
      findLists(
        "He named three points -- a strong army, a European element, and a U.S. backstop, with the last one debated.",
      )[0]?.items,
    ).toEqual(["a strong army", "a European element", "a U.S. backstop"]);
  });

  it("rejects a list whose length does not match its announced count", () => {
    expect(findLists("They set a three-step plan: to talk; and to wait.")).toEqual([]);
    expect(findLists("No list here at all.")).toEqual([]);
  });
});
