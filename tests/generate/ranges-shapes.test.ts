import { describe, expect, it } from "vitest";
import { findQuantities } from "@/lib/generate/quantities";
import { findMoney } from "@/lib/generate/money";
import { splitSentences } from "@/lib/generate/sentences";
import { extractFacts } from "@/lib/generate/facts";
import { distractorsFor } from "@/lib/generate/distractors";

describe("ranges are not amounts", () => {
  it("skips both ends of '8 to 9 percent' and 'between 71 and 94', keeps changes such as 'rose 18% to'", () => {
    expect(
      findQuantities("The group expected margins of 8 to 9 percent, compared with 7.2 percent last year.").map(
        (q) => q.numText,
      ),
    ).toEqual(["7.2 percent"]);
    expect(
      findQuantities("He targeted customers aged between 71 and 94 at the branch, and 23 customers lost money.").map(
        (q) => q.numText,
      ),
    ).toEqual(["23"]);
    expect(findQuantities("Deliveries grew 42% to 188,000 vehicles last year.").map((q) => q.numText)).toEqual([
      "42%",
      "188,000",
    ]);
    expect(findQuantities("Turnout rose from 8 to 9 percent in the city.").map((q) => q.numText)).toEqual([
      "9 percent",
    ]);
  });

  it("skips a money range but keeps an amount reached by a change", () => {
    expect(findMoney("The plant will cost $3 to $5 billion over ten years.")).toHaveLength(0);
    expect(findMoney("Profit rose 18% to €2.4 billion in the quarter.").map((m) => m.text)).toEqual(["€2.4 billion"]);
  });
});

describe("number distractors keep the answer's shape", () => {
  const text =
    "They found that the ice surface dropped by an average of 2.1 metres, compared with a record 3.5 metres a year earlier. " +
    "Temperatures at 3,000 metres stayed above freezing for a record 42 days, said the lead author of the study. " +
    "Reyes pleaded guilty in October to 12 counts of wire fraud and two counts of identity theft at the court.";
  const { facts } = extractFacts(splitSentences(text), "2025-03-03");
  const ctx = { facts, mentions: [] };
  const find = (v: string) => facts.find((f) => f.kind === "quantity" && f.subject === v)!;

  it("offers no article value ten times larger or of another shape ('3,000' for '2.1' metres)", () => {
    const wrong = distractorsFor(
      find("2.1"),
      "2.1",
      "They found that the ice surface dropped by an average of _____ metres.",
      ctx,
      3,
    );
    expect(wrong).toHaveLength(3);
    expect(wrong).not.toContain("3,000");
    const thousands = distractorsFor(
      find("3,000"),
      "3,000",
      "Temperatures at _____ metres stayed above freezing.",
      ctx,
      3,
    );
    for (const w of thousands) expect(w).toMatch(/^\d{1,3}(?:,\d{3})+$/);
  });

  it("offers no value the sentence already gives in words ('2' beside 'two counts')", () => {
    const wrong = distractorsFor(
      find("12"),
      "12",
      "Reyes pleaded guilty in October to _____ counts of wire fraud and two counts of identity theft at the court.",
      ctx,
      3,
    );
    expect(wrong).toHaveLength(3);
    expect(wrong).not.toContain("2");
  });
});

describe("place distractors keep the answer's scale", () => {
  it("offers no country for a town the lists do not know, and treats Korea as Korea Republic", async () => {
    const { sameThing } = await import("@/lib/generate/equivalence");
    expect(sameThing("Korea", "Korea Republic")).toBe(true);
    const text =
      "Born in Leeds, England, in 1934, she moved to Australia in 1958 to join a research agency in the north. " +
      "She died on Sunday at her home in Hobart, Tasmania, her daughter said in a statement.";
    const { facts, mentions } = extractFacts(splitSentences(text), "2025-03-03");
    const hobart = facts.find((f) => f.kind === "place" && f.value === "Hobart")!;
    const wrong = distractorsFor(hobart, "Hobart", hobart.sentence.text, { facts, mentions }, 3);
    for (const c of ["England", "Australia"]) expect(wrong).not.toContain(c);
  });
});
