/**
 * Number and date formatting through Intl formatters made once and kept.
 * `toLocaleDateString` builds a new Intl.DateTimeFormat on every call (about a millisecond on a phone),
 * and a chart of 21 day labels paid for 21 of them while the page was starting.
 */

const numbers = new Map<string, Intl.NumberFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();

/** "12,345": a count, always with en-US grouping so server and browser agree. */
export function formatCount(n: number): string {
  let f = numbers.get("count");
  if (!f) numbers.set("count", (f = new Intl.NumberFormat("en-US")));
  return f.format(n);
}

/** A date or time in British English with the given fields (one formatter per distinct set of options). */
export function formatDateTime(t: number | Date, options: Intl.DateTimeFormatOptions): string {
  const key = JSON.stringify(options);
  let f = dates.get(key);
  if (!f) dates.set(key, (f = new Intl.DateTimeFormat("en-GB", options)));
  return f.format(t);
}
