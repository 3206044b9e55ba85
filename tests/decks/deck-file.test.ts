import { describe, expect, it } from "vitest";
import fc from "fast-check";
import builtin from "@/data/decks/london-defence-summit.deck.json";
import { parseDeckFile } from "@/lib/decks/deck-file";
import { MAX_DECK_FILE_BYTES, deckFileName, serializeDeck } from "@/lib/decks/deck-export";
import type { Deck } from "@/lib/schemas/deck";

const deck = builtin as unknown as Deck;

describe("deck files", () => {
  it("a deck written to a file reads back the same", () => {
    const r = parseDeckFile(serializeDeck(deck));
    expect(r).toEqual({ ok: true, deck });
    expect(deckFileName(deck)).toBe(`${deck.id}.factdeck.json`);
  });

  it.each([
    ["", /empty/],
    ["{not json", /not valid JSON/],
    ['{"app":"factdeck","formatVersion":2}', /progress file, not a deck/],
    ['{"formatVersion":1}', /not a Factdeck deck file/],
    ['{"__proto__":{"polluted":true},"formatVersion":1}', /forbidden key "__proto__"/],
  ])("refuses %j with a reason", (text, reason) => {
    const r = parseDeckFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a deck whose evidence does not sit in its article", () => {
    const broken = {
      ...deck,
      questions: [{ ...deck.questions[0]!, evidence: { ...deck.questions[0]!.evidence, start: 1 } }],
    };
    const r = parseDeckFile(JSON.stringify(broken));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/evidence offsets do not match.*questions\.0\.evidence/);
  });

  it("refuses a deck with no questions, and a file over the size limit", () => {
    expect(parseDeckFile(JSON.stringify({ ...deck, questions: [] })).ok).toBe(false);
    const big = parseDeckFile(" ".repeat(MAX_DECK_FILE_BYTES + 1));
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.reason).toMatch(/too large/);
  });

  it("never throws, whatever the text", () =>
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof parseDeckFile(text).ok).toBe("boolean");
      }),
    ));
});
