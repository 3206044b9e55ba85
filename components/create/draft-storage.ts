import type { Deck } from "@/lib/schemas/deck";
import type { NewDeckForm } from "@/lib/create/form-fields";
import { browserStorage } from "@/lib/store/storage";
import { keepBackup } from "@/lib/store/backups";
import { cleanText } from "@/lib/create/clean";
import { MAX_TEXT_CHARS } from "@/lib/create/input";

/** Where the /new page keeps what was typed (and the preview being edited), so a reload loses nothing. */
export const DRAFT_KEY = "factdeck:new-deck-draft";

/**
 * The New deck page's draft (not a generated question's draft, lib/generate/draft.ts): what was typed, the
 * preview being edited, and `madeFrom`, the form as it stood when the preview was made, to tell which edits
 * leave it out of date.
 */
export type NewDeckDraft = { form: NewDeckForm; deck?: Deck; madeFrom?: NewDeckForm };

/** The saved draft as stored (checked by `parseDraft`, loaded only when there is one), or null. */
export function readDraftRaw(): string | null {
  try {
    return browserStorage().getItem(DRAFT_KEY);
  } catch {
    return null;
  }
}

/** Nothing typed and no preview: not a draft worth keeping. */
const blank = (d: NewDeckDraft) => !d.deck && Object.values(d.form).every((v) => v.trim() === "");

/**
 * What to store for `draft`: its text, null to remove it (a blank one: opening the page leaves nothing
 * behind), or undefined to leave the stored draft as it is when the article is over the limit (the form
 * refuses it, so it is not kept either: a 5-million-character paste filled the storage quota).
 */
export function draftValue(draft: NewDeckDraft): string | null | undefined {
  if (blank(draft)) return null;
  if (cleanText(draft.form.text).length > MAX_TEXT_CHARS) return undefined;
  return JSON.stringify({ v: 1, ...draft });
}

/** Saves the draft as `draftValue` says; false when the browser refused (storage full or blocked). */
export function saveDraft(draft: NewDeckDraft): boolean {
  try {
    const value = draftValue(draft);
    if (value === null) browserStorage().removeItem(DRAFT_KEY);
    else if (value !== undefined) browserStorage().setItem(DRAFT_KEY, value);
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
