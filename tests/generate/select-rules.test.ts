// One test per failure class the 2.1 selection and distractor rules address (graded on real articles):
// a piece of a longer name, a place's region, two questions that show each other's answer, key phrases,
// distractors of another sort, alias choices, half/double number choices, garbled wh-questions, "she" resolved
// to the wrong person.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Draft } from "@/lib/generate/draft";
import type { RawFact } from "@/lib/generate/raw-fact";
import type { Mention } from "@/lib/generate/entities";
import {
  elide,
  featuresOf,
  needsContext,
  partOfName,
  placeQualifier,
  selectQuestions,
  shortened,
  withoutDeictic,
  withoutPhrase,
  type ArticleView,
} from "@/lib/generate/select";
import { findKeyPhrases, nounPhrase } from "@/lib/generate/terms";
import { distractorsFor, sortOf } from "@/lib/generate/distractors";
import { splitSentences } from "@/lib/generate/sentences";
import { extractFacts } from "@/lib/generate/facts";
import { ladderNumbers } from "@/lib/generate/numbers";
import { sameThing } from "@/lib/generate/equivalence";
import { askAbout, resolveOpening } from "@/lib/generate/ask";
import { generateDeck } from "@/lib/generate/deck";
import { acceptedForms } from "@/lib/generate/build-fill";
import { findDates } from "@/lib/generate/dates";
import { candidateQuestions } from "@/lib/generate/build-questions";

const sentence = (text: string, index = 0) => ({ index, paragraph: 0, start: 0, end: text.length, text });

/** A blank question on `answer` (its first occurrence) in `text`. */
function blank(
  text: string,
  answer: string,
  kind: RawFact["kind"],
  type: Draft["type"] = "cloze",
  extra: Partial<RawFact> = {},
): Draft {
  const at = text.indexOf(answer);
  if (at < 0) throw new Error(`${answer} not in ${text}`);
  const fact: RawFact = {
    id: `f-${answer}`,
    kind,
    value: answer,
    sentence: sentence(text),
    blankStart: at,
    blankEnd: at + answer.length,
    normalized: answer,
    ...extra,
  };
  return {
    fact,
    type,
    prompt: `Type the missing words: ${text.slice(0, at)}_____${text.slice(at + answer.length)}`,
    answer,
  };
}

const mention = (text: string, name: string, kind: Mention["kind"], extra: Partial<Mention> = {}): Mention => {
  const start = text.indexOf(name);
  return { kind, start, end: start + name.length, text: name, name, sentence: 0, ...extra };
};

describe("a piece of a longer name is refused", () => {
  it("the words the blank runs into before or after", () => {
    const t = "The Andy Warhol Foundation for the Visual Arts made two donations to the gallery.";
    expect(partOfName(blank(t, "Visual Arts", "organization"))).toBe(true);
    expect(
      partOfName(
        blank("The Organization of the Petroleum Exporting Countries met in Vienna.", "Organization", "organization"),
      ),
    ).toBe(true);
    expect(
      partOfName(
        blank(
          "The Union of Rationalist Atheists and Agnostics has launched a petition.",
          "Union of Rationalist Atheists",
          "organization",
        ),
      ),
    ).toBe(true);
  });

  it("but not a party after a person, a name after a sentence's first word, or a place after 'Municipality of'", () => {
    const t = "Two veterans, Lee Cheuk-yan of the Labour Party and Frederick Fung, were defeated.";
    expect(partOfName(blank(t, "Labour Party", "organization"), [mention(t, "Lee Cheuk-yan", "person")])).toBe(false);
    expect(partOfName(blank("Members of the Sea Org live a strict lifestyle.", "Sea Org", "organization"))).toBe(false);
    expect(
      partOfName(blank("The request was advanced by the Municipality of Livorno in 2010.", "Livorno", "place")),
    ).toBe(false);
  });
});

describe("a region after a place's comma", () => {
  it("is refused; the place itself is asked", () => {
    const t = "The schools are in Livorno, Tuscany, and must pay the tax.";
    const view: ArticleView = {
      title: "",
      words: 12,
      mentions: [mention(t, "Livorno", "place"), mention(t, "Tuscany", "place")],
    };
    expect(placeQualifier(blank(t, "Tuscany", "place"), view)).toBe(true);
    expect(placeQualifier(blank(t, "Livorno", "place"), view)).toBe(false);
  });
});

