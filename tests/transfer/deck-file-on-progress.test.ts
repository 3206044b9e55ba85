import { describe, expect, it } from "vitest";
import builtin from "@/data/decks/london-defence-summit.deck.json";
import { parseProgressFile } from "@/lib/transfer/import-progress";

describe("a deck file chosen on the Progress page", () => {
  it("is refused with a pointer to where deck files open", () => {
    const r = parseProgressFile(JSON.stringify(builtin));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe("This is a deck file, not progress: open it on the New deck page.");
  });
  it("other JSON is simply not a progress file", () => {
    const r = parseProgressFile('{"hello":1}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe("This is not a Factdeck progress file.");
  });
});
