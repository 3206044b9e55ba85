import type { Metadata } from "next";
import { NewDeckLoader } from "@/components/create/new-deck-loader";
import { builtinDecks } from "@/lib/decks/builtin";
import { MAX_TEXT_CHARS, MIN_TEXT_CHARS } from "@/lib/create/input";
import { formatCount } from "@/lib/format";

export const metadata: Metadata = { title: "New deck" };

export default function NewDeckPage() {
  return (
    <div className="narrow">
      <h1>Make a deck from an article</h1>
      <p className="lede">
        Give a link to an English news article, or paste its text ({formatCount(MIN_TEXT_CHARS)} to{" "}
        {formatCount(MAX_TEXT_CHARS)} characters). The questions are made here in your browser and the deck is saved
        only in this browser; a link is fetched by Factdeck&apos;s server only when you ask it to.
      </p>
      <NewDeckLoader builtinIds={builtinDecks.map((d) => d.id)} />
    </div>
  );
}
