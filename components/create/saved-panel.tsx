import { useEffect, useRef } from "react";
import { AppLink } from "@/components/ui/app-link";
import { StartQuizLink } from "@/components/quiz/start-quiz-link";

/** What the page shows once a deck is saved: where to go next. Focus moves here so it is announced. */
export function SavedPanel({ id, title, onAnother }: { id: string; title: string; onAnother: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="stack">
      <div ref={ref} tabIndex={-1} role="status" className="notice success">
        Saved “<bdi>{title}</bdi>” in this browser. It is listed with your decks on the home page.
      </div>
      <div className="row">
        <StartQuizLink className="button" deckId={id}>
          Take a quiz
        </StartQuizLink>
        <AppLink className="button secondary" href={`/decks/${id}`}>
          Open the deck
        </AppLink>
        <button className="button secondary" type="button" onClick={onAnother}>
          Make another deck
        </button>
      </div>
    </div>
  );
}
