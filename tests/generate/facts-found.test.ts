import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/generate/sentences";
import { findMentions } from "@/lib/generate/entities";
import { extractFacts } from "@/lib/generate/facts";
import { findQuantities } from "@/lib/generate/quantities";
import { findKeyPhrases } from "@/lib/generate/terms";

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

  it("a place word of a body's name used alone is no repeat", () => {
    expect(
      factsOf(
        "The study appeared in the Dental Journal of Canada and found that children in rural Canada had worse teeth.",
      ),
    ).toContain("organization:Dental Journal of Canada");
  });

  it("a place followed by a time phrase is no modifier ('in Oslo last spring')", () => {
    const m = findMentions(splitSentences("The painting was sold to a dealer in Oslo last spring for a record sum."));
    expect(m.find((x) => x.text === "Oslo")?.attributive).toBe(false);
    expect(factsOf("The painting was sold to a dealer in Oslo last spring for a record sum.")).toContain("place:Oslo");
  });

  it("a shorter form of the name in the same sentence gives it away", () => {
    const f = factsOf(
      "She studied at the Dunmore College in Leeds and later taught at the Dunmore College of Music for ten years.",
    );
    expect(f).not.toContain("organization:Dunmore College of Music");
  });
});

describe("where a name begins and ends", () => {
  const texts = (text: string) => findMentions(splitSentences(text)).map((m) => `${m.kind}:${m.text}`);

  it("an initial, a particle or a foreign form of address does not cut a name", () => {
    expect(texts("The trust was set up by the novelist Margaret J. Okafor in 1961 to fund young writers.")).toContain(
      "person:Margaret J. Okafor",
    );
    expect(texts("The prize was founded by the critic T. R. Penhallow in 1961 to fund young writers.")).toContain(
      "person:T. R. Penhallow",
    );
    expect(texts("The young officer was hired by Jean-Baptiste Vautrin de Montclair to survey the harbour.")).toContain(
      "person:Jean-Baptiste Vautrin de Montclair",
    );
    expect(texts("The letters name a Mademoiselle Hortense-Aimée Valcourt du Pré as the woman he loved.")).toContain(
      "person:Hortense-Aimée Valcourt du Pré",
    );
  });

  it("a name's initial is not a Roman numeral that ends a run-on sentence", () => {
    expect(texts("The rover will fly on Voyager V. Orbis Labs expects to pick one supplier.")).not.toContain(
      "organization:Voyager V. Orbis Labs",
    );
  });

  it("'and' inside a body's name, and 'of' after an event word, join the name", () => {
    const t = texts(
      "The engine went from the Northern Rail and Steam Museum to the Society of Weavers and Dyers in Bradford last year.",
    );
    expect(t).toContain("organization:Northern Rail and Steam Museum");
    expect(t).toContain("organization:Society of Weavers and Dyers");
    // Two bodies named side by side stay two.
    expect(
      texts("Researchers from the Halden Institute of Oceanography and Tromsø State University took part."),
    ).toEqual(["organization:Halden Institute of Oceanography", "organization:Tromsø State University"]);
  });

  it("a named event or a numbered craft or mission is asked as a term, never as a person", () => {
    const f = factsOf(
      "The colonel was badly wounded at the Battle of Marigold Creek in the spring of 1781. " +
        "The crew of Expedition 12 will return to Earth on the Vostok TK-9 capsule next month.",
    );
    expect(f).toContain("term:Battle of Marigold Creek");
    expect(f).toContain("term:Expedition 12");
    expect(f).toContain("term:Vostok TK-9");
    expect(f.filter((x) => /^(?:person|quantity):/.test(x))).toEqual([]);
  });
});

describe("a person the article names by one word only", () => {
  it("a child known only as 'Rosalind', named in two sentences, is asked; a lone surname of someone fuller is not", () => {
    const f = factsOf(
      "Daniel Okoro and his wife Grace Okoro took their baby daughter, Rosalind, to a clinic in Leeds. " +
        "Doctors said Rosalind had been seriously ill for several weeks before the visit. " +
        "A nurse told the court that Okoro had refused the treatment offered that day.",
    );
    expect(f.filter((x) => x === "person:Rosalind").length).toBeGreaterThan(0);
    expect(f).not.toContain("person:Okoro");
  });

  it("a one-word name that appears once is still not asked", () => {
    const f = factsOf("The inquiry heard from a neighbour, Beatrice, who had called the police at midnight on Friday.");
    expect(f.some((x) => x.startsWith("person:"))).toBe(false);
  });
});