describe("two questions that show each other's answer", () => {
  it("the date's phrase leaves the other prompt, whole words only", () => {
    const t = "IE's various versions accounted for 70 percent of the market in 2009.";
    const share = blank(t, "70 percent", "quantity");
    const year = blank(t, "2009", "date", "multiple-choice", { unit: "year" });
    expect(elide(share, year)?.prompt).toBe(
      "Type the missing words: IE's various versions accounted for _____ of the market.",
    );
    // A range keeps both ends or neither.
    const range = "She received the Stirling Prize in 2010 and 2011.";
    expect(elide(blank(range, "Stirling Prize", "term"), blank(range, "2010", "date"))).toBeUndefined();
  });

  it("a count leaves the noun it counts, and a percentage is never cut from its 'of'", () => {
    const t = "South Korea evacuated about 80 people in the town of Yeoncheon.";
    const town = blank(t, "Yeoncheon", "place");
    expect(elide(town, blank(t, "80", "quantity"))?.prompt).toBe(
      "Type the missing words: South Korea evacuated people in the town of _____.",
    );
    // Not a count of the subject, nor one the sentence counts on.
    const subject = "Last year over 4 million visitors attended the festival in Taipei.";
    expect(elide(blank(subject, "Taipei", "place"), blank(subject, "4 million", "quantity"))).toBeUndefined();
    const two = "The foundation made two donations to the gallery, in 2007 and a second recently.";
    expect(elide(blank(two, "gallery", "term"), blank(two, "two", "quantity"))).toBeUndefined();
    const p = "Iodine is added to 10 percent of salt in Sydney.";
    expect(
      elide(blank(p, "Sydney", "place"), blank(p, "10", "quantity", "numeric", { unit: "percent" })),
    ).toBeUndefined();
  });
});

describe("key phrases", () => {
  it("a quoted term, the charge, the cause of death and what the subject was", () => {
    const phrases = (t: string) => findKeyPhrases(sentence(t)).map((p) => p.text);
    expect(phrases(`The military has been told to prepare a "quasi-state of war" after the exchange.`)).toEqual([
      "quasi-state of war",
    ]);
    expect(phrases("The parents are on trial for manslaughter by gross negligence over the death.")).toEqual([
      "manslaughter by gross negligence",
    ]);
    expect(phrases("He died the following morning (probably of peritonitis), after refusing a priest.")).toEqual([
      "peritonitis",
    ]);
    expect(
      phrases(
        "Daniel Bernoulli (8 February 1700 – 17 March 1782) was a Swiss mathematician and physicist and was one of many.",
      ),
    ).toEqual(["Swiss mathematician and physicist"]);
  });

  it("not a quoted sentence, a verb in quotation marks, or a verb after a cue", () => {
    const phrases = (t: string) => findKeyPhrases(sentence(t)).map((p) => p.text);
    expect(phrases(`He added: "Foolhardy provocation deserves harsh punishment", it said.`)).toEqual([]);
    expect(phrases(`Officials will scrap the interview to "streamline" processing.`)).toEqual([]);
    expect(phrases("The parents are also accused of putting their social life first.")).toEqual([]);
    expect(nounPhrase("charged with the theft", 13)).toBeUndefined();
  });
});

describe("distractors of the answer's sort", () => {
  const text = "The secularist magazine MicroMega praised the Supreme Court, the Museum of Flight and Florida.";
  it("by the name's own words, the noun before it, or a list of states", () => {
    expect(sortOf("Freedom Magazine", text)).toBe("publication");
    expect(sortOf("MicroMega", text)).toBe("publication");
    expect(sortOf("Supreme Court", text)).toBe("court");
    expect(sortOf("Museum of Flight", text)).toBe("venue");
    expect(sortOf("Union of Rationalist Atheists", text)).toBe("body");
    expect(sortOf("Florida", text)).toBe("state");
    expect(sortOf("Cape Canaveral", text)).toBeUndefined();
  });

  it("a magazine is never offered among courts and bodies", () => {
    const article =
      "The secularist magazine MicroMega described the ruling of the Supreme Court as historic. " +
      "The Italian Episcopal Conference called it dangerous, and the Union of Rationalist Atheists welcomed it. " +
      "The weekly magazine Panorama and the newspaper Il Fatto Quotidiano covered the ruling on their front pages.";
    const deck = generateDeck({ title: "Court ruling on school taxes", text: article }, { all: true });
    for (const q of deck.questions.filter((x) => x.type === "multiple-choice" && x.answer === "MicroMega")) {
      for (const c of q.choices ?? []) expect(["MicroMega", "Panorama", "Il Fatto Quotidiano"]).toContain(c);
    }
  });
});

describe("aliases are one choice", () => {
  it("a country's short name, a middle name more or less, another first name before the same names", () => {
    expect(sameThing("U.S. Congress", "United States Congress")).toBe(true);
    expect(sameThing("Joshua Norton", "Joshua Abraham Norton")).toBe(true);
    expect(sameThing("Peter Charles L'Enfant", "Pierre Charles L'Enfant")).toBe(true);
    expect(sameThing("Jacob Bernoulli", "Daniel Bernoulli")).toBe(false);
    expect(sameThing("National Congress", "United States Congress")).toBe(false);
  });
});

