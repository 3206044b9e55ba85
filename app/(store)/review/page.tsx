import type { Metadata } from "next";
import { ReviewAllDecks } from "@/components/cards/review-all-decks";
import { toReviewDeck } from "@/lib/srs/review-deck";
import { builtinDecks } from "@/lib/decks/builtin";

export const metadata: Metadata = { title: "Review" };

export default function ReviewAllPage() {
  return (
    <>
      <h1>Review</h1>
      <p className="lede" style={{ marginTop: 0 }}>
        Flashcards from every deck, when they are due.
      </p>
      <ReviewAllDecks builtin={builtinDecks.map(toReviewDeck)} />
    </>
  );
}
