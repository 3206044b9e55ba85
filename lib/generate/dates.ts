import { MONTHS as MONTH_NAMES } from "@/lib/format";

/** A date in a sentence; offsets are in the sentence. `iso` is YYYY-MM-DD, YYYY-MM or YYYY when it can be resolved. */
export type DateSpan = {
  start: number;
  end: number;
  text: string;
  iso?: string;
  weekday?: string;
  year?: boolean;
  month?: boolean;
};

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// A dot only after a shortened name ("Sept. 27"): "on 30 May." ends its sentence.
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const MDY = new RegExp(String.raw`\b(${MONTH})\s(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s(\d{4})\b)?`, "g");
const DMY = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s(${MONTH})(?:,?\s(\d{4})\b)?`, "g");
const WEEKDAY = new RegExp(String.raw`\b(${WEEKDAYS.join("|")})\b`, "g");
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH}),?\s((?:1[0-9]|20)\d\d)\b`, "g");
const YEAR =
  /\b(?:[Ii]n|[Ss]ince|[Bb]y|since|by|from|through|until|before|after|to|of|during)\s((?:1[0-9]|20)\d\d)\b(?!\s*[–-]\s*\d|,\d|\.\d|%|\s(?:percent|levels?)|\s[a-z]+s\b(?!\s(?:ago|later|earlier|before|after)))/g;
const YESTERDAY = /\b[Yy]esterday\b/g;

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
function parseIso(s: string): Date {
  const [y, m, d] = s.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}
function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

/**
 * The date a weekday refers to in a news story published on `publishedAt`: the latest such day on or
 * before publication (news reports the past), or the next one when the sentence speaks of the future.
 */
export function resolveWeekday(weekday: string, publishedAt: string, future = false): string {
  const pub = parseIso(publishedAt);
  const target = WEEKDAYS.indexOf(weekday);
  let diff = (pub.getUTCDay() - target + 7) % 7;
  if (future) diff = -((target - pub.getUTCDay() + 7) % 7 || 7);
  return iso(new Date(pub.getTime() - diff * 86_400_000));
}

/** "2 March 2025" for an ISO date: the app's one formatter (lib/format.ts). */
export { formatIsoDate } from "@/lib/format";

