import { DIGITS, NUMBER_WORDS, numberValue, parseScaled } from "./numbers";

/** A counted amount in a sentence ("more than 5,000 air defense missiles", "58%"); offsets are in the sentence. */
export type QuantitySpan = {
  /** The whole phrase, qualifier included. */
  start: number;
  end: number;
  text: string;
  /** Just the number ("5,000"): what a question blanks out. */
  numStart: number;
  numEnd: number;
  numText: string;
  value: number;
  unit: string;
  qualifier?: string;
};

const QUALIFIER =
  "more than|fewer than|less than|at least|up to|over|about|around|nearly|almost|roughly|approximately|some|under";
const STOP = new Set(
  (
    "of in at on to from for with by and or but the a an that which who whom whose were was is are be been have has had " +
    "will would may might can could should must than as into onto per each more less across after before during since " +
    "until while when where this these those it its their his her our them they we he she not no yes so later earlier ago " +
    "if near off out up down away fell rose went came said last next today yesterday"
  ).split(" "),
);
const RE = new RegExp(
  String.raw`(?<![\w.,:–-])(?:(${QUALIFIER})\s+)?(${DIGITS}|(?:a\s)?(?:${NUMBER_WORDS}))(\s(?:million|billion|thousand))?(\s?%|\s(?:percent|per cent))?(?![\w:–-]|\s[–-]\s\d|\.\d)`,
  "gi",
);

