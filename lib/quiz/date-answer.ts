import { MONTHS } from "@/lib/format";

const MONTH_NAMES = MONTHS.map((m) => m.toLowerCase());
const WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+/;

export type DateAnswer = { year?: number; month: number; day: number };

/** The month (1–12) a word names: its name or the start of it, three letters at least ("Mar", "Sept", "Febr."). */
function month(word: string): number | undefined {
  const w = word.replace(/\.$/, "");
  if (w.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(w));
  return i < 0 ? undefined : i + 1;
}

const valid = (d: DateAnswer): DateAnswer | undefined =>
  d.month >= 1 &&
  d.month <= 12 &&
  d.day >= 1 &&
  d.day <= 31 &&
  (d.year === undefined || (d.year >= 1000 && d.year <= 2999))
    ? d
    : undefined;

/**
 * A calendar date as people type it: "2 March 2025", "March 2, 2025", "2 Mar", "Mar. 2nd", "2025-03-02",
 * with or without a weekday in front. Undefined for anything else (day-first or month-first numeric dates
 * like "2/3/2025" are ambiguous, so they are not read).
 */
export function parseDateAnswer(text: string): DateAnswer | undefined {
  const s = text.trim().toLowerCase().replace(WEEKDAY, "").replace(/\s+/g, " ");
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (iso) return valid({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+\.?),? ?(\d{4})?$/.exec(s);
  if (dayFirst) {
    const m = month(dayFirst[2]!);
    return m
      ? valid({ month: m, day: Number(dayFirst[1]), ...(dayFirst[3] ? { year: Number(dayFirst[3]) } : {}) })
      : undefined;
  }
  const monthFirst = /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? ?(\d{4})?$/.exec(s);
  if (monthFirst) {
    const m = month(monthFirst[1]!);
    return m
      ? valid({ month: m, day: Number(monthFirst[2]), ...(monthFirst[3] ? { year: Number(monthFirst[3]) } : {}) })
      : undefined;
  }
  return undefined;
}

/**
 * The day of the week a word names, in full or shortened as people write it ("Sat", "Tues", "Thurs."),
 * 0 for Monday; -1 for anything else.
 */
export function weekdayOf(text: string): number {
  const w = text.trim().toLowerCase().replace(/\.$/, "");
  return w.length < 3
    ? -1
    : "monday tuesday wednesday thursday friday saturday sunday".split(" ").findIndex((d) => d.startsWith(w));
}

/** Whether two dates are the same day; a missing year on either side matches any year. */
export function sameDate(a: DateAnswer, b: DateAnswer): boolean {
  return a.month === b.month && a.day === b.day && (a.year === undefined || b.year === undefined || a.year === b.year);
}
