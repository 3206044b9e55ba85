// Loaded only when a file is imported (dynamic import), so its weight never reaches a page on first load.
import { z } from "@/lib/schemas/zod";
import { epochMsSchema } from "@/lib/schemas/fields";
import { cardRecordSchema, cardSettingsSchema, reviewHistorySchema, reviewLogEntrySchema } from "@/lib/schemas/cards";
import { quizPersistedSchema } from "@/lib/schemas/quiz";

/**
 * The progress file format this app writes; a file with a higher number is refused, not guessed at.
 * Format 2 added `cards.reviewHistory` (older reviews folded into counts); format 1 files still import.
 */
export const PROGRESS_FORMAT_VERSION = 2;

/** The cards part of a progress file: cards as a list (no keys to forge), the review log, the settings. */
export const progressCardsSchema = z.object({
  cards: z.array(cardRecordSchema),
  reviewLog: z.array(reviewLogEntrySchema),
  reviewHistory: z.optional(reviewHistorySchema),
  settings: cardSettingsSchema,
});

/** All of a user's progress as one versioned JSON file: quiz attempts and best scores, cards, reviews. */
export const progressFileSchema = z.object({
  app: z.literal("factdeck"),
  kind: z.literal("progress"),
  formatVersion: z.union([z.literal(1), z.literal(PROGRESS_FORMAT_VERSION)]),
  exportedAt: epochMsSchema,
  quiz: quizPersistedSchema,
  cards: progressCardsSchema,
});
export type ProgressFile = z.infer<typeof progressFileSchema>;
