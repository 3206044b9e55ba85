import { useId, useState } from "react";
import { useEditorToggle } from "@/components/create/use-editor-toggle";
import type { Deck } from "@/lib/schemas/deck";
import { resaveDeck } from "@/components/saved-decks/resave-deck";
import styles from "@/components/create/new-deck.module.css";

/**
 * Renames a deck saved in this browser. Its id stays, and with it every answer, card and review of it:
 * only the title changes (issue 13: a saved deck can be renamed later, keeping its progress).
 */
export function RenameDeck({ deck, onRenamed }: { deck: Deck; onRenamed: (deck: Deck) => void }) {
  const id = useId();
  const [title, setTitle] = useState(deck.article.title);
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");
  // Closing the form (saved or cancelled) puts focus back on Rename.
  const { open, setOpen, close, opener } = useEditorToggle();

  async function save() {
    const t = title.trim();
    if (!/[^\s\p{Cf}\p{Cc}]/u.test(t)) return setError("Give the deck a title.");
    if (t.length > 300) return setError("Keep the title under 300 characters.");
    const renamed: Deck = { ...deck, article: { ...deck.article, title: t } };
    const r = await resaveDeck(renamed);
    if (!r.ok) return setError(r.message);
    setError("");
    close();
    setMessage(`Renamed to “${t}”. Its quiz history and cards are kept.`);
    onRenamed(renamed);
  }

  return (
    <div className="stack">
      {open ? (
        <form
          className="stack"
          aria-label="Rename this deck"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className={styles.field}>
            <label htmlFor={`${id}-title`}>Deck title</label>
            <input
              id={`${id}-title`}
              type="text"
              autoComplete="off"
              value={title}
              autoFocus
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => {
                setTitle(e.target.value);
                setError("");
              }}
            />
            {error && (
              <p id={`${id}-error`} className={styles.fieldError}>
                {error}
              </p>
            )}
          </div>
          <div className="row">
            <button type="submit" className="button">
              Save the title
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                close();
                setTitle(deck.article.title);
                setError("");
              }}
            >
              Cancel
            </button>
          </div>
        </form>
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
            Rename
          </button>
        </div>
      )}
      <p role="status" className="meta">
        {message}
      </p>
    </div>
  );
}
