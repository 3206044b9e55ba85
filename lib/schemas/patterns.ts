// The shapes of saved ids and dates, without Zod: the schemas in lib/schemas build on these, and the checks
// that run before Zod is loaded (the home page's deck list, the New deck preview, the proxy) use them as they are.

/** The longest deck id. */
export const MAX_DECK_ID_LENGTH = 80;

/** A deck id's characters and length, as the deck format defines them (no anchors: cardKeySchema joins it). */
export const DECK_ID_SOURCE = `[a-z0-9-]{4,${MAX_DECK_ID_LENGTH}}`;

/** A whole deck id; also keeps keys like `__proto__` out of persisted records. */
export const DECK_ID_PATTERN = new RegExp(`^${DECK_ID_SOURCE}$`);

/**
 * A real calendar date, YYYY-MM-DD (no 2025-02-31, no 0000-00-00): what `calendarDateSchema` (Zod's
 * `z.iso.date()`) accepts, for checks that run without Zod; a test proves the two agree.
 */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
