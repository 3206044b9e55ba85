import type { Deck } from "@/lib/schemas/deck";

/** What a review needs of a deck (built in, or pasted in the browser): its questions and title, no article text. */
export type ReviewDeck = Pick<Deck, "id" | "questions"> & { article: Pick<Deck["article"], "title"> };

/** The part of a deck a review page passes to the browser (keeps the page's payload small). */
export function toReviewDeck(d: Deck): ReviewDeck {
  return { id: d.id, article: { title: d.article.title }, questions: d.questions };
}
