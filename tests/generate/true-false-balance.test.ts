import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { balanceTrueFalse } from "@/lib/generate/balance";
import type { Draft } from "@/lib/generate/draft";

const tf = (answer: "True" | "False", i: number) =>
  ({ type: "true-false", answer, prompt: `True or false? s${i}`, choices: ["True", "False"] }) as unknown as Draft;
const mc = (i: number) => ({ type: "multiple-choice", answer: `a${i}`, prompt: `q${i}` }) as unknown as Draft;

describe("true/false answers are kept near even", () => {
  it("drops the last statements of the larger side", () => {
    const drafts = [
      tf("False", 1),
      mc(1),
      tf("True", 2),
      tf("False", 3),
      tf("False", 4),
      tf("False", 5),
      tf("False", 6),
      mc(2),
    ];
    const out = balanceTrueFalse(drafts);
    expect(out.filter((d) => d.answer === "False").map((d) => d.prompt)).toEqual([
      "True or false? s1",
      "True or false? s3",
      "True or false? s4",
    ]);
    expect(out.filter((d) => d.type === "multiple-choice")).toHaveLength(2);
  });
  it("leaves a balanced set alone", () => {
    const drafts = [tf("True", 1), tf("False", 2), tf("True", 3), tf("False", 4), tf("False", 5)];
    expect(balanceTrueFalse(drafts)).toEqual(drafts);
  });
  it("never lets one side exceed the other by more than a quarter (or two), and keeps everything else in order", () =>
    fc.assert(
      fc.property(fc.array(fc.constantFrom("T", "F", "M"), { maxLength: 60 }), (kinds) => {
        const drafts = kinds.map((k, i) => (k === "M" ? mc(i) : tf(k === "T" ? "True" : "False", i)));
        const out = balanceTrueFalse(drafts);
        const t = out.filter((d) => d.answer === "True").length;
        const f = out.filter((d) => d.answer === "False").length;
        const lo = Math.min(t, f);
        expect(Math.max(t, f)).toBeLessThanOrEqual(Math.max(lo + 2, Math.ceil(lo * 1.25)));
        expect(Math.min(t, f)).toBe(
          Math.min(drafts.filter((d) => d.answer === "True").length, drafts.filter((d) => d.answer === "False").length),
        );
        const order = out.map((d) => drafts.indexOf(d));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(out.filter((d) => d.type !== "true-false")).toHaveLength(kinds.filter((k) => k === "M").length);
      }),
    ));
});