/** Finds dates: "Aug. 15, 2024", "15 August", "on Sunday" (resolved against `publishedAt`), "yesterday", "in 1989". */
export function findDates(sentence: string, publishedAt?: string): DateSpan[] {
  const out: DateSpan[] = [];
  const pubYear = publishedAt ? Number(publishedAt.slice(0, 4)) : undefined;
  const add = (span: DateSpan) => {
    if (!out.some((o) => span.start < o.end && o.start < span.end)) out.push(span);
  };
  const full = (day: number, mon: number, year?: number): string | undefined => {
    const y = year ?? pubYear;
    if (y === undefined || mon < 0 || day < 1 || day > 31) return undefined;
    const d = `${y}-${pad(mon + 1)}-${pad(day)}`;
    // A month-day later than publication without a year belongs to the previous year.
    return !year &&
      publishedAt &&
      d > publishedAt &&
      parseIso(d).getTime() - parseIso(publishedAt).getTime() > 31 * 86_400_000
      ? `${y - 1}${d.slice(4)}`
      : d;
  };
  for (const m of sentence.matchAll(MDY)) {
    add({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      iso: full(Number(m[2]), monthIndex(m[1] ?? ""), m[3] ? Number(m[3]) : undefined),
    });
  }
  for (const m of sentence.matchAll(DMY)) {
    add({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      iso: full(Number(m[1]), monthIndex(m[2] ?? ""), m[3] ? Number(m[3]) : undefined),
    });
  }
  for (const m of sentence.matchAll(WEEKDAY)) {
    const before = sentence.slice(0, m.index);
    const future = /\b(will|next|to be held)\b[^.;]*$/.test(before) && !/\blast\s+$/.test(before);
    add({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      weekday: m[1],
      iso: publishedAt ? resolveWeekday(m[1] ?? "", publishedAt, future) : undefined,
    });
  }
  for (const m of sentence.matchAll(YESTERDAY)) {
    const prev = publishedAt ? iso(new Date(parseIso(publishedAt).getTime() - 86_400_000)) : undefined;
    add({ start: m.index, end: m.index + m[0].length, text: m[0], iso: prev });
  }
  // "May, 1750", "in October 1849": a month of a year.
  for (const m of sentence.matchAll(MONTH_YEAR)) {
    add({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      iso: `${m[2]}-${pad(monthIndex(m[1] ?? "") + 1)}`,
      month: true,
    });
  }
  for (const m of sentence.matchAll(YEAR)) {
    const start = m.index + m[0].length - 4;
    add({ start, end: start + 4, text: m[1] ?? "", iso: m[1], year: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A date line such as "Friday, September 9, 2016" at the start of the body: the publication date. */
export function datelineDate(text: string): string | undefined {
  const first = text.trimStart().split("\n")[0]?.trim() ?? "";
  if (first.length > 40) return undefined;
  const m =
    new RegExp(String.raw`^(?:(?:${WEEKDAYS.join("|")}),?\s)?(${MONTH})\s(\d{1,2}),?\s(\d{4})$`).exec(first) ??
    new RegExp(String.raw`^(?:(?:${WEEKDAYS.join("|")}),?\s)?(\d{1,2})\s(${MONTH})\s(\d{4})$`).exec(first);
  if (!m) return undefined;
  const [mon, day] = /^\d/.test(m[1] ?? "") ? [m[2] ?? "", Number(m[1])] : [m[1] ?? "", Number(m[2])];
  const idx = monthIndex(mon);
  return idx < 0 || day < 1 || day > 31 ? undefined : `${m[3]}-${pad(idx + 1)}-${pad(day)}`;
}

/** How a calendar date is written: its parts and its style ("April 12, 1981", "30 May", "Sept. 27", "February 1860"). */
export type DateShape = {
  year?: number;
  /** 0-based. */
  month: number;
  day?: number;
  /** "md" April 12, "dm" 12 April, "my" February 1860. */
  order: "md" | "dm" | "my";
  /** The month shortened ("Aug.", "Sept"), its dot, an ordinal suffix ("June 5th"), a comma before the year. */
  short?: string;
  dot: boolean;
  ordinal: boolean;
  comma: boolean;
};

const SHAPE_MDY = new RegExp(String.raw`^(${MONTH})\s(\d{1,2})(st|nd|rd|th)?(?:(,)?\s(\d{4}))?$`);
const SHAPE_DMY = new RegExp(String.raw`^(\d{1,2})(st|nd|rd|th)?\s(${MONTH})(?:(,)?\s(\d{4}))?$`);
const SHAPE_MY = new RegExp(String.raw`^(${MONTH})(,)?\s(\d{4})$`);

/** The parts and style of a date as written; undefined for anything else ("Sunday", "1981", "yesterday"). */
export function dateShape(text: string): DateShape | undefined {
  const t = text
    .trim()
    .replace(/\.$/, (dot) => (/(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/.test(text.trim()) ? dot : ""));
  // The three shapes as [month, day, ordinal suffix, comma, year] from their match groups.
  const parts: [RegExp, DateShape["order"], number[]][] = [
    [SHAPE_MY, "my", [1, 0, 0, 2, 3]],
    [SHAPE_MDY, "md", [1, 2, 3, 4, 5]],
    [SHAPE_DMY, "dm", [3, 1, 2, 4, 5]],
  ];
  for (const [re, order, [mi, di, oi, ci, yi]] of parts) {
    const m = re.exec(t);
    const name = m?.[mi!] ?? "";
    if (!m || monthIndex(name) < 0) continue;
    return {
      month: monthIndex(name),
      day: di ? Number(m[di]) : undefined,
      year: m[yi!] ? Number(m[yi!]) : undefined,
      order,
      short: (MONTH_NAMES as readonly string[]).includes(name) ? undefined : name.replace(/\.$/, ""),
      dot: name.endsWith("."),
      ordinal: oi ? !!m[oi] : false,
      comma: !!m[ci!],
    };
  }
  return undefined;
}

const ordinal = (d: number) =>
  `${d}${d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th"}`;

/**
 * Writes a date with the parts `like` has, in its style: "4 July 1831" like "30 May" is "4 July"; like
 * "April 12, 1981" it needs a year (undefined without one). A month-year takes no day.
 */
export function formatDateLike(
  date: { year?: number; month: number; day?: number },
  like: DateShape,
): string | undefined {
  const wantsYear = like.year !== undefined;
  if ((wantsYear && date.year === undefined) || (like.order !== "my" && date.day === undefined)) return undefined;
  const full = MONTH_NAMES[date.month]!;
  // A shortened month stays shortened, the way the answer shortens it ("Sept." for September beside "Aug.").
  const name = like.short
    ? full.length <= 5
      ? full
      : `${full === "September" && like.short === "Sept" ? "Sept" : full.slice(0, 3)}${like.dot ? "." : ""}`
    : full;
  if (like.order === "my") return `${name}${like.comma ? "," : ""} ${date.year}`;
  const day = like.ordinal ? ordinal(date.day!) : String(date.day);
  const year = wantsYear ? `${like.comma ? "," : ""} ${date.year}` : "";
  return like.order === "md" ? `${name} ${day}${year}` : `${day} ${name}${year}`;
}