describe("number choices on a ladder (fast-check)", () => {
  it("never the answer's half or double, and the answer is not always in the middle", () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 5_000_000 }), fc.nat(), (n, seed) => {
        const wrong = ladderNumbers(n, seed);
        expect(wrong.length).toBe(3);
        for (const w of wrong) {
          expect(w).not.toBe(n);
          expect(Math.abs(w - 2 * n) / n).toBeGreaterThan(0.1);
          expect(Math.abs(w - n / 2) / n).toBeGreaterThan(0.03);
        }
      }),
    );
    const ranks = new Set([0, 1, 2, 3].map((seed) => ladderNumbers(500, seed).filter((w) => w < 500).length));
    expect(ranks).toEqual(new Set([0, 1, 2, 3]));
  });
});

describe("wh-questions that would garble", () => {
  it("no question moves the first clause's verb when the answer is in a second clause", () => {
    const t =
      "Last year over 4 million visitors attended the event and this year the city expects about 6 million visitors.";
    const at = t.indexOf("6 million");
    expect(askAbout(t, at, at + "6 million".length, { kind: "quantity" }, {})?.wh).toBeUndefined();
  });

  it("a name that modifies the next word is no subject ('US surface ozone')", () => {
    const t = "US surface ozone has dropped partly due to the Clean Air Act.";
    expect(askAbout(t, 0, 2, { kind: "place", placeKind: "country" }, {})?.wh).toBeUndefined();
    const s = "Sweden defeated South Korea in the opening match.";
    expect(askAbout(s, 0, 6, { kind: "place", placeKind: "country" }, {})?.wh).toBe(
      "Which country defeated South Korea in the opening match?",
    );
  });
});

describe("'she' in a life story", () => {
  it("stays the subject after a sentence that ends with someone else's name", () => {
    const text =
      "Zaha Hadid was an Iraqi-British architect. She was the first woman to receive the Pritzker Architecture Prize, in 2004. " +
      "In 2012, she was made a Dame by Elizabeth II for services to architecture. " +
      "She was described by The Guardian of London as the 'Queen of the curve'. Hadid died in Miami in 2016.";
    const deck = generateDeck({ title: "Zaha Hadid", text }, { all: true });
    const curve = deck.questions.filter((q) => q.prompt.includes("described by"));
    expect(curve.length).toBeGreaterThan(0);
    for (const q of curve) expect(q.prompt).not.toContain("Elizabeth");
    expect(curve.some((q) => q.prompt.includes("Zaha Hadid"))).toBe(true);
  });
});

// Failure classes of the graded sample (45 questions, 38% acceptable before these rules).
describe("questions that lean on other sentences", () => {
  it("'this constituency', 'these efforts', 'Other …' and an 'it' with nothing named before it", () => {
    const t = "Other pro-Beijing candidates elected were Gary Chan of DAB and Eunice Yung.";
    expect(needsContext(blank(t, "Gary Chan", "person"))).toBe(true);
    const it = {
      ...blank("Microsoft has replaced it with three newer versions.", "three", "quantity"),
      prompt: "How many newer versions has Microsoft replaced it with?",
    };
    expect(needsContext({ ...it, prompt: "How many newer versions has it been replaced with?" })).toBe(true);
    expect(needsContext(blank("Columbia was lost when it disintegrated during re-entry.", "re-entry", "term"))).toBe(
      false,
    );
  });

  it("a trailing 'in this constituency' is left out rather than the question dropped", () => {
    const d = blank(
      "Pan-democrat veteran Cyd Ho from the Labour Party lost her seat in this constituency.",
      "Cyd Ho",
      "person",
    );
    expect(needsContext(d)).toBe(true);
    const fixed = withoutDeictic(d);
    expect(fixed.prompt).toBe(
      "Type the missing words: Pan-democrat veteran _____ from the Labour Party lost her seat.",
    );
    expect(needsContext(fixed)).toBe(false);
  });
});

