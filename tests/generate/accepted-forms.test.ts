// Typed answers accept the fair forms a learner who knows the fact would type (issue 11, the graded "ambiguous"
// failures): a person's surname, the fuller name the article gives a surname, a body's acronym or short form. Never
// another entity's name: a surname two people share, a word that also names a place or a body, another body's name.
import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/schemas/deck";
import type { RawFact } from "@/lib/generate/raw-fact";
import { splitSentences } from "@/lib/generate/sentences";
import { extractFacts } from "@/lib/generate/facts";
import { acceptedForms, cloze } from "@/lib/generate/build-fill";
import { abbreviates, withArticleForms } from "@/lib/generate/article-names";
import { checkAnswer } from "@/lib/quiz/check-answer";
import { q } from "../fixtures/deck";

/** The article's fact whose answer is `value` (the `nth` one). */
function factOf(text: string, value: string, nth = 0): RawFact {
  const found = extractFacts(splitSentences(text)).facts.filter((f) => f.value === value)[nth];
  if (!found) throw new Error(`no fact ${value}`);
  return found;
}

/** A typed question on the fact, with the forms the generator accepts for it. */
function typed(text: string, value: string, nth = 0): Question {
  const fact = factOf(text, value, nth);
  return { ...q("q-cloze"), answer: value, acceptedAnswers: acceptedForms(fact) };
}

/** The forms accepted for `value` as an answer of `kind` in the article (however the extractor types it). */
function formsOf(text: string, value: string, kind: RawFact["kind"]): string[] {
  const sentences = splitSentences(text);
  const { facts, mentions } = extractFacts(sentences);
  const fact = { ...facts[0]!, kind, value, normalized: value, alternatives: undefined, articleForms: undefined };
  return acceptedForms(withArticleForms([fact], sentences, mentions)[0]!);
}

const WORLD_CUP =
  "Belgium beat Panama 3-0 in Sochi on Monday night. Belgium attacked early with Romelu Lukaku, Yannick Carrasco, " +
  "and Dries Mertens making attempts on goal. Just two minutes into the second half, Dries Mertens scored a goal " +
  "from a volley for the Belgians. Lukaku then scored twice for Belgium.";

const BERNOULLI =
  "Daniel Bernoulli was a Swiss mathematician who worked on fluids. His father Johann Bernoulli was a professor of " +
  "mathematics at Basel. Daniel Bernoulli published Hydrodynamica in 1738 after years of work. He was a close " +
  "friend of Leonhard Euler, and Euler visited him often. Later, Bernoulli and Euler studied the flow of fluids together. " +
  "A prize went to the memoirs by Euler and Colin Maclaurin in 1740.";

describe("a person's name: the surname, and the fuller name, as the article uses them", () => {
  it("'Mertens' answers 'Dries Mertens' (a name listed with people); other players' surnames do not", () => {
    const mertens = typed(WORLD_CUP, "Dries Mertens", 1);
    expect(checkAnswer(mertens, "Mertens")).toBe(true);
    expect(checkAnswer(mertens, "Dries Mertens")).toBe(true);
    expect(checkAnswer(mertens, "Carrasco")).toBe(false);
    expect(checkAnswer(mertens, "Lukaku")).toBe(false);
    // The article calls him "Lukaku" on his own.
    expect(checkAnswer(typed(WORLD_CUP, "Romelu Lukaku"), "Lukaku")).toBe(true);
  });

  it("a surname two people in the article bear answers neither", () => {
    const daniel = typed(BERNOULLI, "Daniel Bernoulli");
    expect(checkAnswer(daniel, "Daniel Bernoulli")).toBe(true);
    expect(checkAnswer(daniel, "Bernoulli")).toBe(false);
    expect(checkAnswer(daniel, "Johann Bernoulli")).toBe(false);
    expect(checkAnswer(typed(BERNOULLI, "Johann Bernoulli"), "Bernoulli")).toBe(false);
    const hk =
      "Pan-democrat veteran Cyd Ho from the Labour Party lost her seat on Sunday. Pro-Beijing lawyer Junius Ho " +
      "won a seat in New Territories West on Sunday.";
    expect(checkAnswer(typed(hk, "Cyd Ho"), "Cyd Ho")).toBe(true);
    expect(checkAnswer(typed(hk, "Cyd Ho"), "Ho")).toBe(false);
  });

  it("a surname answer takes the article's full name for that one person ('Auguste Chevalier', 'Leonhard Euler')", () => {
    const galois =
      "Galois decided to publish his papers privately through his friend Auguste Chevalier in the spring. Five days " +
      "before his death, he wrote a letter to Chevalier which alludes to a broken love affair.";
    expect(checkAnswer(typed(galois, "Chevalier"), "Auguste Chevalier")).toBe(true);
    expect(checkAnswer(typed(galois, "Auguste Chevalier"), "Chevalier")).toBe(true);
    expect(checkAnswer(typed(BERNOULLI, "Euler"), "Leonhard Euler")).toBe(true);
    expect(checkAnswer(typed(BERNOULLI, "Euler"), "Daniel Bernoulli")).toBe(false);
    // "Bernoulli" is Daniel and Johann: neither full name answers it.
    const sentences = splitSentences(BERNOULLI);
    const { facts, mentions } = extractFacts(sentences);
    const euler = facts.find((f) => f.value === "Euler")!;
    const [bernoulli] = withArticleForms(
      [{ ...euler, value: "Bernoulli", normalized: "Bernoulli", articleForms: undefined }],
      sentences,
      mentions,
    );
    expect(bernoulli?.articleForms).toEqual([]);
  });

  it("a surname that also names a body is not accepted alone", () => {
    const text =
      "President John Kennedy set the goal of landing on the Moon in a speech to Congress. Years later the rocket " +
      "lifted off from the Kennedy Space Center in Florida with three astronauts.";
    const kennedy = typed(text, "John Kennedy");
    expect(checkAnswer(kennedy, "John Kennedy")).toBe(true);
    expect(checkAnswer(kennedy, "Kennedy")).toBe(false);
  });

  it("a family name written first is the one typed alone ('Lam' for 'Lam Cheuk-ting')", () => {
    const text =
      "Pan-democrat Lam Cheuk-ting from the Democratic Party was elected for the first time. Veteran " +
      "Lam Cheuk-ting thanked his voters at the count on Monday morning.";
    const lam = typed(text, "Lam Cheuk-ting");
    expect(checkAnswer(lam, "Lam")).toBe(true);
    expect(checkAnswer(lam, "Cheuk-ting")).toBe(false);
  });
});

