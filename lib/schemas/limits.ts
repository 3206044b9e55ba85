// Plain numbers, no Zod: the answer box and the store's actions cap with them before anything is validated.

/** Longest answer kept (typed, or ordering items joined): the box stops there and the store cuts to it. */
export const MAX_ANSWER_LENGTH = 2000;

/** Longest question id: a card key is `deckId::questionId`, so a longer id would make an unreadable key. */
export const MAX_QUESTION_ID_LENGTH = 200;
