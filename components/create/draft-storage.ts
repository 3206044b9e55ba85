import type { Deck } from "@/lib/schemas/deck";
import type { NewDeckForm } from "@/lib/create/form-fields";
import { browserStorage } from "@/lib/store/storage";
import { keepBackup } from "@/lib/store/backups";

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

/** Nothing typed and no preview: not a draft worth keeping. */
const blank = (d: Draft) => !d.deck && Object.values(d.form).every((v) => v.trim() === "");

/**
 * Saves the draft (a blank one is removed instead: opening the page leaves nothing behind); false when
 * the browser refused (storage full or blocked).
 */
export function saveDraft(draft: Draft): boolean {
  try {
    if (blank(draft)) browserStorage().removeItem(DRAFT_KEY);
    else browserStorage().setItem(DRAFT_KEY, JSON.stringify({ v: 1, ...draft }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(): void {
  browserStorage().removeItem(DRAFT_KEY);
}

/**
 * Keeps a draft that could not be read under `factdeck:new-deck-draft:backup:<n>` before the form starts
 * empty (and its autosave replaces it); the key, or null when the browser refused.
 */
export function backUpDraft(raw: string): string | null {
  try {
    return keepBackup(browserStorage(), DRAFT_KEY, raw);
  } catch {
    return null;
  }
}
