import { z } from "@/lib/schemas/zod";
import { deckSchema } from "@/lib/schemas/deck";
import type { Draft } from "@/components/create/draft-storage";

const draftSchema = z.object({
  v: z.literal(1),
  form: z.object({ title: z.string(), source: z.string(), publishedAt: z.string(), text: z.string() }),
  deck: z.optional(deckSchema),
});

/** A stored draft (see draft-storage.ts), or undefined when it cannot be read. */
export function parseDraft(raw: string): Draft | undefined {
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { form: parsed.data.form, deck: parsed.data.deck } : undefined;
  } catch {
    return undefined;
  }
}
