import { z } from "@/lib/schemas/zod";
import { deckSchema } from "@/lib/schemas/deck";
import type { Draft } from "@/components/create/draft-storage";

const formSchema = z.object({ title: z.string(), source: z.string(), publishedAt: z.string(), text: z.string() });
const draftSchema = z.object({
  v: z.literal(1),
  form: formSchema,
  deck: z.optional(deckSchema),
  madeFrom: z.optional(formSchema),
});

/** A stored draft (see draft-storage.ts), or undefined when it cannot be read. */
export function parseDraft(raw: string): Draft | undefined {
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return undefined;
    const { form, deck, madeFrom } = parsed.data;
    return { form, deck, ...(madeFrom && { madeFrom }) };
  } catch {
    return undefined;
  }
}