describe("what the graded sample failed, asked better", () => {
  const article = (text: string, title = "Report") =>
    generateDeck({ title, text, publishedAt: "2025-03-03" }, { all: true });

  it("a plain quoted wording is not typed; a coined quoted term is", () => {
    const deck = article(
      `Minister Stefania Giannini said a "more general reflection" is needed on the ruling by the court. ` +
        `The Guardian described the designer as the "Queen of the curve" in a profile of her work.`,
    );
    expect(deck.questions.some((q) => q.type === "cloze" && q.answer === "more general reflection")).toBe(false);
    expect(deck.questions.some((q) => q.type === "cloze" && q.answer === "Queen of the curve")).toBe(true);
  });

  it("who said it: another speaker of the article, never a brand or a fragment of a name", () => {
    const deck = article(
      `"We are proud of the exhibit," said gallery director Kathryn Waters at the opening night. ` +
        `"Warhol was a legend to me," said instructor Kevin Allton, who teaches English at the university. ` +
        `Visitors saw Polaroids of Campbell Soup cans and of actor Dennis Hopper in the main room of the gallery.`,
    );
    for (const q of deck.questions.filter((x) => x.type === "who-said")) {
      for (const c of q.choices ?? []) expect(["Kathryn Waters", "Kevin Allton"]).toContain(c);
    }
  });

  it("an ordering question only for a list with an order to learn", () => {
    const steps = article(
      "The leaders agreed on a four-step plan: to maintain aid to the country; to secure a ceasefire; to deter any new invasion; and to build a coalition of the willing. The leaders will meet again in the spring to review the plan.",
    );
    expect(steps.questions.some((q) => q.type === "ordering")).toBe(true);
    const points = article(
      "He named three essential points to achieve peace -- a strong army, a European element with security guarantees, and a firm backstop from allies. Eighteen leaders met at Lancaster House in London to agree on the plan, Keir Starmer said.",
    );
    expect(points.questions.some((q) => q.type === "ordering")).toBe(false);
  });

  it("a life's dates are asked as dates, not as a blank inside the brackets", () => {
    const deck = generateDeck(
      {
        title: "Zaha Hadid",
        text: "Dame Zaha Mohammad Hadid DBE RA (Arabic: زها حديد; 31 October 1950 – 31 March 2016) was an Iraqi-British architect. Hadid studied mathematics at the American University of Beirut before moving to London in 1972 to study architecture at the Architectural Association.",
      },
      { all: true },
    );
    expect(deck.questions.some((q) => /\(.*_____/.test(q.prompt))).toBe(false);
    expect(
      deck.questions.some((q) => q.prompt === "On what date was Zaha Hadid born?" && q.answer === "31 October 1950"),
    ).toBe(true);
  });

  it("a typed place accepts its short form and its other names", () => {
    const deck = article(
      "After years of success in Europe, the composer moved to New York City in 1892 to run a music school there. " +
        "Critics in the United States praised the symphony he wrote during his first two years of teaching.",
    );
    const nyc = deck.questions.find((q) => q.type === "cloze" && q.answer === "New York City");
    expect(nyc?.acceptedAnswers).toContain("New York");
    const us = deck.questions.find((q) => q.type === "cloze" && q.answer === "United States");
    if (us) expect(us.acceptedAnswers).toEqual(expect.arrayContaining(["US", "U.S.", "America"]));
  });

  it("', where' starts a clause of its own; the blank is asked in it", () => {
    const t = `On Saturday, Zelensky met with Starmer at 10 Downing Street, where the British prime minister reaffirmed the UK's "unwavering determination" to achieve peace.`;
    const at = t.indexOf("unwavering determination");
    expect(askAbout(t, at, at + "unwavering determination".length, { kind: "term" }, {})?.clause).toBe(
      `The British prime minister reaffirmed the UK's "_____" to achieve peace.`,
    );
  });
});

describe("a pronoun after the blank", () => {
  it("is the answer's own, not the person of the sentence before", () => {
    const t =
      "English defender Kyle Walker was booked for his bad foul, and Ferjani Sassi scored from the penalty spot.";
    const at = t.indexOf("Kyle Walker");
    const asked = askAbout(
      t,
      at,
      at + "Kyle Walker".length,
      { kind: "person" },
      { previous: "Harry Kane", main: "Harry Kane" },
    );
    expect(asked?.clause).not.toContain("Harry Kane");
    expect(asked?.wh ?? asked?.clause).toMatch(/his bad foul/);
  });
});

describe("'he' in a life of a woman", () => {
  it("is someone else: the question is dropped, not asked about her", () => {
    const text =
      "Zaha Hadid was an Iraqi-British architect. She was born in Baghdad in 1950 to an upper-class family. " +
      "Her father Muhammad Hadid was a wealthy industrialist from Mosul. He co-founded the left-liberal al-Ahali group in 1932. " +
      "She studied mathematics in Beirut and moved to London in 1972, where she studied at the Architectural Association.";
    const deck = generateDeck({ title: "Zaha Hadid", text }, { all: true });
    expect(deck.questions.some((q) => /Zaha Hadid co-found/.test(q.prompt))).toBe(false);
  });
});

describe("fragments", () => {
  it("a list running on past ', and' is not cut into a clause, and a purpose alone is no question", () => {
    const t =
      "NASA has selected Intuitive Machines, Lunar Outpost, and Venturi Astrolab to advance capabilities for a vehicle that astronauts will use to travel to Mars.";
    const at = t.indexOf("Mars");
    expect(askAbout(t, at, at + 4, { kind: "place" }, {})?.clause.startsWith("NASA has selected")).toBe(true);
    const deck = generateDeck(
      {
        title: "Lunar vehicle",
        text: `${t} The vehicle will also help NASA to build the foundation for crewed missions to Mars, the agency said in a statement on Wednesday.`,
      },
      { all: true },
    );
    expect(deck.questions.some((q) => /:\sTo\s[a-z]/.test(q.prompt))).toBe(false);
  });
});

// Failure classes of the second graded sample (45 other questions, 14 acceptable).
describe("choices the prompt rules out", () => {
  const text =
    "Zaha Hadid was born in Baghdad, Iraq, to an upper-class family of Mosul, Iraq. She later worked in London, Ottawa and Paris. " +
    "Starmer announced that Britain, France and Ukraine will work on a plan, with Poland, Belgium and England watching closely. " +
    "Former members Jason Beghe and Mark Rathbun have helped Daniel Montalvo since he left the group last year. " +
    "Kendrick Moxon, a lawyer for the group, and Steve Whitmore, its spokesman, declined to comment on Friday.";
  const sentences = splitSentences(text);
  const { facts, mentions } = extractFacts(sentences);
  const ctx = { facts, mentions, title: "Notes", text };
  const wrong = (value: string) => {
    const f = facts.find((x) => x.value === value);
    if (!f) throw new Error(`no fact ${value}`);
    return distractorsFor(f, value, f.sentence.text, ctx, 3);
  };

  it("a city of another country, England beside Britain", () => {
    for (const c of wrong("Baghdad")) expect(["Mosul"]).toContain(c);
    const countries = wrong("France");
    expect(countries.length).toBeGreaterThanOrEqual(2);
    expect(countries).not.toContain("England");
  });

  it("a person the prompt already names, or one named in the sentence next door", () => {
    const people = wrong("Jason Beghe");
    expect(people).not.toContain("Daniel Montalvo");
    expect(people).not.toContain("Kendrick Moxon");
    expect(people).not.toContain("Steve Whitmore");
  });
});

describe("typed answers a teacher would also accept", () => {
  it("a roman numeral as a digit, the year of a month, a name without its kind-word", () => {
    const deck = generateDeck(
      {
        title: "Missions",
        text:
          "NASA intends to begin using the rover for crewed operations during Artemis V, the agency said on Wednesday. " +
          "The rover contract was first announced in December 1783 by the Freedom Magazine editors, who praised the plan for its ambition.",
      },
      { all: true },
    );
    const artemis = deck.questions.find((q) => q.type === "cloze" && q.answer === "Artemis V");
    if (artemis) expect(artemis.acceptedAnswers).toContain("Artemis 5");
    const month = deck.questions.find((q) => q.answer === "December 1783" && q.type === "cloze");
    if (month) expect(month.acceptedAnswers).toContain("1783");
    expect(artemis ?? month).toBeDefined();
  });
});

describe("'him' in a man's life story", () => {
  it("is the man when the clause does not name him (an object is never its own subject)", () => {
    expect(
      resolveOpening("A temporary illness in 1733 gave him an excuse for leaving St. Petersburg", {
        main: "Daniel Bernoulli",
        mainPronoun: "he",
      }),
    ).toBe("A temporary illness in 1733 gave Daniel Bernoulli an excuse for leaving St. Petersburg");
    // Named already, or a woman's life: left alone.
    expect(
      resolveOpening("Shortfalls in Dvořák's salary led him to leave", { main: "Antonín Dvořák", mainPronoun: "he" }),
    ).toBe("Shortfalls in Dvořák's salary led him to leave");
    expect(resolveOpening("Her father sent him to Beirut", { main: "Zaha Hadid", mainPronoun: "she" })).toBe(
      "Zaha Hadid’s father sent him to Beirut",
    );
  });
});

describe("2.3: a phrase that shows another question's answer can leave the prompt", () => {
  it("an opening adverbial, a closing phrase after a comma, a first clause before ', and'", () => {
    expect(
      withoutPhrase(
        "Type the number: Six minutes later, Lukaku scored a third goal for Belgium, this time from _____'s assist.",
        "Lukaku",
      ),
    ).toBeUndefined(); // Lukaku is the clause's subject: nothing can go
    expect(
      withoutPhrase(
        "Type the missing words: _____ doubled the lead for Belgium, scoring a header from Kevin De Bruyne's assist.",
        "Kevin De Bruyne",
      ),
    ).toBe("Type the missing words: _____ doubled the lead for Belgium.");
    expect(
      withoutPhrase(
        "Which fills the blank? Lukaku scored a third goal for Belgium, this time from _____'s assist.",
        "Six",
      ),
    ).toBeUndefined();
    expect(
      withoutPhrase("Type the missing words: Six minutes later, _____ scored a third goal for Belgium.", "Six"),
    ).toBe("Type the missing words: _____ scored a third goal for Belgium.");
    expect(
      withoutPhrase(
        "Type the missing words: English defender Kyle Walker was booked for his bad foul, and _____ scored from the penalty spot.",
        "Kyle Walker",
      ),
    ).toBe("Type the missing words: _____ scored from the penalty spot.");
    expect(
      withoutPhrase(
        "Type the missing words: On January 8, 1880, Norton collapsed at the corner of California and _____ streets.",
        "January 8, 1880",
      ),
    ).toBe("Type the missing words: Norton collapsed at the corner of California and _____ streets.");
    // The blank's own phrase, or a list of names before ", and", stays.
    expect(withoutPhrase("Type the missing words: Six minutes later, _____ scored.", "Six")).toBeUndefined();
    expect(
      withoutPhrase("Which fills the blank? Lukaku, Hazard, and _____ made early attempts.", "Hazard"),
    ).toBeUndefined();
    expect(
      withoutPhrase("Type the missing words: According to Rathbun, _____ returned the drives.", "Rathbun"),
    ).toBeUndefined();
  });

  it("keeps the blank, balanced quotes and at least five words, and never shows the answer (property)", () => {
    const words = [
      "Mogensen",
      "harvested",
      "the",
      "final",
      "round",
      "of",
      "plants",
      "part",
      "investigation",
      "while",
      "and",
      "later",
      "On",
      "Friday",
      "scoring",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 14 }),
        fc.array(fc.constantFrom(", ", " "), { minLength: 14, maxLength: 14 }),
        fc.nat(13),
        (ws, seps, at) => {
          const parts = ws.map((w, i) => (i === at % ws.length ? "_____" : w));
          const body = parts.map((w, i) => w + (i < parts.length - 1 ? seps[i] : ".")).join("");
          const prompt = `Type the missing words: ${body.charAt(0).toUpperCase()}${body.slice(1)}`;
          const out = withoutPhrase(prompt, "Mogensen");
          if (out === undefined) return;
          expect(out.startsWith("Type the missing words: ")).toBe(true);
          expect(out).toContain("_____");
          expect(out.toLowerCase()).not.toContain("mogensen");
          expect(out.replace("Type the missing words: ", "").split(/\s+/).length).toBeGreaterThanOrEqual(5);
        },
      ),
      { seed: 23, numRuns: 400 },
    );
  });
});