/** The counted noun after a number: up to three lowercase words (one capitalised modifier allowed first). */
function unitAfter(rest: string): string {
  // "28,000 Andy Warhol photographs": a name that modifies the counted noun belongs to it.
  const named = /^\s+((?:[A-Z][\w'’-]*\s+){2,3})(?=[a-z])/.exec(rest);
  if (named) {
    const noun = unitAfter(rest.slice(named[0].length - 1));
    return noun && !/[,;:.!?()"“”]/.test(named[1]!) ? `${named[1]!.trim()} ${noun}` : "";
  }
  const words = rest.match(/^\s+([A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3})/)?.[1]?.split(/\s+/) ?? [];
  const unit: string[] = [];
  for (const [i, w] of words.entries()) {
    // A past participle after the noun starts a new clause ("900 asylum seekers rescued off").
    if (
      STOP.has(w.toLowerCase()) ||
      (i > 0 && /[a-z]ed$/.test(w)) ||
      (i > 0 && /^[A-Z]/.test(w)) ||
      (i === 0 && /^[A-Z]/.test(w) && !/^[a-z]/.test(words[1] ?? ""))
    )
      break;
    unit.push(w);
  }
  // Stop where the sentence's punctuation does.
  const clause = rest.split(/[,;:.!?()"“”]/)[0] ?? "";
  return unit.filter((_, i) => clause.trim().split(/\s+/).length > i).join(" ");
}

/**
 * Is the number between `before` and `after` one end of a range ("8 to 9 percent", "between 71 and 94",
 * "$3 to $5 billion")? Only a bare number (`leads`) or an amount leads a range; "rose 18% to €2.4 billion" and "from 8 to 9" are changes.
 */
export function inRange(before: string, after: string, leads = true): boolean {
  const num = String.raw`(?:\d[\d,.]*|${NUMBER_WORDS})`;
  // "between $90 million and $110 million": the first end may carry its own scale word.
  const left =
    new RegExp(
      String.raw`(?:^|\s)[$£€¥]?${num}(?:\s(?:thousand|million|billion|trillion))?\s+(?:to|or|and)\s+[$£€¥]?$`,
      "i",
    ).test(before) && !/\bfrom\s+[$£€¥]?\S+\s+to\s+[$£€¥]?$/i.test(before);
  return (
    left ||
    /\bbetween\s+[$£€¥]?$/i.test(before) ||
    (leads && new RegExp(String.raw`^\s+(?:to|or)\s+[$£€¥]?${num}\b`, "i").test(after))
  );
}

/** Finds counted amounts; years, ordinals, times, scores and exchange rates are not quantities. */
export function findQuantities(sentence: string): QuantitySpan[] {
  const out: QuantitySpan[] = [];
  for (const m of sentence.matchAll(RE)) {
    const [whole, qualifier, num = "", scale, percent] = m;
    const lower = num.toLowerCase();
    const isWord = /^[a-z]/i.test(num);
    const value = parseScaled(num, scale?.trim());
    if (value === undefined || value === 0) continue;
    if (!isWord && !scale && !percent && /^\d{4}$/.test(num) && value >= 1800 && value <= 2100) continue;
    // "one" is rarely a count ("one of the …"), but "less than one percent" is.
    if (isWord && ((lower === "one" && !percent) || /\bthe\s+$/i.test(sentence.slice(0, m.index)))) continue;
    const after = sentence.slice(m.index + whole.length);
    // "Expedition 69", "Apollo 11", "Boeing 747": a number after a capitalised word inside the sentence names a thing.
    const before = sentence.slice(0, m.index);
    if (!qualifier && !isWord && /\S\s+\p{Lu}[\p{L}'’-]*\s$/u.test(before) && !/\b(?:and|or)\s$/.test(before)) continue;
    // Either end of a range ("8 to 9 percent", "between 71 and 94") is no amount on its own.
    if (inRange(sentence.slice(0, m.index), after, !percent && !scale)) continue;
    // "after 11 p.m." is a time of day, not a count.
    if (!percent && /^\s?(?:[ap]\.m\.|[ap]m\b|o['’]clock\b|GMT\b|BST\b|UTC\b)/i.test(after)) continue;
    let unit = percent ? "percent" : unitAfter(after);
    const borrowed = !unit;
    // "rescued over 700 asylum seekers, and the navy saved 200 more": the count borrows the noun it adds to.
    if (!unit && !isWord && /^\s+more\b/.test(after)) unit = out[out.length - 1]?.unit ?? "";
    // "drove outstanding asylum claims over 150,000, also a record": the counted noun stands before a qualifier.
    if (!unit && !isWord && qualifier && /^\s*(?:[,;.]|$)/.test(after) && value >= 10)
      unit = /\b([a-z]{3,}s)\s+$/.exec(sentence.slice(0, m.index))?.[1] ?? "";
    if (!unit || (isWord && /^of\b/.test(after.trim()))) continue;
    const numStart = m.index + (qualifier ? whole.indexOf(num, qualifier.length) : 0);
    const numEnd = m.index + whole.length;
    const end = percent
      ? numEnd
      : borrowed
        ? numEnd + (/^\s+more\b/.exec(after)?.[0].length ?? 0)
        : numEnd + (after.indexOf(unit) + unit.length);
    out.push({
      start: m.index,
      end,
      text: sentence.slice(m.index, end),
      numStart,
      numEnd,
      numText: sentence.slice(numStart, numEnd),
      value,
      unit,
      qualifier: qualifier?.toLowerCase(),
    });
  }
  return [...out, ...compoundCounts(sentence, out)].sort((a, b) => a.start - b.start);
}

const MEASURE =
  "year|month|week|day|hour|minute|mile|kilometre|kilometer|km|metre|meter|foot|storey|story|seat|member|page|point|acre";
// "an 11-year lull", "the nine-mile journey", "a 2000 year old tradition", "a 10-year-old browser".
const COMPOUND = new RegExp(
  String.raw`(?<![\w.,:–-])(\d{1,3}(?:,\d{3})*|\d+|${NUMBER_WORDS})(?:-|\s)(${MEASURE})(?:(?:-|\s)old)?(?=-|\s)`,
  "gi",
);

/** Counts written as a compound adjective before a noun ("an 11-year lull"): the number is what a blank asks. */
function compoundCounts(sentence: string, taken: QuantitySpan[]): QuantitySpan[] {
  const out: QuantitySpan[] = [];
  for (const m of sentence.matchAll(COMPOUND)) {
    const [whole, num = "", measure = ""] = m;
    // "a 2000 year old tradition" is an age, never a calendar year; "10 years" (plural) is counted elsewhere.
    const hyphen = whole.includes("-") || /\sold$/.test(whole);
    const value = numberValue(num);
    if (!hyphen || value === undefined || value === 0 || /^(?:one|a|an)$/i.test(num)) continue;
    const rest = sentence.slice(m.index + whole.length);
    const noun = /^(?:-old)?\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=[\s,.;:!?)]|$)/.exec(rest);
    if (!noun || STOP.has(noun[1]!.split(/\s+/)[0]!)) continue;
    const end = m.index + whole.length + noun[0].length;
    if (taken.some((t) => m.index < t.end && t.start < end)) continue;
    out.push({
      start: m.index,
      end,
      text: sentence.slice(m.index, end),
      numStart: m.index,
      numEnd: m.index + num.length,
      numText: num,
      value,
      unit: `${measure.toLowerCase()} ${noun[1]!.split(/\s+/).pop()}`,
    });
  }
  return out;
}
