import { useEffect, useState } from "react";
import type { CardsData } from "@/lib/schemas/cards";
import { CARDS_EVENT, STORE_NAME } from "@/lib/store/persisted-keys";

// The last text read and its cards: a page that comes back to the same save does not check it again.
let last: { raw: string; cards: CardsData | null } | undefined;

async function readCards(): Promise<CardsData | null> {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORE_NAME);
  } catch {
    return null;
  }
  // Nothing saved: nothing is due, and the checks (Zod) never load.
  if (!raw) return null;
  if (last?.raw === raw) return last.cards;
  const { savedCards } = await import("@/lib/store/read-cards");
  last = { raw, cards: savedCards(raw, Date.now()) };
  return last.cards;
}

/**
 * The saved cards, for counts shown outside the store's pages (the header, the deck list, a deck's page): read
 * from storage after mount with the store's schema (loaded then, only when something is saved), read again when
 * another tab saves, and taken from the page's store as it changes (`CARDS_EVENT`). Undefined until read; null when nothing is saved (or
 * it cannot be read).
 */
export function useSavedCards(): CardsData | null | undefined {
  const [cards, setCards] = useState<CardsData | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // A read started before the store's newer cards arrived must not replace them.
    let generation = 0;
    const read = () => {
      const mine = ++generation;
      readCards().then(
        (c) => live && mine === generation && setCards(c),
        () => undefined,
      );
    };
    const fromStore = (e: Event) => {
      generation++;
      setCards((e as CustomEvent<CardsData>).detail);
    };
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORE_NAME || e.key === null) read();
    };
    read();
    window.addEventListener(CARDS_EVENT, fromStore);
    window.addEventListener("storage", onStorage);
    return () => {
      live = false;
      window.removeEventListener(CARDS_EVENT, fromStore);
      window.removeEventListener("storage", onStorage);
    };
  }, []);
  return cards;
}
