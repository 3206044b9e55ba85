// 2.5: questions kept whole where 2.4 refused or mangled them: a sentence that points back asked with the sentence
// before it, names that share common words with the prompt, the article's own name slips respelled, and a body of no
// known sort offered only among its namesakes.
import { describe, expect, it } from "vitest";
import { generateDeck } from "@/lib/generate/deck";
import { givesAway } from "@/lib/generate/equivalence";
import { nameSlips, respelled } from "@/lib/generate/name-slips";
import { splitSentences } from "@/lib/generate/sentences";
import { extractFacts } from "@/lib/generate/facts";
import { cloze, multipleChoice } from "@/lib/generate/build-fill";
import { distractorsFor } from "@/lib/generate/distractors";
import type { Draft } from "@/lib/generate/draft";
import type { RawFact } from "@/lib/generate/raw-fact";
import type { Mention } from "@/lib/generate/mention";
import { trueFalseQuote } from "@/lib/generate/build-other";
import { mended, named, needsContext, selectQuestions, withoutDeictic } from "@/lib/generate/select";
import { candidateQuestions } from "@/lib/generate/build-questions";

const all = (title: string, text: string) => generateDeck({ title, text }, { all: true }).questions;

/** Every candidate of an article, and why selection dropped each ("refused", …). */
function verdicts(title: string, text: string) {
  const { facts, mentions } = extractFacts(splitSentences(text));
  const { candidates, view } = candidateQuestions(facts, { facts, mentions, title, text, words: 60 });
  const why = new Map<Draft, string>();
  selectQuestions(candidates, view, why);
  return { candidates, why };
}

describe("a sentence that points back is asked with the sentence before it", () => {
  const text =
    "The city council of Marlow voted on Monday to close the old harbour bridge to lorries. " +
    "The council of the county had asked for a weight limit in 2019. " +
    "Engineers said the steel frame of the bridge needs urgent repairs after it lost a third of its strength. " +
    "The repairs will cost about 4 million pounds and will start on 14 September 2026, officials said.";

  it("shows the sentence before when it names what the opening points to", () => {
    const qs = all("Marlow closes harbour bridge", text);
    const start = qs.find((q) => q.answer === "14 September 2026");
    expect(start?.prompt).toBe(
      "Type the missing date: Engineers said the steel frame of the bridge needs urgent repairs after it lost a third of its strength. The repairs will cost about 4 million pounds and will start on _____.",
    );
  });

  // The first sentence speaks of repairs, so "The repairs" points back and is refused without a sentence to show.
  const opening =
    "The city council of Marlow voted on Monday to close the old harbour bridge to lorries until engineers finish repairs. " +
    "The county had asked for a weight limit on the harbour road in 2019. ";
  const closing = "The repairs will cost about 4 million pounds and will start on 14 September 2026, officials said.";
  const repairs = (third: string) =>
    all("Marlow closes harbour bridge", opening + third + " " + closing).filter((q) =>
      q.prompt.includes("The repairs"),
    );

  it("refuses the context when it does not name what the opening points to", () => {
    expect(repairs("Traffic on the coast road has doubled since the new port opened near the town of Marlow.")).toEqual(
      [],
    );
    expect(
      repairs("Engineers said the steel frame of the bridge needs urgent repairs after the winter storms."),
    ).not.toEqual([]);
  });

  it("never shows a sentence before that gives the answer away or leans on a pronoun itself", () => {
    const leaky = "Engineers said urgent repairs to the old harbour bridge would begin on 14 September 2026 at dawn.";
    const leaning = "They said the steel frame of the bridge needed urgent repairs after the long winter storms.";
    expect(repairs(leaky).map((q) => q.answer)).not.toContain("14 September 2026");
    expect(repairs(leaning)).toEqual([]);
  });
});

