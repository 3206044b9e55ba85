import { z } from "@/lib/schemas/zod";
import { deckSchema } from "@/lib/schemas/deck";

/** The New deck form as typed (lib/create/form-fields.ts): every field a string, checked when sent. */
const typedFormSchema = z.object({ title: z.string(), source: z.string(), publishedAt: z.string(), text: z.string() });

/**
 * The New deck page's stored draft (components/create/draft-storage.ts): what was typed, the preview being
 * edited and the form it was made from. Loaded only when a draft is there (components/create/parse-draft.ts).
 */
export const newDeckDraftSchema = z.object({
  v: z.literal(1),
  form: typedFormSchema,
  deck: z.optional(deckSchema),
  madeFrom: z.optional(typedFormSchema),
});
