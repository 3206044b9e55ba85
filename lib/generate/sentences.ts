/** One sentence of the article: `text === article.slice(start, end)`. */
export type Sentence = { index: number; paragraph: number; start: number; end: number; text: string };

// Words whose trailing period does not end a sentence ("U.S.", "Aug. 15", "Mr. Smith").
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "gen",
  "lt",
  "col",
  "sgt",
  "capt",
  "gov",
  "sen",
  "rep",
  "jr",
  "sr",
  "inc",
  "corp",
  "ltd",
  "co",
  "vs",
  "no",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mt",
  "ft",
  "approx",
  "dept",
  "est",
  "fig",
  "gov't",
  "maj",
  "adm",
  "cmdr",
  "rev",
]);
// After an abbreviation like "U.S." these words still start a new sentence.
const STARTERS = new Set([
  "The",
  "He",
  "She",
  "It",
  "They",
  "We",
  "I",
  "This",
  "That",
  "These",
  "Those",
  "But",
  "And",
  "In",
  "On",
  "At",
  "A",
  "An",
  "His",
  "Her",
  "Its",
  "Their",
  "Our",
  "There",
  "However",
  "Meanwhile",
  "After",
  "Before",
]);
const OPENERS = /["“‘'(\[]/;

function wordBefore(text: string, i: number): string {
  let s = i;
  while (s > 0 && /[A-Za-z.'’]/.test(text[s - 1] ?? "")) s--;
  return text.slice(s, i);
}

function isAbbreviation(word: string): boolean {
  const w = word.replace(/^[.'’]+/, "");
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(w)) return true; // U.S, a.m
  if (/^[A-Z]$/.test(w)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(w.toLowerCase());
}

/** Is there a sentence boundary after the terminal mark ending at `end` (exclusive), given what follows? */
function boundaryAt(text: string, markPos: number, end: number): boolean {
  const next = text[end];
  if (next === undefined) return true;
  const word = wordBefore(text, markPos);
  const abbrev = text[markPos] === "." && isAbbreviation(word);
  if (/\s/.test(next)) {
    let m = end;
    while (m < text.length && /\s/.test(text[m] ?? "")) m++;
    const c = text[m] ?? "";
    if (!(/[A-Z0-9]/.test(c) || OPENERS.test(c))) return false;
    if (!abbrev) return true;
    const following = /^[A-Za-z]+/.exec(text.slice(m))?.[0] ?? "";
    return STARTERS.has(following);
  }
  // Glued sentences ("London.The goal", 'missiles."This'): only after a real word, never "U.S.A".
  if (abbrev || !/[a-z0-9)"”'’]{2}$|[a-z]{2,}$/.test(text.slice(Math.max(0, markPos - 3), markPos))) return false;
  return /^["“]?[A-Z]/.test(text.slice(end, end + 2));
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, paragraph: number) {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  if (end > start) out.push({ index: out.length, paragraph, start, end, text: text.slice(start, end) });
}

/**
 * Splits article text into sentences with exact offsets. Handles glued sentences and quotes,
 * abbreviations and decimals, and never splits inside an open straight quote within a paragraph.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  let quoteOpen = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (ch === "\n") {
      const nl = /^\n[ \t]*(\n\s*)?/.exec(text.slice(i))?.[0] ?? "\n";
      const prevLine = text.slice(text.lastIndexOf("\n", i - 1) + 1, i).trim();
      // A blank line always ends a paragraph; a single newline ends a short line or a finished sentence.
      if (nl.includes("\n", 1) || prevLine.length < 60 || /[.!?:"”]$/.test(prevLine)) {
        pushTrimmed(out, text, start, i, paragraph);
        if (nl.includes("\n", 1)) paragraph++;
        start = i + nl.length;
        quoteOpen = false;
      }
      i += nl.length;
      continue;
    }
    if (ch === '"') quoteOpen = !quoteOpen;
    if (ch === "“") quoteOpen = true;
    if (ch === "”") quoteOpen = false;
    if (
      /[.!?]/.test(ch) &&
      text[i + 1] !== "." &&
      text[i - 1] !== "." &&
      !(ch === "." && /\d/.test(text[i + 1] ?? ""))
    ) {
      let end = i + 1;
      let open = quoteOpen;
      // Closing quotes and brackets belong to the sentence they end.
      while (end < text.length) {
        const c = text[end];
        if (c === '"' && open) {
          open = false;
          end++;
          continue;
        }
        if (c === "”") {
          open = false;
          end++;
          continue;
        }
        if (c === "’" || c === ")") {
          end++;
          continue;
        }
        break;
      }
      if (!open && boundaryAt(text, i, end)) {
        pushTrimmed(out, text, start, end, paragraph);
        start = end;
        quoteOpen = false;
        i = end;
        continue;
      }
    }
    i++;
  }
  pushTrimmed(out, text, start, text.length, paragraph);
  return out;
}
