/**
 * Counts, dates and times as the app shows them, in British English, written out by hand.
 * Intl would do it, but building an Intl.DateTimeFormat loads locale data (over 20 ms on a phone for the
 * first one), and the progress page paid that while starting. The app is English-only, so a few name
 * tables do the same job; a test checks the output against Intl's en-GB for many dates and time zones.
 */

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
/** The months' names, January first: the one table of them outside the generator. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

type Parts = { weekday: string; day: number; month: string; year: number; hh: string; mm: string };

function parts(t: number, utc: boolean): Parts {
  const d = new Date(t);
  const [wd, day, month, year, h, m] = utc
    ? [d.getUTCDay(), d.getUTCDate(), d.getUTCMonth(), d.getUTCFullYear(), d.getUTCHours(), d.getUTCMinutes()]
    : [d.getDay(), d.getDate(), d.getMonth(), d.getFullYear(), d.getHours(), d.getMinutes()];
  const two = (n: number) => String(n).padStart(2, "0");
  return { weekday: WEEKDAYS[wd]!, day, month: MONTHS[month]!, year, hh: two(h), mm: two(m) };
}

const short = (month: string) => (month === "September" ? "Sept" : month.slice(0, 3));

/** "12,345": a whole count with thousands separators. */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "Fri 27 Nov": a day in a list of days (`utc` for calendar dates kept at UTC midnight). */
export function formatWeekday(t: number, utc = false): string {
  const p = parts(t, utc);
  return `${p.weekday} ${p.day} ${short(p.month)}`;
}

/** "27 Nov 2026", in local time. */
export function formatShortDate(t: number): string {
  const p = parts(t, false);
  return `${p.day} ${short(p.month)} ${p.year}`;
}

/** "27 November 2026" (`utc` for calendar dates kept at UTC midnight). */
export function formatLongDate(t: number, utc = false): string {
  const p = parts(t, utc);
  return `${p.day} ${p.month} ${p.year}`;
}

/** "3 March 2025" for an ISO date (YYYY-MM-DD), read as a calendar date (no time zone shift). */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const t = new Date(0);
  t.setUTCFullYear(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return formatLongDate(t.getTime(), true);
}

/** "Fri 27 Nov, 09:05", in local time. */
export function formatWeekdayTime(t: number): string {
  const p = parts(t, false);
  return `${formatWeekday(t)}, ${p.hh}:${p.mm}`;
}

/** "27 November 2026 at 09:05", in local time. */
export function formatLongDateTime(t: number): string {
  const p = parts(t, false);
  return `${formatLongDate(t)} at ${p.hh}:${p.mm}`;
}