describe("counts written the other ways round", () => {
  const q = (t: string) => findQuantities(t).map((x) => `${x.numText}|${x.unit}|${t.slice(x.numStart, x.numEnd)}`);

  it("a count written as a compound adjective blanks its number ('an 18-year gap', 'a four-mile walk')", () => {
    expect(q("The two clubs met again after an 18-year gap in the cup.")).toEqual(["18|year gap|18"]);
    expect(q("Pilgrims then set off on a four-mile walk to the shrine.")).toEqual(["four|mile walk|four"]);
    expect(q("The village keeps up a 2050 year old custom of bonfires.")).toEqual(["2050|year custom|2050"]);
    expect(q("She sold her 12-year-old car to a neighbour.")).toEqual(["12|year car|12"]);
    // Plain plural measures are counted as before, once.
    expect(q("The ban lasted 18 years in all.")).toEqual(["18|years|18"]);
  });

  it("'N more' borrows the earlier count's noun; a qualified number takes the plural noun before it", () => {
    expect(q("Volunteers found over 300 sheep on the hill, and the farmers found 40 more near the river.")).toEqual([
      "300|sheep|300",
      "40|sheep|40",
    ]);
    expect(q("Record rainfall pushed insurance claims above 20,000, the highest on record.")).toEqual([]);
    expect(q("Record rainfall pushed outstanding insurance claims over 20,000, the highest on record.")).toEqual([
      "20,000|claims|20,000",
    ]);
  });
});

describe("key terms of expository text", () => {
  const phrases = (text: string) => splitSentences(text).flatMap((s) => findKeyPhrases(s).map((t) => t.text));

  it("a law, effect or illness named after someone is one term, not a surname", () => {
    expect(phrases("The design relies on Pascal's principle, which explains how the brakes work.")).toEqual([
      "Pascal's principle",
    ]);
    expect(factsOf("The lift of a glider is explained by Halvorsen's second law in most textbooks.")).toContain(
      "term:Halvorsen's second law",
    );
  });

  it("what something is compared with is a term; a time or an expectation is not", () => {
    expect(phrases("The trial found the new ointment was no better than petroleum jelly for most patients.")).toEqual([
      "petroleum jelly",
    ]);
    expect(phrases("Sales were higher than expected in the third quarter of the year.")).toEqual([]);
    expect(phrases("Exports were lower than last year across the whole region.")).toEqual([]);
  });

  it("the definition of a subject with a long name and letters after it is found", () => {
    expect(
      phrases("Dame Hester Amelia Quill DBE FRS (12 May 1901 – 3 June 1988) was a Welsh-born British geologist."),
    ).toEqual(["Welsh-born British geologist"]);
  });

  it("what someone was charged with taking is the term, not the verb", () => {
    expect(phrases("The guard was charged with stealing copper cable from the depot in March.")).toEqual([
      "copper cable",
    ]);
  });
});

describe("a term the lead introduces and the article uses again", () => {
  const article =
    "The survey shows the coastal wetlands lost more ground this decade than in any decade before. " +
    "Scientists blame rising seas and the draining of marshes for farming over many years. " +
    "Several towns have promised to restore the coastal wetlands by planting reeds next week. " +
    "The tidal pools near the harbour were also studied by the survey team last summer. " +
    "Local divers said the tidal pools were full of crabs and small fish again.";

  it("is asked in the lead sentence that has nothing else to ask, and only there", () => {
    const facts = extractFacts(splitSentences(article)).facts.filter((f) => f.kind === "term");
    expect(facts.map((f) => `${f.sentence.index}:${f.value}`)).toEqual(["0:coastal wetlands"]);
  });

  it("is not asked where the sentence has a name or number to ask instead", () => {
    const counted = factsOf(article.replace("The survey shows", "The survey of 40 harbour towns shows"));
    expect(counted.some((f) => f.startsWith("quantity:40 harbour towns"))).toBe(true);
    expect(counted).not.toContain("term:coastal wetlands");
  });
});
