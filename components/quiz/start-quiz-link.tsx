"use client";
import type { ReactNode } from "react";
import { AppLink } from "@/components/ui/app-link";
import { markStartNow } from "@/lib/quiz/start-link";

/** A link to a deck's quiz that starts one at once, with the last settings (see lib/quiz/start-link). */
export function StartQuizLink({
  deckId,
  className,
  children,
}: {
  deckId: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <AppLink className={className} href={`/decks/${deckId}/quiz`} onClick={() => markStartNow(deckId)}>
      {children}
    </AppLink>
  );
}
