import { describe, expect, it } from "vitest";
import { formOf, previewState } from "@/lib/create/article-edits";
import { fixtureDeck } from "../fixtures/deck";

const made = formOf(fixtureDeck.article);
const noDate = { ...fixtureDeck, facts: fixtureDeck.facts.filter((f) => f.kind !== "date") };

describe("previewState", () => {
  it("applies title, source and date edits to the deck, keeping its questions and id", () => {
    const r = previewState(
      noDate,
      { ...made, title: "  A new title ", source: "Paper", publishedAt: "2026-02-01" },
      made,
    );
    expect(r.kind).toBe("current");
    if (r.kind !== "current") return;
    expect(r.deck.article).toMatchObject({
      title: "A new title",
      source: "Paper",
      publishedAt: "2026-02-01",
      text: fixtureDeck.article.text,
    });
    expect(r.deck.questions).toBe(fixtureDeck.questions);
    expect(r.deck.id).toBe(fixtureDeck.id);
    const cleared = previewState(noDate, { ...made, source: " ", publishedAt: "" }, made);
    expect(cleared.kind === "current" && "source" in cleared.deck.article).toBe(false);
  });
  it("a changed text makes it out of date; spacing the checks ignore does not", () => {
    expect(previewState(fixtureDeck, { ...made, text: made.text + " More." }, made)).toEqual({
      kind: "stale",
      changed: "text",
    });
    expect(previewState(fixtureDeck, { ...made, text: `\r\n${made.text}   \n` }, made).kind).toBe("current");
  });
  it("a changed date makes it out of date only when a question's fact is a date", () => {
    const withDate = {
      ...fixtureDeck,
      facts: [...fixtureDeck.facts, { ...fixtureDeck.facts[0]!, id: "f-d", kind: "date" as const }],
    };
    expect(previewState(withDate, { ...made, publishedAt: "2020-01-01" }, made)).toEqual({
      kind: "stale",
      changed: "date",
    });
    expect(previewState(noDate, { ...made, publishedAt: "2020-01-01" }, made).kind).toBe("current");
  });
  it("refuses an empty or over-long title", () => {
    expect(previewState(fixtureDeck, { ...made, title: "  " }, made).kind).toBe("invalid");
    expect(previewState(fixtureDeck, { ...made, title: "x".repeat(301) }, made).kind).toBe("invalid");
  });
  it("refuses a date that is not on the calendar (the deck schema would refuse it at save)", () => {
    expect(previewState(noDate, { ...made, publishedAt: "2025-02-31" }, made).kind).toBe("invalid");
    expect(previewState(noDate, { ...made, publishedAt: "2024-02-29" }, made).kind).toBe("current");
  });
});
