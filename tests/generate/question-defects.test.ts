import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateDeck } from "@/lib/generate/deck";
import { parsePlainText } from "@/lib/generate/plain-text";
import { balanceQuotes, statementOf } from "@/lib/generate/prompt-checks";
import type { Deck } from "@/lib/schemas/deck";
import { expectDeckInvariants } from "./invariants";

// Short texts are refused: every article ends on this neutral sentence.
const FILLER =
  "\n\nOfficials from both sides said that more talks would follow and that the next meeting would be held in the capital of the region.";
const make = (text: string, publishedAt?: string, title = "Talks in Valdora"): Deck => {
  const deck = generateDeck({ title, text: `${text}${FILLER}`, ...(publishedAt && { publishedAt }) }, { all: true });
  expectDeckInvariants(deck);
  return deck;
};

const QUOTED = [
  "Prime Minister Helena Marsh opened the talks in Valdora on Monday with a long speech to the delegates.",
  '"We will rebuild every bridge the storm has taken from us," Marsh told reporters after the first session ended.',
  '"Our engineers are already working in the northern valleys," she added.',
  '"No village will be left without a road before the winter comes," Marsh said later that evening.',
  '"The money for the roads is in the budget for next year," Marsh told the assembly on Tuesday.',
  '"Farmers need the bridges more than anyone else in the region," said Tomas Reyes, a farmers\' leader.',
  "Opposition leader Carla Benn said the plan came far too late for the families in the valleys.",
].join("\n\n");

describe("who said it", () => {
  it("asks at most two who-said questions per speaker and names one person in at most two statements", () => {
    const deck = make(QUOTED, "2025-03-04");
    const said = deck.questions.filter((q) => q.type === "who-said");
    expect(said.filter((q) => q.answer === "Helena Marsh").length).toBeGreaterThan(0);
    expect(said.filter((q) => q.answer === "Helena Marsh").length).toBeLessThanOrEqual(2);
    const named = new Map<string, number>();
    for (const q of deck.questions) {
      const who = /^True or false\? (.+?) said: /.exec(q.prompt)?.[1];
      if (who) named.set(who, (named.get(who) ?? 0) + 1);
    }
    for (const n of named.values()) expect(n).toBeLessThanOrEqual(2);
  });

  it("shows, as evidence of a 'she added' quote, the sentence that names the speaker, with exact offsets", () => {
    const deck = make(QUOTED, "2025-03-04");
    const q = deck.questions.find(
      (x) => (x.type === "who-said" || /said: /.test(x.prompt)) && x.prompt.includes("Our engineers"),
    );
    expect(q, "a question on the 'she added' quote").toBeDefined();
    expect(q!.evidence.sentence).toContain("Marsh");
    expect(q!.evidence.sentence).toContain("she added");
    expect(deck.article.text.slice(q!.evidence.start, q!.evidence.end)).toBe(q!.evidence.sentence);
  });

  it("keeps a quote's own sentence as evidence when it names the speaker", () => {
    const deck = make(QUOTED, "2025-03-04");
    const q = deck.questions.find((x) => x.type === "who-said" && x.prompt.includes("rebuild every bridge"));
    expect(q!.evidence.sentence.startsWith('"We will rebuild')).toBe(true);
  });
});

const LOAN =
  "Following the meeting, Finance Minister Ana Ruiz announced that Valdora and Montefria had agreed on a loan of 2.26 billion euros to rebuild the ports. " +
  "Valdora will also spend 400 million euros on new schools, the ministry said in a statement on Friday, which surprised analysts. " +
  "Prime Minister Helena Marsh called the deal historic. Opposition leader Carla Benn, a former judge, said it was too costly.";

describe("true/false statements", () => {
  it("never copy a sentence word for word when true, and turn 'X announced that' into 'According to X'", () => {
    const plain = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, " ")
        .trim();
    for (const publishedAt of ["2025-03-07", "2025-03-08"]) {
      const deck = make(LOAN, publishedAt);
      const statements = deck.questions.filter((q) => q.type === "true-false" && !/describes|said:/.test(q.prompt));
      expect(statements.length).toBeGreaterThan(0);
      for (const q of statements) {
        const text = plain(q.prompt.replace(/^True or false\? /, "").replace(/ \(The article is dated.*$/, ""));
        expect(plain(q.evidence.sentence)).not.toBe(text);
      }
      expect(
        statements.some((q) =>
          q.prompt.includes("According to Finance Minister Ana Ruiz, Valdora and Montefria had agreed"),
        ),
      ).toBe(true);
    }
  });

  it("shorten without breaking the sentence: no pronoun as a source, no orphaned relative clause", () => {
    expect(
      statementOf(
        "Following the talks, Finance Minister Ana Ruiz said that the loan was worth ",
        "2 billion euros",
        " (2.2 billion dollars), which surprised analysts.",
      ),
    ).toBe("According to Finance Minister Ana Ruiz, the loan was worth 2 billion euros.");
    expect(statementOf("Average prices rose ", "8.5%", ", the company said.")).toBe(
      "According to the company, average prices rose 8.5%.",
    );
    expect(
      statementOf("She said that sea temperatures, about ", "2.5 degrees", " above average, had fed the storm."),
    ).toBe("She said that sea temperatures, about 2.5 degrees above average, had fed the storm.");
    expect(statementOf("In Japan, where the company opened a showroom, sales reached ", "¥48 billion", ".")).toBe(
      "In Japan, where the company opened a showroom, sales reached ¥48 billion.",
    );
  });

  it("do not state true a title a choice question on the same person already asks", () => {
    const deck = make(LOAN, "2025-03-07");
    for (const fact of deck.facts.filter((f) => f.role)) {
      const asked = deck.questions.filter((q) => q.factId === fact.id);
      const choice = asked.some((q) => q.type === "multiple-choice");
      const trueStatement = asked.some((q) => q.type === "true-false" && q.answer === "True");
      expect(choice && trueStatement, fact.value).toBe(false);
    }
    expect(deck.questions.some((q) => q.prompt.startsWith("True or false? The article describes"))).toBe(true);
  });
});

