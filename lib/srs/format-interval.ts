const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A short interval label as Anki shows it on its grade buttons: "<1m", "<10m", "3h", "1d", "4d",
 * "1.5mo", "2.1y". Minutes read "<n" because a learning card may come back a little early.
 */
export function formatInterval(ms: number): string {
  const span = Math.max(0, ms);
  if (span < HOUR) return `<${Math.max(1, Math.round(span / MINUTE))}m`;
  if (span < DAY) return `${Math.round(span / HOUR)}h`;
  const days = span / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}

function trim(n: number): string {
  return n.toFixed(1).replace(/\.0$/, "");
}

/** "in 5 minutes", "in 3 hours", "in 2 days": how long until `due`, for "next card due" messages. */
export function formatUntil(due: number, now: number): string {
  const span = Math.max(0, due - now);
  if (span < MINUTE) return "in less than a minute";
  if (span < HOUR) return plural(Math.round(span / MINUTE), "minute");
  if (span < DAY) return plural(Math.round(span / HOUR), "hour");
  return plural(Math.round(span / DAY), "day");
}

function plural(n: number, unit: string): string {
  return `in ${n} ${unit}${n === 1 ? "" : "s"}`;
}
