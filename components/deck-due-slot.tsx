"use client";

import { lazy, Suspense } from "react";
import type { DeckDueProps } from "@/components/deck-due";

// Loaded after the page (the deck list and the deck page carry no progress code at start-up).
const DeckDue = lazy(() => import("@/components/deck-due"));
const placeholder = (
  <p className="due-line" aria-hidden="true">
    &nbsp;
  </p>
);

/** A deck's new / learning / due counts (components/deck-due.tsx), loaded on demand. */
export function DeckDueSlot(props: DeckDueProps) {
  return (
    <Suspense fallback={placeholder}>
      <DeckDue {...props} />
    </Suspense>
  );
}
