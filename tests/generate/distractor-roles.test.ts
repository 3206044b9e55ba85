import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/generate/sentences";
import { extractFacts } from "@/lib/generate/facts";
import { distractorsFor, formatQuantityLike, personName, sortOf } from "@/lib/generate/distractors";
import { aliasInText } from "@/lib/generate/equivalence";
import { generateDeck } from "@/lib/generate/deck";
import { roleProfileAt } from "@/lib/generate/roles";

function wrongFor(text: string, value: string, publishedAt?: string, nth = 0) {
  const { facts, mentions } = extractFacts(splitSentences(text), publishedAt);
  const fact = facts.filter((f) => f.value === value)[nth]!;
  expect(fact, value).toBeDefined();
  return distractorsFor(fact, fact.value, fact.sentence.text, { facts, mentions, publishedAt, text }, 3);
}

describe("dates among the choices are written alike", () => {
  const launches =
    "On April 12, 1981, the first shuttle lifted off from the cape. Its sister ship will fly on April 29, and the last " +
    "flight launches June 28. The crew of the 2011 mission trained for the flight of July 8. Columbia was lost on " +
    "February 1, 2003 during re-entry. Challenger exploded on January 28, 1986 after liftoff.";

  it("a full date gets full dates in its style; a bare day joins only when its sentence names the year", () => {
    const wrong = wrongFor(launches, "April 12, 1981");
    expect(wrong).toHaveLength(3);
    for (const w of wrong) expect(w).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    expect(wrong).toEqual(expect.arrayContaining(["February 1, 2003", "January 28, 1986", "July 8, 2011"]));
  });

  it("a day and month gets days and months in its order, never a full date or another order", () => {
    const text =
      "Galois submitted his work on 17 January 1831. He was arrested again on July 14 at a banquet. He was freed " +
      "on 29 April 1832 after months in prison. The duel took place on 30 May. He died the next morning.";
    const wrong = wrongFor(text, "30 May");
    expect(wrong).toEqual(expect.arrayContaining(["17 January", "14 July", "29 April"]));
    for (const w of wrong) expect(w).toMatch(/^\d{1,2} [A-Z][a-z]+$/);
  });

  it("a month of a year gets months of years, never a full date", () => {
    const text =
      "Norton arrived in San Francisco in November 1849 with money from his father. He lost it all by September " +
      "1859 in a rice deal. He called a meeting at the music hall in February 1860. His decree of October 12, 1859 " +
      "abolished Congress.";
    const wrong = wrongFor(text, "February 1860");
    expect(wrong).toEqual(expect.arrayContaining(["November 1849", "September 1859", "October 1859"]));
    for (const w of wrong) expect(w).toMatch(/^[A-Z][a-z]+ \d{4}$/);
  });
});

describe("no name the article gives the answer is offered as a wrong choice", () => {
  it("a self-given name ('calling themselves the National Congress') is the body it names", () => {
    const text =
      "In 1859 Norton issued a decree formally abolishing the United States Congress. He also summoned the Army to " +
      "depose the officials of the Union. A body of men calling themselves the National Congress met in Washington " +
      "in violation of the edict. The Supreme Court and the California Senate ignored him.";
    const wrong = wrongFor(text, "United States Congress");
    expect(wrong).not.toContain("National Congress");
    // Nor an army, a side of a war or a world body for a legislature: only legislatures (here too few to choose from).
    expect(wrong).not.toContain("Army");
    expect(wrong).not.toContain("Union");
    expect(wrong).not.toContain("United Nations");
    expect([sortOf("Scottish Parliament", text), sortOf("Army", text), sortOf("Union", text)]).toEqual([
      "legislature",
      "force",
      "body",
    ]);
  });

  it("a name in brackets after another, or given by 'known as', is that one; a mere namesake is not", () => {
    const text =
      "The inquiry was led by the Financial Conduct Authority (the Markets Authority) in London. The Serious Fraud " +
      "Office, known as the Fraud Agency, opened its own case. The Prudential Regulation Authority stayed out of it.";
    expect(aliasInText("Financial Conduct Authority", "Markets Authority", text)).toBe(true);
    expect(aliasInText("Fraud Agency", "Serious Fraud Office", text)).toBe(true);
    expect(aliasInText("Financial Conduct Authority", "Prudential Regulation Authority", text)).toBe(false);
    expect(aliasInText("Serious Fraud Office", "Prudential Regulation Authority", text)).toBe(false);
  });
});