describe("common words of a name do not give it away", () => {
  it("a body's or place's common words and places are no leak; a distinctive word is", () => {
    const distinctive = (w: string) => !["space", "center", "california"].includes(w);
    expect(givesAway("the first space shuttle lifted off from the _____", ["Kennedy Space Center"], distinctive)).toBe(
      false,
    );
    expect(givesAway("the first space shuttle lifted off from the _____", ["Kennedy Space Center"])).toBe(true);
    expect(givesAway("Kennedy said the _____ would host it", ["Kennedy Space Center"], distinctive)).toBe(true);
  });

  it("a museum in Los Angeles, California is asked; a person's name word in the prompt still is not", () => {
    const text =
      "The retired orbiter Endeavour will be sent to the California Science Center in Los Angeles, California after its last flight. " +
      "The orbiter will be shown in a new hall from 2012, the museum said. " +
      "Engineer Maria Lopez said Lopez family members had worked on the orbiter for decades.";
    const { facts, mentions } = extractFacts(splitSentences(text));
    const museum = facts.find((f) => f.value === "California Science Center")!;
    expect(museum).toBeDefined();
    expect(cloze(museum)?.prompt).toBe(
      "Type the missing words: The retired orbiter Endeavour will be sent to the _____ in Los Angeles, California after its last flight.",
    );
    const lopez = facts.find((f) => f.value === "Maria Lopez");
    if (lopez) {
      expect(cloze(lopez)).toBeUndefined();
      expect(multipleChoice(lopez, { facts, mentions, text })).toBeUndefined();
    }
  });
});

describe("the article's name slips are spelt as it usually spells them", () => {
  it("finds a slip of a name written right elsewhere, never an inflection or another person's name", () => {
    const text =
      "K.C. Maurer, who directs the gallery, opened the show. Institutional recipients, said Mauer, must exhibit the " +
      "photographs. Mogensen and Moghbeli ran the tests. Mogensen then rested. Later Mogensensen and Moghbeli slept. " +
      "The Untied Nations and the United States criticised it; the United Nations said so. Texans and Texas voters, " +
      "Russian and Russia, Cheng Chung-tai and Cheung Kwok-kwan, and Cheung again.";
    expect([...nameSlips(text)]).toEqual([
      ["Mauer", "Maurer"],
      ["Mogensensen", "Mogensen"],
      ["Untied", "United"],
    ]);
  });

  it("respells prompts, choices and answers", () => {
    const slips = new Map([["Mauer", "Maurer"]]);
    const d = {
      type: "multiple-choice",
      prompt: "Which fills the blank? Recipients, said Mauer, exhibit every _____ years.",
      answer: "ten",
      choices: ["ten", "six", "eight"],
    } as Draft;
    expect(respelled(d, slips).prompt).toBe(
      "Which fills the blank? Recipients, said Maurer, exhibit every _____ years.",
    );
    // Both the slip and its usual spelling among the choices: left as it is rather than two equal choices.
    const answerIsSlip = { ...d, answer: "Mauer", choices: ["Mauer", "Maurer"] } as Draft;
    expect(respelled(answerIsSlip, slips).choices).toEqual(["Mauer", "Maurer"]);
    // The slip as the answer: asked with the usual spelling, the slip still accepted when typed.
    const typed = {
      type: "cloze",
      prompt: "Type the missing words: The _____ criticised the policy.",
      answer: "Untied Nations",
      acceptedAnswers: ["Untied Nations"],
    } as Draft;
    const fixed = respelled(typed, new Map([["Untied", "United"]]));
    expect(fixed.answer).toBe("United Nations");
    expect(fixed.acceptedAnswers).toEqual(["United Nations", "Untied Nations"]);
  });
});