describe("2.3: pronouns and terms in a life story", () => {
  it("a 'his' after a date's blank is the subject's, not the answer's; a name already in the clause stays", () => {
    const refs = { main: "Pierre Charles L'Enfant", mainPronoun: "he" as const, lifeStory: true };
    const t = "In 1758, his brother Pierre Joseph died at the age of six.";
    const asked = askAbout(t, 3, 7, { kind: "date", unit: "year" }, refs);
    expect(asked?.clause).toBe("In _____, Pierre Charles L'Enfant’s brother Pierre Joseph died at the age of six.");
    const g = "Galois returned to mathematics after his expulsion from the school in 1831.";
    expect(
      askAbout(
        g,
        g.indexOf("1831"),
        g.indexOf("1831") + 4,
        { kind: "date", unit: "year" },
        { main: "Évariste Galois", mainPronoun: "he", lifeStory: true },
      )?.clause,
    ).toBe("Galois returned to mathematics after his expulsion from the school in _____.");
    // After a person's blank, "his" is that person's own.
    const w = "Kyle Walker was booked for his bad foul in the match.";
    expect(askAbout(w, 0, 11, { kind: "person" }, refs)?.clause).toBe(
      "_____ was booked for his bad foul in the match.",
    );
  });

  it("a title in another alphabet's capitals is a life story; a sentence's first word is no term", () => {
    const text =
      "Évariste Galois was a French mathematician. Galois was born in Bourg-la-Reine in 1811. Galois studied at the École Normale in Paris. " +
      "Galois wrote to Chevalier in May 1832. Galois was shot in a duel on 30 May 1832. [21] Given the conflicting reports, the identity of his killer is unknown.";
    const deck = generateDeck({ title: "Évariste Galois", text });
    expect(deck.questions.some((q) => q.answer === "Given")).toBe(false);
    expect(deck.questions.some((q) => q.answer === "Normale")).toBe(false);
    expect(deck.questions.some((q) => q.answer === "Évariste Galois" || q.answer === "Galois")).toBe(false);
  });
});

