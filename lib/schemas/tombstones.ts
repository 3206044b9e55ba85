// zod/mini, like the other persisted schemas: validated in the browser with the saved data.
import { z } from "@/lib/schemas/zod";
import { epochMsSchema } from "@/lib/schemas/fields";
import { cardKeySchema } from "@/lib/schemas/cards";

const epochMs = epochMsSchema;
const id = z.string().check(z.minLength(1), z.maxLength(500));

/**
 * What this browser deleted, so that another tab's older copy cannot bring it back when the tabs' saves
 * are merged (lib/store/cross-tab.ts). Small and pruned (lib/sync/tombstones.ts): the newest 100 of each.
 */
export const tombstonesSchema = z.object({
  /** The last reset (or import that replaced everything): anything older from another tab is gone. */
  resetAt: z.optional(epochMs),
  /**
   * Decks whose progress was forgotten (the deck was deleted), and when; by a hash of the deck id
   * (lib/sync/tombstones.ts `deckToken`), so a deleted deck's id (its title) is not kept.
   */
  decks: z
    .array(z.object({ deck: z.string().check(z.regex(/^[0-9a-z]{1,12}$/)), at: epochMs }))
    .check(z.maxLength(1000)),
  /** Quiz attempts that left the screen (quit, replaced, results closed); `at` is when they started. */
  attempts: z.array(z.object({ id, at: epochMs })).check(z.maxLength(1000)),
  /** Undone grades: the review-log entry's id, its card and when the grade was given. */
  reviews: z.array(z.object({ id, key: cardKeySchema, at: epochMs })).check(z.maxLength(1000)),
});
export type Tombstones = z.infer<typeof tombstonesSchema>;