describe("people among the choices play the answer's part", () => {
  const rescue =
    "Major general Fuad Basya, spokesman for the Indonesian military, said a warship was sent. One Rohingya, " +
    "Muhammad Amin, said his boat was turned around twice. Malaysia's Prime Minister, Najib Razak said talks had begun. " +
    "The US State Department said John Kerry, the Secretary of State, called Bangkok. Jeff Rathke, the State Department " +
    "Spokesperson, said the region must act. Thailand's foreign minister Don Pramudwinai met them.";

  it("no official of another country for a country's spokesman, and no choice question without three who fit", () => {
    expect(wrongFor(rescue, "Fuad Basya")).toEqual([]);
    expect(wrongFor(rescue, "John Kerry")).toEqual([]);
    // The deck asks them typed instead (or not at all), never with choices.
    const deck = generateDeck({ title: "Asylum seekers rescued off Aceh", text: rescue }, { all: true });
    const chosen = deck.questions.filter((q) => q.type === "multiple-choice").map((q) => q.answer);
    expect(chosen).not.toContain("John Kerry");
    expect(chosen).not.toContain("Fuad Basya");
    expect(deck.questions.some((q) => q.type === "cloze" && q.answer === "John Kerry")).toBe(true);
  });

  it("officials of the answer's own body are offered when the article has three", () => {
    const text =
      `${rescue} Ned Price, a State Department spokesman, spoke later. Victoria Nuland of the State Department ` +
      "flew out. Wendy Sherman, the State Department's deputy secretary, stayed home.";
    const wrong = wrongFor(text, "John Kerry");
    expect(wrong).toHaveLength(3);
    // (Jeff Rathke, named in the next sentence, may have been there too.)
    for (const w of wrong) expect(["Ned Price", "Victoria Nuland", "Wendy Sherman"]).toContain(w);
  });

  it("'Korea's _____' and 'the match referee _____' are not given another side's players", () => {
    const match =
      "Korea's Kim Shin-Wook was shown a yellow card. It rained in the first half. English striker Harry Kane scored " +
      "twice. Swedish captain Andreas Granqvist scored a penalty. The crowd sang. Korea's Hwang Hee-Chan ran hard. " +
      "Korea's Kim Min-Woo fouled him. The stadium was full. Korea's Lee Jae-Sung shot wide. The fans left early. " +
      "The match referee Joel Aguilar awarded a penalty.";
    const korean = wrongFor(match, "Kim Shin-Wook");
    expect(korean).toHaveLength(3);
    expect(korean).not.toContain("Harry Kane");
    expect(korean).not.toContain("Andreas Granqvist");
    expect(wrongFor(match, "Joel Aguilar")).toEqual([]);
  });
});

describe("roleProfileAt: what the words around a name say of the person", () => {
  const at = (text: string, name: string) => {
    const i = text.lastIndexOf(name);
    const p = roleProfileAt(text, i, i + name.length);
    return { parts: [...p.parts], countries: [...p.countries], bodies: [...p.bodies] };
  };
  it("reads a title, a country, a body, and the words before the first of two names", () => {
    expect(at("Major general Fuad Basya, spokesman for the Indonesian military, said so.", "Fuad Basya")).toEqual({
      parts: ["official"],
      countries: ["indonesia"],
      bodies: ["military"],
    });
    expect(at("The US State Department said John Kerry, the Secretary of State, called.", "John Kerry")).toEqual({
      parts: ["official"],
      countries: ["united states"],
      bodies: ["state department"],
    });
    expect(at("Pro-Beijing DAB's Starry Lee and Holden Chow were elected.", "Holden Chow").bodies).toEqual(["dab"]);
    const fung = at(
      "Two veteran politicians Lee Cheuk-yan of the Labour Party and Frederick Fung of ADPL lost.",
      "Frederick Fung",
    );
    expect(fung).toEqual({ parts: ["official"], countries: [], bodies: ["adpl"] });
    expect(at("Evansville, Indiana, hosts Kevin Allton.", "Kevin Allton").countries).toEqual([]);
  });
});