describe("a body of no known sort is offered only among its namesakes", () => {
  const text =
    "The prototype orbiter, Space Shuttle Enterprise, will move to the Intrepid Sea-Air-Space Museum in New York City. " +
    "NASA Administrator Charles Bolden announced the choice after the Space Shuttle Program ended with STS-135.";
  const { facts, mentions } = extractFacts(splitSentences(text));
  const enterprise = facts.find((f) => f.value === "Space Shuttle Enterprise")!;
  const body = (name: string, sentence: number) => ({
    ...mentions.find((m) => m.kind === "organization")!,
    name,
    text: name,
    sentence,
    attributive: false,
  });
  const withBodies = (...names: string[]) => [...mentions, ...names.map((n, i) => body(n, 5 + i))];

  it("a shuttle among shuttles, never an administrator, a mission code or the programme", () => {
    expect(enterprise).toBeDefined();
    const ctx = {
      facts,
      mentions: withBodies("Space Shuttle Atlantis", "Space Shuttle Discovery", "Space Shuttle Endeavour"),
      text,
    };
    expect(
      distractorsFor(enterprise, enterprise.value, "The prototype orbiter, _____, will move.", ctx, 3).sort(),
    ).toEqual(["Space Shuttle Atlantis", "Space Shuttle Discovery", "Space Shuttle Endeavour"]);
  });

  it("without namesakes it offers none of the article's other bodies", () => {
    const ctx = { facts, mentions: withBodies("Acme Rocket Works", "Orbital Freight Line"), text };
    expect(distractorsFor(enterprise, enterprise.value, "The prototype orbiter, _____, will move.", ctx, 3)).toEqual(
      [],
    );
  });
});

describe("a thing called by its common noun", () => {
  const draft = (prompt: string, context?: string, start = 200) =>
    ({
      type: "cloze",
      prompt,
      answer: "x",
      ...(context && { context }),
      fact: {
        id: "f",
        kind: "place",
        value: "x",
        sentence: { index: 3, paragraph: 0, start, end: start + 80, text: prompt },
        blankStart: start,
        blankEnd: start + 1,
      },
    }) as Draft;

  it("leans on the sentences around it: 'the event', 'the city', 'the forms', 'the request of …'", () => {
    for (const p of [
      "Type the number: Last year over _____ visitors attended the event and this year the city expects more.",
      "Which fills the blank? The forms are part of an effort to clear the nation's _____ asylum claims.",
      "Type the missing words: The request of the municipalities results from the sentence of the _____.",
      "Which fills the blank? Estimates suggest _____ migrants may be at sea in the region.",
      "Type the missing words: _____ was excluded from the study, where a fortification program is ongoing.",
    ])
      expect(needsContext(draft(p)), p).toBe(true);
    expect(
      needsContext(draft("Type the missing words: The Court of Appeal in _____ heard the case of the century.")),
    ).toBe(false);
  });

  it("shown with a sentence that names it, it has its referent", () => {
    const context = "The festival drew crowds to the memorial hall on Saturday.";
    expect(needsContext(draft(`Type the number: ${context} Over _____ people attended the festival.`, context))).toBe(
      false,
    );
    expect(needsContext(draft(`Type the number: ${context} Over _____ people attended the event.`, context))).toBe(
      true,
    );
  });

  it("takes the name the article gave it before", () => {
    const text =
      "The Australian National Iodine Nutrition Study surveyed 1709 schoolchildren in five states. Most were mildly " +
      "deficient. Tasmania was excluded from the study, where a fortification program is ongoing.";
    const start = text.indexOf("Tasmania was");
    const view = { title: "Iodine", words: 30, mentions: [], text };
    const d = draft(
      "Type the missing words: _____ was excluded from the study, where a program is ongoing.",
      undefined,
      start,
    );
    expect(named(d, view).prompt).toBe(
      "Type the missing words: _____ was excluded from the Australian National Iodine Nutrition Study, where a program is ongoing.",
    );
    const unnamed = { ...view, text: text.replace("Australian National Iodine Nutrition Study", "survey") };
    expect(named(d, unnamed).prompt).toBe(d.prompt);
  });
});