describe("a body's acronym and short form, as the article writes them", () => {
  it("the acronym the article gives in brackets or uses ('M5S', 'WHO', 'NASA'), and the long name for the acronym", () => {
    const italy =
      "Requests have come from the deputies of Movimento 5 Stelle (M5S) of the regional council of Lombardy. " +
      "The M5S party asks the government to apply the ruling quickly.";
    expect(checkAnswer(typed(italy, "Movimento 5 Stelle"), "M5S")).toBe(true);
    const who =
      "The World Health Organisation (WHO) recommends that every country should iodise all edible salt. Experts " +
      "who study iodine say the problem is easily fixed.";
    expect(checkAnswer(typed(who, "World Health Organisation"), "WHO")).toBe(true);
    const nasa =
      "The National Aeronautics and Space Administration announced the locations of the three orbiters on Tuesday. " +
      "NASA said that Atlantis would stay in Florida for display.";
    expect(checkAnswer(typed(nasa, "NASA"), "National Aeronautics and Space Administration")).toBe(true);
  });

  it("a short form ('Supreme Court', 'LA Sheriff') the article writes for the same body, both ways", () => {
    const court =
      "The request results from the sentence of the Italian Supreme Court of Cassation on July 8 this year. The " +
      "campaign asks the government to respect the sentence of the Supreme Court in every region.";
    expect(checkAnswer(typed(court, "Italian Supreme Court of Cassation"), "Supreme Court")).toBe(true);
    expect(checkAnswer(typed(court, "Supreme Court"), "Italian Supreme Court of Cassation")).toBe(true);
    const sheriff =
      "A detective for the Los Angeles Sheriff's office was given material to build a case against Montalvo. A " +
      "spokesman for the LA Sheriff's office confirmed the arrest on Friday.";
    expect(checkAnswer(typed(sheriff, "Los Angeles Sheriff"), "LA Sheriff")).toBe(true);
  });

  it("never another body's name: a different party with the same words, initials that spell something else", () => {
    const parties =
      "The Social Democratic Party won nine seats in the vote on Sunday. The Democratic Party lost four seats in " +
      "the same vote, its worst result in decades.";
    expect(checkAnswer(typed(parties, "Social Democratic Party"), "Democratic Party")).toBe(false);
    expect(checkAnswer(typed(parties, "Democratic Party"), "Social Democratic Party")).toBe(false);
    // Initials that only happen to match, a body's three capitals, a name's own first word.
    const ozone =
      "The study was led by Colorado State University of the US and the University of Sheffield of the UK. The " +
      "scientists said ozone damage to crops will grow.";
    expect(formsOf(ozone, "US", "place")).not.toContain("University of Sheffield");
    expect(formsOf(ozone, "US", "organization")).not.toContain("University of Sheffield");
    const museum =
      "The Weatherspoon Art Museum at the University of North Carolina at Greensboro saw 11,000 visitors. The " +
      "successful UNC Greensboro exhibit included Polaroids of author Truman Capote.";
    expect(checkAnswer(typed(museum, "UNC Greensboro"), "Greensboro")).toBe(false);
    const clouds =
      "Allton said he had only seen the Silver Clouds installation before in film. The Silver Clouds installation " +
      "were silver balloons blown up with helium.";
    expect(checkAnswer(typed(clouds, "Silver Clouds"), "Clouds")).toBe(false);
    expect(abbreviates("LA Sheriff", "Los Angeles Sheriff")).toBe(true);
    expect(abbreviates("M5S", "Movimento 5 Stelle")).toBe(true);
    expect(abbreviates("LA Sheriff", "Los Angeles Police")).toBe(false);
    expect(abbreviates("NSA", "National Aeronautics and Space Administration")).toBe(false);
  });

  it("an acronym shown in the prompt gives the answer away; '(M5S)' right after the blank is cut from the question", () => {
    const bracket =
      "Requests have come from the deputies of Movimento 5 Stelle (M5S) of the regional council of Lombardy in May.";
    expect(cloze(factOf(bracket, "Movimento 5 Stelle"))).toBeDefined();
    const shown =
      "Requests have come from the deputies of Movimento 5 Stelle, known as M5S, of the regional council of Lombardy. " +
      "The M5S party asks the government to apply the ruling quickly.";
    expect(cloze(factOf(shown, "Movimento 5 Stelle"))).toBeUndefined();
    // "who" is not "WHO".
    const who =
      "The World Health Organisation (WHO) was founded in 1948 in Geneva. Experts who study iodine say the World " +
      "Health Organisation recommends iodised salt for every country.";
    expect(cloze(factOf(who, "World Health Organisation", 1))).toBeDefined();
  });

  it("a name without its kind word only when that leaves a name ('Dumky', not 'American String')", () => {
    const text =
      "Antonín Dvořák wrote his Dumky Trio in the winter of that year. He also wrote the American String Quartet " +
      "during a summer in Iowa.";
    expect(checkAnswer(typed(text, "Dumky Trio"), "Dumky")).toBe(true);
    expect(checkAnswer(typed(text, "American String Quartet"), "American String")).toBe(false);
  });

  it("a body or a place by the word the article writes alone ('Chrome', 'Kennedy'); never a city's name for its school", () => {
    const browser =
      "Mozilla Firefox gained users while the recently released Google Chrome is also quickly gaining users. The " +
      "analysis showed the browser nearly tied with Chrome last month.";
    expect(checkAnswer(typed(browser, "Google Chrome"), "Chrome")).toBe(true);
    const launch =
      "The Artemis II crew completed a rehearsal at NASA's Kennedy Space Center in Florida on Wednesday. The crew " +
      "woke at their quarters inside Kennedy's Neil Armstrong Operations and Checkout Building before the drive.";
    expect(checkAnswer(typed(launch, "Kennedy Space Center"), "Kennedy")).toBe(true);
    expect(checkAnswer(typed(launch, "Kennedy"), "Kennedy Space Center")).toBe(true);
    const prague =
      "The first public performances of his works were in Prague in 1872 and 1873. In 1891 Dvořák was appointed " +
      "as a professor at the Prague Conservatory after years of teaching.";
    expect(checkAnswer(typed(prague, "Prague Conservatory"), "Prague")).toBe(false);
    expect(checkAnswer(typed(prague, "Prague"), "Prague Conservatory")).toBe(false);
  });

  it("the same name with or without its small words ('Food Standards of Australia and New Zealand')", () => {
    const text =
      "Lydia Buchtmann for Food Standards Australia New Zealand says guidelines are coming this year. A report " +
      "by Food Standards of Australia and New Zealand found low iodine levels in bread.";
    expect(
      checkAnswer(typed(text, "Food Standards Australia New Zealand"), "Food Standards of Australia and New Zealand"),
    ).toBe(true);
  });
});

