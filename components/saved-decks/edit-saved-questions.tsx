import { useState } from "react";
import type { Deck, Question } from "@/lib/schemas/deck";
import { DeckPreview } from "@/components/create/deck-preview";
import { resaveDeck } from "@/components/saved-decks/resave-deck";
import { replaceQuestion } from "@/lib/create/edit";
import { useEditorToggle } from "@/components/create/use-editor-toggle";

/**
 * A saved deck's questions, to edit as in the New-deck preview (question, answer, choices). Each edit is saved at
 * once under the deck's id, so the question keeps its quiz history and its flashcard.
 */
export default function EditSavedQuestions({ deck, onSaved }: { deck: Deck; onSaved: (deck: Deck) => void }) {
  const [message, setMessage] = useState("");
  const { open, setOpen, close, opener } = useEditorToggle();
  async function change(q: Question) {
    const next = replaceQuestion(deck, q);
    const r = await resaveDeck(next);
    if (!r.ok) return setMessage(r.message);
    setMessage("Saved. The question keeps its quiz history and its flashcard.");
    onSaved(next);
  }
  return (
    <section aria-labelledby="edit-questions" className="stack">
      <h2 id="edit-questions">The questions</h2>
      {open ? (
        <>
          <div>
            <button type="button" className="button secondary" onClick={close}>
              Done editing
            </button>
          </div>
          <DeckPreview deck={deck} onChange={(q) => void change(q)} />
        </>
      ) : (
        <div>
          <button
            ref={opener}
            type="button"
            className="button secondary"
            onClick={() => {
              setMessage("");
              setOpen(true);
            }}
          >
            Edit questions
          </button>
        </div>
      )}
      <p role="status" className="meta">
        {message}
      </p>
    </section>
  );
}
