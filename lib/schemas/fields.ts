// One definition of each field that is saved, shared by every schema that reads it (saved state, progress
// files, deck files, the draft): what one write path accepts, every read path reads back.
import { z } from "@/lib/schemas/zod";
import { MAX_ANSWER_LENGTH, MAX_EPOCH_MS, MAX_QUESTION_ID_LENGTH } from "@/lib/schemas/limits";
import { DECK_ID_PATTERN, DECK_ID_SOURCE } from "@/lib/schemas/patterns";
// Any text but control characters (a newline in an id made its card key unreadable), 200 at most.
const QUESTION_ID = `[^\\u0000-\\u001f\\u007f]{1,${MAX_QUESTION_ID_LENGTH}}`;

/** Deck ids as the deck format defines them; also keeps keys like `__proto__` out of persisted records. */
export const deckIdSchema = z.string().check(z.regex(DECK_ID_PATTERN));

/** A question's id, in a deck file and everywhere progress names it. */
export const questionIdSchema = z.string().check(z.regex(new RegExp(`^${QUESTION_ID}$`)));

/** A card's key, `deckId::questionId`: exactly the keys the two ids above make. */
export const cardKeySchema = z.string().check(z.regex(new RegExp(`^${DECK_ID_SOURCE}::${QUESTION_ID}$`)));

/** What the user gave as an answer. */
export const givenAnswerSchema = z.string().check(z.maxLength(MAX_ANSWER_LENGTH));

/** A time in epoch ms (or a duration), from 0 to the end of year 9999: a date every page can show. */
export const epochMsSchema = z.int().check(z.nonnegative(), z.maximum(MAX_EPOCH_MS));

/** A link the app renders: http(s) only, so a deck file cannot carry a `javascript:` or `data:` Source link. */
export const webUrlSchema = z.url({ protocol: /^https?$/, message: "Use an http(s) address." });

/** A real calendar date, YYYY-MM-DD (no 2025-02-31, no 0000-00-00); `isCalendarDate` is the same check without Zod. */
export const calendarDateSchema = (message = "Use a real date like 2025-03-03.") => z.iso.date({ message });

// A character that shows: not a space, a format or control character (zero-width space, soft hyphen), a
// combining mark on its own (a variation selector, the combining grapheme joiner), nor a blank letter (Hangul
// fillers, the blank Braille pattern).
const VISIBLE = /[^\s\p{Cf}\p{Cc}\p{Mn}\p{Me}\u115f\u1160\u3164\uffa0\u2800]/u;

/**
 * A title: 1 to 300 characters with something visible (not only spaces or zero-width characters, which
 * gave a blank heading) and no bidirectional embedding, override or isolate controls (an override in a
 * title reversed the status line that quotes it). Right-to-left letters themselves are fine.
 */
export const titleSchema = (messages: { empty?: string; long?: string; controls?: string } = {}) =>
  z.string().check(
    z.maxLength(300, messages.long),
    z.refine((t) => VISIBLE.test(t), messages.empty ?? "A title needs a visible character."),
    z.refine(
      (t) => !/[\u202a-\u202e\u2066-\u2069]/.test(t),
      messages.controls ?? "A title cannot hold text-direction controls.",
    ),
  );