describe("2.3: within a sentence, the fact over its qualifiers", () => {
  it("a possessive or a street is a qualifier; a death date is no background", () => {
    const text =
      "Joshua Norton was a businessman in San Francisco. On January 8, 1880, Norton collapsed at the corner of California and Dupont streets and died. " +
      "Norton received the city's most prestigious award, the Golden Key, in 1870.";
    const deck = generateDeck({ title: "Emperor Norton", text }, { all: true });
    const view = { title: "Emperor Norton", words: 40, text, mentions: [] } as ArticleView;
    const date = deck.questions.find((q) => q.answer === "January 8, 1880");
    expect(date).toBeDefined();
    const street = blank(text, "Dupont", "place");
    expect(featuresOf(street, view, new Map(), undefined).qualifier).toBeLessThan(0);
    const d = blank(text, "January 8, 1880", "date");
    expect(featuresOf(d, { ...view, namesOrAmounts: new Set([0]) }, new Map(), undefined).background).toBeUndefined();
    expect(featuresOf(d, view, new Map(), undefined).event).toBeGreaterThan(0);
  });
});

describe("2.3: a long prompt keeps only its answer's clause", () => {
  it("cuts what follows the answer's clause, never a list, never below ten words", () => {
    const long = blank(
      "Pan-democrat Gary Fan of the Neo Democrats failed to get re-elected in the New Territories East constituency, and resigned from his leadership in his party due to its election defeat.",
      "Gary Fan",
      "person",
      "multiple-choice",
    );
    expect(shortened(long).prompt).toBe(
      "Type the missing words: Pan-democrat _____ of the Neo Democrats failed to get re-elected in the New Territories East constituency.",
    );
    const list = blank(
      "Zaha Hadid’s major works include the aquatic centre for the London 2012 Olympics, Michigan State University's Broad Art Museum in the US, and the Guangzhou Opera House in China.",
      "Olympics",
      "term",
    );
    expect(shortened(list).prompt).toBe(list.prompt);
    const short = blank(
      "Kyle Walker was booked for his bad foul, and then Ferjani Sassi scored from the penalty spot.",
      "Kyle Walker",
      "person",
    );
    expect(shortened(short)).toBe(short);
  });

  it("the second half of a name joined by 'and' is no answer", () => {
    expect(
      partOfName(
        blank(
          "The Union of Rationalist Atheists and Agnostics (UAAR) has launched a petition.",
          "Union of Rationalist Atheists",
          "organization",
        ),
      ),
    ).toBe(true);
    expect(
      partOfName(
        blank("The Union of Rationalist Atheists and Agnostics has launched a petition.", "Agnostics", "organization"),
      ),
    ).toBe(true);
    expect(partOfName(blank("Talks between Malaysia and Indonesia began in May.", "Indonesia", "organization"))).toBe(
      false,
    );
  });
});

