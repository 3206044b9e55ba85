import { AppLink } from "@/components/ui/app-link";
import { formatUntil } from "@/lib/srs/format-interval";
import styles from "./review.module.css";
import { formatWeekdayTime } from "@/lib/format";

/** New cards one "learn more today" adds (or all that wait, when fewer). */
const MORE = 10;

/** What the review shows when no card is due: when the next one will be, and more new cards for today. */
export function NothingDue({
  nextDueAt,
  now,
  empty,
  newWaiting,
  limit,
  onLearnMore,
}: {
  nextDueAt: number | null;
  now: number;
  empty: boolean;
  newWaiting: number;
  limit: number;
  onLearnMore: (count: number) => void;
}) {
  if (empty)
    return (
      <div className={`card ${styles.panel}`}>
        <h2>No cards here yet</h2>
        <p>This deck has no questions to review.</p>
      </div>
    );
  const when = nextDueAt === null ? null : formatWeekdayTime(nextDueAt);
  return (
    <div className={`card ${styles.panel}`}>
      <h2>Nothing due right now</h2>
      {newWaiting > 0 && (
        <p>
          You have met today&apos;s limit of {limit} new {limit === 1 ? "card" : "cards"}; {newWaiting} more{" "}
          {newWaiting === 1 ? "waits" : "wait"} for tomorrow (change the limit on the{" "}
          <AppLink href="/progress">Progress page</AppLink>).
        </p>
      )}
      {newWaiting > 0 && (
        <p>
          <button type="button" className="button" onClick={() => onLearnMore(Math.min(MORE, newWaiting))}>
            Learn {Math.min(MORE, newWaiting)} more today
          </button>
        </p>
      )}
      {nextDueAt === null || when === null ? (
        <p>You have reviewed every card. Take a quiz to find what to review next.</p>
      ) : (
        <p>
          The next card is due <strong>{formatUntil(nextDueAt, now)}</strong> (
          <time dateTime={new Date(nextDueAt).toISOString()}>{when}</time>).
        </p>
      )}
    </div>
  );
}
