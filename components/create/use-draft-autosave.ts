import { useCallback, useEffect, useRef, useState } from "react";
import { clearDraft, saveDraft, type NewDeckDraft } from "@/components/create/draft-storage";

/**
 * Keeps the draft on every change: after a short pause while typing, and at once when the page is
 * hidden or left. `paused` stops it (after saving the deck). Returns whether the browser kept the last
 * draft, and `discard` to forget it.
 */
export function useDraftAutosave(draft: NewDeckDraft, paused: boolean) {
  const [kept, setKept] = useState(true);
  const pending = useRef<NewDeckDraft | null>(null);
  const { form, deck, madeFrom } = draft;

  useEffect(() => {
    if (paused) return;
    const value = { form, deck, ...(deck && madeFrom && { madeFrom }) };
    pending.current = value;
    const t = setTimeout(() => {
      pending.current = null;
      setKept(saveDraft(value));
    }, 300);
    return () => clearTimeout(t);
  }, [form, deck, madeFrom, paused]);

  useEffect(() => {
    const flush = () => {
      if (pending.current) saveDraft(pending.current);
      pending.current = null;
    };
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush(); // leaving the page inside the app
    };
  }, []);

  const discard = useCallback(() => {
    pending.current = null;
    clearDraft();
  }, []);
  return { kept, discard };
}
