import { builtinDeckFromParams, builtinDeckParams } from "@/lib/decks/builtin";
import { deckFileName, serializeDeck } from "@/lib/decks/deck-export";

// A built-in deck as a file, made at build time like the deck's pages. (Saved decks are written in the
// browser, from IndexedDB: the server never holds them.)
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = builtinDeckParams;

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const deck = await builtinDeckFromParams(params);
  if (!deck) return new Response("Deck not found", { status: 404 });
  return new Response(serializeDeck(deck), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${deckFileName(deck)}"`,
    },
  });
}