describe("a description in common words, without what only qualifies it", () => {
  it("'diluted substances' for 'massively diluted forms of substances'; never without a negation", () => {
    const text =
      "Homeopathy is a form of alternative medicine which treats patients with massively diluted forms of substances " +
      "that, if given to a healthy person undiluted, would cause symptoms. Daniel Bernoulli was a Swiss mathematician " +
      "and physicist who worked in Basel. The court found the parents not legally responsible for the death.";
    const diluted = typed(text, "massively diluted forms of substances");
    expect(checkAnswer(diluted, "diluted substances")).toBe(true);
    expect(checkAnswer(diluted, "diluted forms of substances")).toBe(true);
    expect(checkAnswer(diluted, "substances")).toBe(false);
    expect(checkAnswer(diluted, "massively diluted")).toBe(false);
    const fact = factOf(text, "massively diluted forms of substances");
    const forms = (answer: string) => acceptedForms({ ...fact, value: answer, normalized: answer });
    expect(forms("Swiss mathematician and physicist")).toContain("mathematician and physicist");
    // The negation stays; a hedge is no manner ("nearly identical" is not "identical").
    expect(forms("not legally responsible")).toContain("not responsible");
    expect(forms("not legally responsible")).not.toContain("legally responsible");
    expect(forms("nearly identical copies of documents")).not.toContain("identical copies of documents");
  });
});