describe("blanks", () => {
  it("asks a weekday as the day the sentence names, not as a calendar date", () => {
    const deck = make(
      fs
        .readFileSync(path.join(__dirname, "../../data/articles/000_0a2426d6fdee1e2b.txt"), "utf8")
        .split("\n")
        .slice(2)
        .join("\n"),
      "2025-03-03",
    );
    const days = deck.questions.filter((x) => /^(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day$/.test(x.answer));
    expect(days.some((x) => x.type === "cloze" && /^Type the missing day of the week: /.test(x.prompt))).toBe(true);
    for (const x of days) expect(x.prompt).not.toMatch(/missing date/);
  });

  it("does not ask a vague quantity ('more than a dozen') as a number to type or choose", () => {
    const deck = make(
      "Western leaders, including more than a dozen heads of state, met in Valdora to agree on 40 new bridges for the north.",
      "2025-03-03",
    );
    expect(
      deck.questions.some((q) => (q.type === "numeric" || q.type === "multiple-choice") && /dozen/.test(q.answer)),
    ).toBe(false);
    expect(deck.questions.some((q) => q.answer === "40")).toBe(true);
  });

  it("does not blank a sentence whose subject is a pronoun from the sentence before", () => {
    const text =
      "The army fired 21 shells at the border posts near Valdora on Thursday morning. Six shells of them hit the area near posts 542 and 543, the agency said.";
    const deck = make(text, "2025-03-03");
    const second = text.indexOf("Six shells");
    expect(deck.questions.some((q) => q.evidence.start === second && q.type !== "who-said")).toBe(false);
    expect(deck.questions.some((q) => q.evidence.start === 0)).toBe(true);
  });

  it("does not blank one item of a list of names, or offers none of the other items as a choice", () => {
    const text =
      "NASA has selected Intuitive Machines, Lunar Outpost, and Venturi Astrolab to build a lunar vehicle for the Artemis missions. " +
      "Intuitive Machines is based in Houston, while Venturi Astrolab is based in Hawthorne.";
    const deck = make(text, "2024-04-03", "Moon vehicles");
    const first = deck.questions.filter((q) => q.evidence.start === 0 && q.prompt.includes("_____, Lunar Outpost"));
    expect(first.some((q) => q.type === "cloze")).toBe(false);
    for (const q of first)
      for (const c of q.choices ?? []) expect(["Lunar Outpost", "Venturi Astrolab"]).not.toContain(c);
  });
});

describe("prompts", () => {
  it("close or drop quotation marks that do not pair up", () => {
    expect(balanceQuotes('"War maniacs will pay on _____ afternoon.')).toBe("War maniacs will pay on _____ afternoon.");
    expect(balanceQuotes('posts 250 and 251", said _____.')).toBe("posts 250 and 251, said _____.");
    expect(balanceQuotes("He called it “a disgrace.")).toBe("He called it a disgrace.");
    expect(balanceQuotes('He said "no" and left.')).toBe('He said "no" and left.');
    // 02 quotes a statement over two sentences: blanks in it used to open a quote they never closed.
    const deck = generateDeck(
      parsePlainText(fs.readFileSync(path.join(__dirname, "../fixtures/articles/02-korea-quasi-war.txt"), "utf8")),
    );
    expect(deck.questions.some((q) => q.prompt.includes("War maniacs"))).toBe(true);
    for (const q of deck.questions) expect((q.prompt.match(/"/g) ?? []).length % 2, q.prompt).toBe(0);
  });

  it("give the article's date to a sentence that dates something 'yesterday', and drop an undated date question", () => {
    const text =
      "Valdora and Montefria exchanged artillery fire yesterday near the town of Brask, the army said. Forty soldiers were moved to the border on Friday.";
    const dated = make(text, "2015-08-21");
    const relative = dated.questions.filter((q) => q.evidence.start === 0 && q.type !== "who-said");
    expect(relative.length).toBeGreaterThan(0);
    for (const q of relative) expect(q.prompt).toMatch(/\(The article is dated 21 August 2015\.\)$/);
    const undated = make(text);
    expect(
      undated.questions.some(
        (q) => q.evidence.start === 0 && q.prompt.includes("yesterday") && /day|date/.test(q.prompt.split(":")[0]!),
      ),
    ).toBe(false);
  });
});