describe("no wrong choice of which the article says the same", () => {
  const results =
    "Pan-democrat Ivan Lau of the Harbour Party was elected in the east. The weather was dry all day. Pan-democrat " +
    "Mary Ng of the Harbour Party was elected in the west. Turnout was high. Pan-democrat Tom Ho of the Harbour Party " +
    "lost his seat. Pan-democrat Ada Wu of the Harbour Party was defeated. Queues were long. Pan-democrat Sam Yip of " +
    "the Harbour Party stood down. The count ended late. Pan-democrat Joe Kam of the Harbour Party was elected in the " +
    "north.";

  it("another member the article also has elected is no wrong answer to '_____ … was elected'", () => {
    const wrong = wrongFor(results, "Ivan Lau");
    expect(wrong).not.toContain("Mary Ng");
    expect(wrong).not.toContain("Joe Kam");
    expect(wrong.sort()).toEqual(["Ada Wu", "Sam Yip", "Tom Ho"]);
  });

  it("a list after 'elected were' says it of every name in it", () => {
    const text =
      "Ivan Lau was elected in the east. The weather was dry all day. Mary Ng was elected in the west. Turnout was " +
      "high. Tom Ho lost his seat. Queues were long. The count ended late. The members elected in the north were " +
      "Sam Chu and Joe Kam.";
    const wrong = wrongFor(text, "Joe Kam");
    expect(wrong).not.toContain("Ivan Lau");
    expect(wrong).not.toContain("Mary Ng");
  });
});

describe("personName: a name fit to be a choice", () => {
  it("no title, role or body glued on before the name", () => {
    expect(personName("Hermann Weyl")).toBe(true);
    expect(personName("Mathematician Hermann Weyl")).toBe(false);
    expect(personName("Administrator Charles Bolden")).toBe(false);
    expect(personName("Refugee Council Enver Solomon")).toBe(false);
    expect(personName("Jean Maximilien Lamarque")).toBe(true);
  });
});

describe("amounts among the choices written to the answer's precision", () => {
  it("'4.2 kilometres' gets values with one decimal, never '3.15789473684'", () => {
    const text =
      "The barrier is expected to be 4.2 kilometres long and up to 3 metres high. Work begins in March. The town " +
      "has 12,000 people.";
    const { facts, mentions } = extractFacts(splitSentences(text));
    const km = facts.find((f) => f.kind === "quantity" && Number(f.normalized) === 4.2)!;
    const answer = km.subject ?? km.value;
    expect(answer).toBe("4.2");
    const wrong = distractorsFor(km, answer, km.sentence.text, { facts, mentions, text }, 3);
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    for (const w of wrong) expect(w).toMatch(/^\d+\.\d$/);
    expect(formatQuantityLike(3.15789473684, "4.2")).toBe("3.2");
  });
});

describe("a place named after a person is no person", () => {
  it("'Warhol Factory' gives no surname 'Factory' among people", () => {
    const text =
      "Kevin Allton said he had seen the clouds only on film. Kathryn Waters curated the show. Kiara Perkins " +
      "lent the prints. The pictures were taken at the Warhol Factory in New York. Kristen Wilkins wrote the notes. " +
      "Allton teaches English.";
    const { mentions } = extractFacts(splitSentences(text));
    const people = mentions.filter((m) => m.kind === "person").map((m) => m.name);
    expect(people).toContain("Kathryn Waters");
    expect(people).not.toContain("Warhol Factory");
  });
});