describe("trivia and unfair choices of 2.4", () => {
  const match =
    "Ashford Town beat Dover Athletic 2-1 on Saturday in the county cup final at the Main Road ground. " +
    "Tom Baker scored both goals for Ashford in the second half after Dover led at the break. " +
    '"It felt good out there today," Ashford manager Kevin Hart said after the final whistle. ' +
    '"We raised 40,000 pounds for the new youth academy at Main Road this season," Dover chairman Paul Reed said. ' +
    '"The referee gave us nothing all afternoon and we will complain to the county board," Dover coach Sam Cole said.';

  it("a short remark with no name, number or claim is not asked as who said it", () => {
    // Selected, not every candidate: the refusal is selection's.
    const qs = generateDeck({ title: "Ashford win the county cup", text: match }).questions.filter(
      (q) => q.type === "who-said" || /said: “/.test(q.prompt),
    );
    expect(qs.some((q) => q.prompt.includes("It felt good out there"))).toBe(false);
    expect(qs.some((q) => q.prompt.includes("We raised 40,000 pounds"))).toBe(true);
  });

  it("a death date is typed, never chosen among the article's other dates", () => {
    const life =
      "Pierre Martin (August 2, 1754 – June 14, 1825) was a French-born engineer who planned the port of Calais. " +
      "He served in the war from February 18, 1778 and was wounded on October 9, 1779 at the siege of Savannah. " +
      "He was promoted on April 3, 1779 and left the army on May 2, 1783 after the peace was signed in Paris.";
    const died = all("Pierre Martin", life).filter((q) => /die\?$/.test(q.prompt));
    expect(died.length).toBeGreaterThan(0);
    for (const q of died) {
      expect(q.type).toBe("cloze");
      expect(q.acceptedAnswers).toContain("14 June 1825");
    }
  });
});

describe("a body's words are never put in another body's mouth", () => {
  it("a quotation by an organisation is stated only as said by it", () => {
    const sentence = {
      index: 0,
      paragraph: 0,
      start: 0,
      end: 120,
      text: "“Units of the army were sent to the front line to destroy the loudspeakers by Saturday,” KCNA said.",
    };
    const fact = {
      id: "f-q",
      kind: "quote",
      value: "Units of the army were sent to the front line to destroy the loudspeakers by Saturday",
      sentence,
      blankStart: 1,
      blankEnd: 86,
      subject: "KCNA",
      speakerKind: "organization",
    } as RawFact;
    const org = (name: string) =>
      ({ kind: "organization", name, text: name, sentence: 0, start: 0, end: 1 }) as Mention;
    const ctx = { facts: [fact], mentions: [org("KCNA"), org("DPRK"), org("Yonhap")] };
    const asked = trueFalseQuote(fact, ["KCNA", "Yonhap"], ctx, true);
    expect(asked?.answer).toBe("True");
    expect(asked?.prompt).toMatch(/^True or false\? KCNA said:/);
    const person = trueFalseQuote(
      { ...fact, subject: "Kim Lee", speakerKind: "person" },
      ["Kim Lee", "Park Ji-sung"],
      {
        facts: [fact],
        mentions: [
          { ...org("Kim Lee"), kind: "person" },
          { ...org("Park Ji-sung"), kind: "person" },
        ] as Mention[],
      },
      true,
    );
    expect(person?.answer).toBe("False");
  });
});

describe("side details of a life story", () => {
  it("when and where of a family member's life is not asked; the subject's own is", () => {
    const life =
      "Pierre Martin (August 2, 1754 – June 14, 1825) was a French-born engineer who planned the port of Calais. " +
      "In 1758, Pierre Martin's brother Jacques died at the age of six in Lyon. " +
      "His father Louis Martin was a wealthy merchant from Marseille who traded in silk. " +
      "Pierre Martin moved to Calais in 1781 and built the harbour walls there in 1790.";
    const { candidates, why } = verdicts("Pierre Martin", life);
    const family = candidates.filter((d) => ["1758", "Lyon", "Marseille"].includes(d.answer));
    expect(family.length).toBeGreaterThan(0);
    for (const d of family) expect(why.get(d), d.prompt).toBe("refused");
    const own = candidates.filter((d) => d.answer === "1781");
    expect(own.length).toBeGreaterThan(0);
    for (const d of own) expect(why.get(d), d.prompt).not.toBe("refused");
  });
});

