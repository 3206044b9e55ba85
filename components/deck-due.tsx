import { emptyCardsData } from "@/lib/srs/defaults";
import { deckCounts } from "@/lib/srs/queue";
import { localOffset } from "@/lib/srs/local-day";
import { useSavedCards } from "@/components/ui/use-saved-cards";
import { useMinuteClock } from "@/components/ui/due-badge";

export type DeckDueProps = {
  /** The deck's id and its questions' ids (exact counts), or its number of questions (a saved deck's summary). */
  deck: { id: string; questions: readonly { id: string }[] } | { id: string; questionCount: number };
  /** The list's accessible name (several decks on one page need their own). */
  label: string;
};

/**
 * A deck's cards to review, as Anki's deck list shows them: new (as many as today's limit lets in), learning and
 * due, the same numbers its review starts with. Space is kept while the saved cards are read.
 */
export default function DeckDue({ deck, label }: DeckDueProps) {
  const cards = useSavedCards();
  const now = useMinuteClock();
  if (cards === undefined || now === null)
    return (
      <p className="due-line" aria-hidden="true">
        &nbsp;
      </p>
    );
  const counts = deckCounts(deck, cards ?? emptyCardsData(), now, localOffset);
  return (
    <ul className="due-line" aria-label={label}>
      <li className="due-new">
        <strong>{counts.new}</strong> new
      </li>
      <li className="due-learning">
        <strong>{counts.learning}</strong> learning
      </li>
      <li className="due-due">
        <strong>{counts.due}</strong> due
      </li>
    </ul>
  );
}
