import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/generate/sentences";
import { findMentions } from "@/lib/generate/entities";
import { extractFacts } from "@/lib/generate/facts";

const kinds = (text: string) => new Map(findMentions(splitSentences(text)).map((m) => [m.text, m.kind]));
/** "kind:value" of every fact extracted from the text. */
const factsOf = (text: string) => extractFacts(splitSentences(text)).facts.map((f) => `${f.kind}:${f.value}`);

describe("names the extractor used to miss", () => {
  it("a country whose name ends like a demonym ('Kazakhstan', 'Japan') is a place; 'Italian' is still no name", () => {
    const k = kinds("The capsule came down in Kazakhstan, and the crew later flew on to Japan with an Italian doctor.");
    expect(k.get("Kazakhstan")).toBe("place");
    expect(k.get("Japan")).toBe("place");
    expect(k.has("Italian")).toBe(false);
  });
});

describe("a name the sentence repeats", () => {
  it("a generic last word shared with another name is no repeat: both museums are asked", () => {
    const f = factsOf("The painting was moved from the Royal Science Museum to the Halvorsen Maritime Museum in Oslo.");
    expect(f).toContain("organization:Royal Science Museum");
    expect(f).toContain("organization:Halvorsen Maritime Museum");
  });

  it("a surname, or a distinctive word used alone, still gives the name away", () => {
    const f = factsOf(
      "Thomas Reyes and his brother Mark Reyes opened the bakery in Lisbon in 1998. " +
        "The Brennan Institute said the Brennan report was late and would be published next month.",
    );
    expect(f.filter((x) => x.startsWith("person:"))).toEqual([]);
    expect(f).not.toContain("organization:Brennan Institute");
    expect(f).toContain("place:Lisbon");
  });

  it("a shorter form of the name in the same sentence gives it away", () => {
    const f = factsOf(
      "She studied at the Dunmore College in Leeds and later taught at the Dunmore College of Music for ten years.",
    );
    expect(f).not.toContain("organization:Dunmore College of Music");
  });
});
