// Writing a deck file is in lib/decks/deck-export.ts: pages that only write one do not load the schema.
import { deckSchema, type Deck } from "@/lib/schemas/deck";
import { firstIssue } from "@/lib/schemas/issues";
import { MAX_DECK_FILE_BYTES } from "@/lib/decks/deck-export";

export type DeckFileResult = { ok: true; deck: Deck } | { ok: false; reason: string };

/**
 * Reads a deck file someone chose: the deck, checked against the deck schema (every evidence sentence must
 * sit at its offsets in the article), or why it cannot be used. A progress file is told apart, and a
 * `__proto__` key is refused outright.
 */
export function parseDeckFile(text: string): DeckFileResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_DECK_FILE_BYTES)
    return {
      ok: false,
      reason: `This file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB); a deck file is at most 5 MB.`,
    };
  if (text.trim() === "") return { ok: false, reason: "This file is empty." };
  let forbidden = false;
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (key === "__proto__") forbidden = true;
      return value;
    });
  } catch {
    return { ok: false, reason: "This file is not valid JSON, so it is not a Factdeck deck file." };
  }
  if (forbidden) return { ok: false, reason: 'This file contains a forbidden key "__proto__" and was refused.' };
  if ((data as { app?: unknown } | null)?.app === "factdeck") {
    return { ok: false, reason: "This is a progress file, not a deck: import it on the Progress page." };
  }
  const parsed = deckSchema.safeParse(data);
  if (!parsed.success) {
    const { path, message } = firstIssue(parsed.error);
    return { ok: false, reason: `This is not a Factdeck deck file: ${message}${path && ` (at ${path})`}.` };
  }
  if (parsed.data.questions.length === 0) return { ok: false, reason: "This deck has no questions." };
  return { ok: true, deck: parsed.data };
}
