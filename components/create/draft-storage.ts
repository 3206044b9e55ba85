import type { Deck } from "@/lib/schemas/deck";
import type { NewDeckForm } from "@/lib/create/form-fields";
import { browserStorage } from "@/lib/store/storage";

/** Where the /new page keeps what was typed (and the preview being edited), so a reload loses nothing. */
export const DRAFT_KEY = "factdeck:new-deck-draft";

export type Draft = { form: NewDeckForm; deck?: Deck };

/** The saved draft as stored (checked by `parseDraft`, loaded only when there is one), or null. */
export function readDraftRaw(): string | null {
  try {
    return browserStorage().getItem(DRAFT_KEY);
  } catch {
    return null;
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