describe("2.3: typed answers accept a name's usual forms", () => {
  it("a city with 'City', a body without 'University' or '.com'; a country never becomes a city", () => {
    const forms = (answer: string, kind: RawFact["kind"], extra: Partial<RawFact> = {}) =>
      acceptedForms(blank(`In the report, ${answer} was named.`, answer, kind, "cloze", extra).fact);
    expect(forms("New York", "place", { placeKind: "city" })).toContain("New York City");
    expect(forms("Mexico", "place", { placeKind: "country" })).not.toContain("Mexico City");
    expect(forms("Michigan State University", "organization")).toContain("Michigan State");
    expect(forms("Secunia.com", "organization")).toContain("Secunia");
    expect(forms("Secunia.com", "organization")).toContain("Secunia.com");
  });
});

describe("2.3: 'the date' with no date named", () => {
  it("needs the sentence before; 'the date of the launch' does not", () => {
    expect(
      needsContext(
        blank(
          "NASA held a ceremony commemorating the date outside the hangar, known as Orbiter Processing Facility-1.",
          "Orbiter Processing Facility-1",
          "term",
        ),
      ),
    ).toBe(true);
    expect(
      needsContext(
        blank(
          "NASA held a ceremony commemorating the date of the first launch outside Orbiter Processing Facility-1.",
          "Orbiter Processing Facility-1",
          "term",
        ),
      ),
    ).toBe(false);
  });
});

describe("2.3: names joined by 'of the', and a place that only qualifies the subject", () => {
  it("'Society of the Cincinnati' is one name; '_____ surface ozone has dropped' is refused", () => {
    const deck = generateDeck(
      {
        title: "Pierre Charles L'Enfant",
        text:
          "Pierre Charles L'Enfant was a French-born American engineer. After the war, L'Enfant designed the badge of the Society of the Cincinnati, an organization of former officers. " +
          "L'Enfant later planned the city of Washington for President George Washington. US surface ozone has dropped partly due to the Clean Air Act.",
      },
      { all: true },
    );
    expect(deck.questions.some((q) => q.answer === "Society of the Cincinnati")).toBe(true);
    expect(deck.questions.some((q) => q.answer === "Society")).toBe(false);
    const ozone = blank("US surface ozone has dropped partly due to the Clean Air Act.", "US", "place");
    expect(partOfName(ozone)).toBe(false);
    const text =
      "US surface ozone has dropped partly due to the Clean Air Act, researchers at Harvard University said on Monday in a new report.";
    const sentences = splitSentences(text);
    const { facts, mentions } = extractFacts(sentences);
    const { candidates, view } = candidateQuestions(facts, { facts, mentions, title: "Ozone", words: 60, text });
    const us = candidates.filter((q) => q.answer === "US" && q.type !== "true-false");
    expect(us.length).toBeGreaterThan(0);
    const why = new Map<Draft, string>();
    const kept = selectQuestions(candidates, view, why);
    expect(kept.some((q) => q.answer === "US" && q.type !== "true-false")).toBe(false);
    expect(us.every((q) => why.get(q) === "refused")).toBe(true);
  });
});

