import { useId, useState } from "react";
import type { Deck } from "@/lib/schemas/deck";
import { MAX_DECK_FILE_BYTES } from "@/lib/decks/deck-export";
import styles from "./new-deck.module.css";

/** Opens a deck file (one downloaded from a deck's page, here or in another browser) into the preview. */
export function DeckFileImport({ onDeck }: { onDeck: (deck: Deck, fileName: string) => void }) {
  const id = useId();
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function open(input: HTMLInputElement) {
    const file = input.files?.[0];
    setError("");
    if (!file) return;
    try {
      if (file.size > MAX_DECK_FILE_BYTES) {
        setError(`This file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB); a deck file is at most 5 MB.`);
        return;
      }
      setBusy(true);
      // The deck schema (Zod) loads only now, when someone opens a file.
      const [{ parseDeckFile }, text] = await Promise.all([import("@/lib/decks/deck-file"), file.text()]);
      const result = parseDeckFile(text);
      if (result.ok) onDeck(result.deck, file.name);
      else setError(`${result.reason} Nothing was opened.`);
    } finally {
      setBusy(false);
      input.value = "";
    }
  }

  return (
    <section aria-labelledby={`${id}-h`} className="stack">
      <h2 id={`${id}-h`}>Or open a deck file</h2>
      <p className="meta">
        A deck downloaded from a deck&apos;s page (“Download the deck file”), in this browser or another.
      </p>
      <div className={styles.field}>
        <label htmlFor={`${id}-file`}>Deck file (.json, at most 5 MB)</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => void open(e.currentTarget)}
        />
      </div>
      <div role="alert">{error && <p className="notice error">{error}</p>}</div>
    </section>
  );
}
