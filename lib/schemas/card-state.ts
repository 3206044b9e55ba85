// Plain numbers, no Zod (as limits.ts): the review queue and the quiz link compare states without loading
// Zod or ts-fsrs.

/** FSRS learning states, numbered as ts-fsrs's `State` (a test checks), the numbers saved cards hold. */
export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardState = (typeof CardState)[keyof typeof CardState];
