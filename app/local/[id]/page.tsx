import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LocalDeckView } from "@/components/saved-decks/local-deck-view";
import { LocalDeckRoute } from "@/components/offline/local-deck-route";
import { isLocalDeckId } from "@/lib/decks/local-summary";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Your deck" };

/** A deck saved in this browser: the server knows nothing of it, the page reads it from IndexedDB. */
export default async function LocalDeckPage({ params }: Props) {
  const { id } = await params;
  if (!isLocalDeckId(id)) notFound();
  return <LocalDeckRoute id={id} view={LocalDeckView} />;
}
