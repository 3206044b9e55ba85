"use client";
import { useEffect, useRef } from "react";
import Link from "next/link";

/** What the page shows once a deck is saved: where to go next. Focus moves here so it is announced. */
export function SavedPanel({ id, title, onAnother }: { id: string; title: string; onAnother: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="stack">
      <div ref={ref} tabIndex={-1} role="status" className="notice success">
        Saved “{title}” in this browser. It is listed with your decks on the home page.
      </div>
      <div className="row">
        <Link className="button" href={`/decks/${id}/quiz`}>Take a quiz</Link>
        <Link className="button secondary" href={`/decks/${id}`}>Open the deck</Link>
        <button className="button secondary" type="button" onClick={onAnother}>Make another deck</button>
      </div>
    </div>
  );
}