describe("who said it: people the article presents, three at least", () => {
  const text =
    "NASA Administrator Charles Bolden announced the new homes of the orbiters on Tuesday at the Kennedy Space Center. " +
    '"We thank every city that asked for one of the Space Shuttle Orbiters and the Adler Planetarium team," Bolden said at the event. ' +
    "Governor Chris Gregoire of Washington said the decision was a blow to the Museum of Flight in Seattle. " +
    "Senator John Cornyn of Texas criticised the choice of the agency in a statement. " +
    '"The Museum of Flight put a tremendous amount of effort into landing a retired shuttle in the Pacific Northwest," Gregoire said.';

  it("never offers a name only ever inside quotations, nor a body's name as a person", () => {
    const qs = all("Orbiters find homes", text).filter((q) => q.type === "who-said");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      expect(q.choices).not.toContain("Space Shuttle Orbiters");
      expect(q.choices).not.toContain("Adler Planetarium");
      expect(q.choices!.length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("more of the source's slips and the answer's other names", () => {
  it("'commonly know as' is mended outside quotations", () => {
    const d = {
      type: "cloze",
      prompt: 'Type the missing name: Commonly know as "the know as list", the seats went to _____.',
      answer: "x",
    } as Draft;
    expect(mended(d).prompt).toBe(
      'Type the missing name: Commonly known as "the know as list", the seats went to _____.',
    );
  });

  it("part of a fuller name is no wrong choice for a full name; surnames stay choices for a surname", () => {
    const text =
      "Pierre Charles L'Enfant was born in Paris in 1754 to a family of painters. " +
      "L'Enfant was recruited by Pierre Augustin Caron de Beaumarchais to serve in the war. " +
      "The war lasted for many years and cost a great deal of money. Pierre Charles studied art at the Louvre. " +
      "George Washington hired him after the war. Alexander Hamilton became his friend in New York. " +
      "Henry Knox wrote to him often. Thomas Jefferson disliked his plan for the capital.";
    const { facts, mentions } = extractFacts(splitSentences(text));
    const recruiter = facts.find((f) => f.value === "Pierre Augustin Caron de Beaumarchais");
    expect(recruiter).toBeDefined();
    const wrong = distractorsFor(
      recruiter!,
      recruiter!.value,
      "L'Enfant was recruited by _____.",
      { facts, mentions, text },
      3,
    );
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong).not.toContain("Pierre Charles");
  });

  it("a true/false count swapped for one with the noun left plural is not asked", () => {
    const text =
      "Microsoft has replaced Internet Explorer 6 with three newer versions since 2001, the company said on Friday. " +
      "Its market share fell to 56 percent this year from 70 percent in 2009, analysts at Net Applications said. " +
      "Google Chrome and Mozilla Firefox gained users in every region of the world during the year.";
    for (const q of generateDeck({ title: "Browsers", text }).questions)
      expect(q.prompt).not.toMatch(/\bone newer versions\b/);
  });
});

describe("a time the question does not show", () => {
  it("'during this time' leans on the sentence before: left out, the question kept", () => {
    const d = {
      type: "cloze",
      prompt: "Type the missing words: He also wrote his finest chamber piece, the _____, during this time.",
      answer: "American Quartet",
      fact: {
        id: "f",
        kind: "term",
        value: "American Quartet",
        sentence: { index: 3, paragraph: 0, start: 0, end: 80, text: "" },
        blankStart: 0,
        blankEnd: 1,
      },
    } as Draft;
    expect(needsContext(d)).toBe(true);
    expect(withoutDeictic(d).prompt).toBe("Type the missing words: He also wrote his finest chamber piece, the _____.");
  });
});

describe("side details of a match", () => {
  it("the referee and the group letter are not asked; the stadium and the penalty's culprit can be", () => {
    const text =
      "In the first game of Group G, Belgium faced Panama at the Fisht Stadium in Sochi on Monday evening. " +
      "Belgium won the game 3 – 0 with two goals from Romelu Lukaku in the second half of the match. " +
      "In the 62nd minute Kim Min-Woo conceded a penalty which the match referee Joel Aguilar awarded Sweden.";
    const { candidates, why } = verdicts("World Cup day five", text);
    const side = candidates.filter((d) => d.answer === "Group G" || d.answer === "Joel Aguilar");
    expect(side.length).toBeGreaterThan(0);
    for (const d of side) expect(why.get(d), d.prompt).toBe("refused");
    const stadium = candidates.filter((d) => d.answer === "Fisht Stadium");
    for (const d of stadium) expect(why.get(d), d.prompt).not.toBe("refused");
  });
});
