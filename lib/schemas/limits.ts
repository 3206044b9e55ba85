// Plain numbers, no Zod: the answer box and the store's actions cap with them before anything is validated.

/** Longest answer kept (typed, or ordering items joined): the box stops there and the store cuts to it. */
export const MAX_ANSWER_LENGTH = 2000;

/** Longest question id: a card key is `deckId::questionId`, so a longer id would make an unreadable key. */
export const MAX_QUESTION_ID_LENGTH = 200;

/**
 * Latest time a saved timestamp may hold: the end of year 9999 (UTC). Dates stop at 8.64e15 ms, and a
 * timestamp past that (or near it, once an interval is added) is an Invalid Date that crashes formatting
 * and scheduling; every date a page shows or ts-fsrs computes from a timestamp up to here is valid.
 */
export const MAX_EPOCH_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Grades undo can take back in a row (Anki's undo goes back many steps too); older ones are forgotten. */
export const MAX_UNDO = 30;