describe("2.3: referents the fourth graded sample met", () => {
  it("'the constituency', 'similar structures' need the sentences before; 'from these attacks and threats' is not cut in half", () => {
    expect(
      needsContext(
        blank(
          "Starry Lee of DAB was elected with 58,825 votes, the highest in the constituency.",
          "58,825",
          "quantity",
        ),
      ),
    ).toBe(true);
    expect(
      needsContext(
        blank(
          "Long after his death, similar structures were built in the form of the Bay Bridge.",
          "Bay Bridge",
          "term",
        ),
      ),
    ).toBe(true);
    expect(needsContext(blank("Soybean, such as cotton, grew in the district of Kowloon.", "Kowloon", "place"))).toBe(
      false,
    );
    const cut = withoutDeictic(
      blank(
        "Microsoft says the latest versions of Internet Explorer provide the user with enhanced protection from these attacks and threats.",
        "Internet Explorer",
        "term",
      ),
    );
    expect(cut.prompt).toContain("from these attacks and threats");
    expect(
      withoutDeictic(blank("Pan-democrat Cyd Ho lost her seat in this constituency.", "Cyd Ho", "person")).prompt,
    ).toBe("Type the missing words: Pan-democrat _____ lost her seat.");
  });

  it("a clause that ends on 'said that' is a fragment", () => {
    const t =
      "Speaking in the parents' defense, Tom Molomby, SC, said that, as the parents came from India, where homeopathy is in common use, they should be declared not guilty due to cultural differences.";
    const deck = generateDeck(
      {
        title: "Trial",
        text: `${t} The trial in Sydney heard evidence from eleven doctors over four weeks, the court was told on Monday.`,
      },
      { all: true },
    );
    expect(deck.questions.some((q) => /said that\.$|said that,/.test(q.prompt))).toBe(false);
  });

  it("a count leaves no 'has' without its object", () => {
    const petition = blank(
      "The Union has launched a petition which now has more than 11,000 signatures, asking the government to act.",
      "Union",
      "organization",
    );
    const count = blank(
      "The Union has launched a petition which now has more than 11,000 signatures, asking the government to act.",
      "11,000",
      "quantity",
      "numeric",
    );
    expect(elide(petition, count)).toBeUndefined();
  });
});

describe("2.3: the fifth round's trivia, references and distractors", () => {
  it("'the London 2012 _____' is a piece of a name; 'The scientists …' opens on a reference the question does not name", () => {
    expect(
      partOfName(
        blank("Her works include the aquatic centre for the London 2012 Olympics and a museum.", "Olympics", "place"),
      ),
    ).toBe(true);
    expect(partOfName(blank("She moved in 1972 to London to study architecture.", "London", "place"))).toBe(false);
    expect(needsContext(blank("The scientists found that crop yields fell by 10% in India.", "India", "place"))).toBe(
      true,
    );
    expect(
      needsContext(blank("The Guardian described her as the queen of the curve in India.", "India", "place")),
    ).toBe(false);
  });

  it("the side the article has invading a country beside the blank is no partner offered", () => {
    const text =
      "Starmer announced that Britain, France and Ukraine will work on a ceasefire plan to present to the United States. " +
      "Leaders agreed to deter any future invasion by Russia and to keep aid flowing to Ukraine during the Russian attacks. " +
      "Poland, Belgium, Germany, Italy, Spain, Canada and Turkey also sent their leaders to the summit in London on Sunday.";
    const deck = generateDeck({ title: "Summit", text }, { all: true });
    const q = deck.questions.find((x) => x.type === "multiple-choice" && x.answer === "France");
    expect(q).toBeDefined();
    expect(q!.choices).not.toContain("Russia");
  });
});

describe("2.3: the fourth sample's formatting, alias and reference failures", () => {
  it("a date at a sentence's end keeps no full stop; a shortened month keeps its dot", () => {
    expect(findDates("The duel took place on 30 May.", undefined).map((d) => d.text)).toEqual(["30 May"]);
    expect(findDates("They undock on Sept. 27 at noon.", undefined).map((d) => d.text)).toContain("Sept. 27");
  });

  it("one person spelled two ways is not offered beside themself; different people are", () => {
    expect(sameThing("Bauchtman", "Lydia Buchtmann")).toBe(true);
    expect(sameThing("Ferjani Sassi", "Dries Mertens")).toBe(false);
    expect(sameThing("Johnson", "Jackson")).toBe(false);
  });

  it("'This past week' at the start needs the sentence before", () => {
    expect(
      needsContext(
        blank(
          "Evansville, Indiana, United States - This past week marked the opening night of the show.",
          "Evansville",
          "place",
        ),
      ),
    ).toBe(true);
  });
});
