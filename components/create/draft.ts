import * as z from "zod/mini";
import { deckSchema, type Deck } from "@/lib/schemas/deck";
import type { NewDeckForm } from "@/lib/create/form";
import { browserStorage } from "@/lib/store/storage";

/** Where the /new page keeps what was typed (and the preview being edited), so a reload loses nothing. */
export const DRAFT_KEY = "factdeck:new-deck-draft";

const draftSchema = z.object({
  v: z.literal(1),
  form: z.object({ title: z.string(), source: z.string(), publishedAt: z.string(), text: z.string() }),
  deck: z.optional(deckSchema),
});
export type Draft = { form: NewDeckForm; deck?: Deck };

/** The saved draft, or undefined when there is none or it cannot be read. */
export function loadDraft(): Draft | undefined {
  const raw = browserStorage().getItem(DRAFT_KEY);
  if (!raw) return undefined;
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { form: parsed.data.form, deck: parsed.data.deck } : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the draft; false when the browser refused (storage full or blocked). */
export function saveDraft(draft: Draft): boolean {
  try {
    browserStorage().setItem(DRAFT_KEY, JSON.stringify({ v: 1, ...draft }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(): void {
  browserStorage().removeItem(DRAFT_KEY);
}
