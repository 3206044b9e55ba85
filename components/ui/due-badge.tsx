import { useEffect, useState } from "react";
import { dueCounts } from "@/lib/srs/queue";
import { useSavedCards } from "@/components/ui/use-saved-cards";

/** Refreshed this often, so cards that fall due while a page is open are counted. */
const TICK_MS = 60_000;

/** The current time, read after mount and every TICK_MS (null before: the server's HTML has no count). */
export function useMinuteClock(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const id = setInterval(tick, TICK_MS);
    return () => clearInterval(id);
  }, []);
  return now;
}

/**
 * How many cards wait for review now, every deck together (learning and due, as the review counts them; new
 * cards are not counted), beside the header's Review link as Anki's deck list shows them. Nothing when none.
 */
export default function DueBadge() {
  const cards = useSavedCards();
  const now = useMinuteClock();
  if (!cards || now === null) return null;
  const { learning, due } = dueCounts(cards, now);
  const n = learning + due;
  if (n === 0) return null;
  return (
    <span className="nav-count">
      {n}
      <span className="visually-hidden"> {n === 1 ? "card" : "cards"} due</span>
    </span>
  );
}
