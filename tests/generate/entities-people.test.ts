import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/generate/sentences";
import { findMentions } from "@/lib/generate/entities";
import { findQuotes } from "@/lib/generate/quotes";

const mentionsOf = (t: string) => findMentions(splitSentences(t));
const quotesOf = (t: string) => {
  const sentences = splitSentences(t);
  return findQuotes(sentences, findMentions(sentences));
};

describe("people, titles and speakers in unseen articles", () => {
  it("reads a title that opens the sentence or ends in 'Executive' as a title, not part of the name", () => {
    const ms = mentionsOf(
      "Chief Financial Officer Tomas Lindqvist said margins would rise. Rivals met Chief Executive Ingrid Halvorsen in Oslo.",
    );
    expect(ms.find((m) => m.name === "Tomas Lindqvist")).toMatchObject({
      kind: "person",
      role: "Chief Financial Officer",
    });
    expect(ms.find((m) => m.name === "Ingrid Halvorsen")).toMatchObject({ kind: "person", role: "Chief Executive" });
    expect(ms.some((m) => m.name.startsWith("Executive"))).toBe(false);
  });

  it("does not join a person to the body after 'of'", () => {
    const ms = mentionsOf("The award was praised by Professor Alan Whitcombe of James Cook University on Monday.");
    expect(ms.find((m) => m.name === "Alan Whitcombe")?.kind).toBe("person");
    expect(ms.find((m) => m.name === "James Cook University")?.kind).toBe("organization");
    // A title followed by "of" still joins: "Secretary of State".
    expect(
      mentionsOf("The talks were led by Secretary of State Antony Blinken in Paris.").find(
        (m) => m.name === "Antony Blinken",
      )?.role,
    ).toBe("Secretary of State");
  });

  it("types awards and plural common nouns as no person", () => {
    const ms = mentionsOf(
      "Prosecutors said she won the Darwin Medal in 1996 and the Tyler Prize for Environmental Achievement in 2004.",
    );
    expect(ms.some((m) => m.kind === "person")).toBe(false);
  });

  it("gives a quote to the person, not the body named after 'of', and to a name that follows its title", () => {
    const q1 = quotesOf(
      'Analyst Petra Moreau of Banque Lavalle said the results were "a clear sign that the transition is paying off," in a note.',
    );
    expect(q1[0]?.speaker).toBe("Petra Moreau");
    const q2 = quotesOf(
      '"He abused the trust of people who had banked with him for years," said District Attorney Lorraine Whitaker.',
    );
    expect(q2[0]?.speaker).toBe("Lorraine Whitaker");
  });
});
