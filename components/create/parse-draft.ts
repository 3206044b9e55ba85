import { newDeckDraftSchema as draftSchema } from "@/lib/schemas/new-deck-draft";
import type { NewDeckDraft } from "@/components/create/draft-storage";

/** A stored draft (see draft-storage.ts), or undefined when it cannot be read. */
export function parseDraft(raw: string): NewDeckDraft | undefined {
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return undefined;
    const { form, deck, madeFrom } = parsed.data;
    return { form, deck, ...(madeFrom && { madeFrom }) };
  } catch {
    return undefined;
  }
}
