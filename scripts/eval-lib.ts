/** Pure logic for scripts/eval.ts: key-fact coverage matching and question-quality detectors. */
import { MONTHS as MONTHS_EN } from "@/lib/format";
import { numberWords } from "@/lib/quiz/number-words";
import { SCALES } from "@/lib/generate/numbers";

export interface EvalQuestion {
  id: string;
  type: string;
  prompt: string;
  answer: string;
  choices?: string[];
  acceptedAnswers?: string[];
  evidence: { sentence: string; start: number; end: number };
}
export interface EvalDeck {
  article?: { text: string };
  questions: EvalQuestion[];
}
export interface KeyFact {
  fact: string;
  answer: string;
  kind?: string;
}

const MONTHS = MONTHS_EN.map((m) => m.toLowerCase());
const MONTH_RE = new RegExp(`\\b(${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b`, "g");
const HEDGES =
  /^(?:(?:the|a|an|around|about|approximately|roughly|some|more than|over|nearly|almost|less than|fewer than|above|under|up to|at least|just over|just under|only)\s+)+/;
const STOP = new Set("the a an of and or in on at to for by from with as is was were be its his her their".split(" "));
const NUM_WORDS: Record<string, number> = { ...Object.fromEntries(numberWords), hundred: 100, dozen: 12 };
const MULT = SCALES;

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'");

/** Lowercase, no diacritics or punctuation, thousands separators dropped, no leading article/hedge words. */
export function normalize(s: string): string {
  const t = fold(s)
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/(\d)\.(?=\d)/g, "$1\u0000")
    .replace(/'s\b/g, "")
    .replace(/[^a-z0-9\u0000%]+/g, " ")
    .replace(/\u0000/g, ".")
    .replace(/%/g, " percent ")
    .replace(/\bper cent\b/g, "percent")
    .replace(/\s+/g, " ")
    .trim();
  return t.replace(HEDGES, "").trim();
}

const tokens = (s: string) => normalize(s).split(" ").filter(Boolean);
const content = (toks: string[]) => toks.filter((t) => !STOP.has(t));

/** The numbers a string starts with, by value ("around 2 million voters" → [2000000]); null when it does not start with one. */
export function leadingNumbers(s: string): number[] | null {
  const t = normalize(
    fold(s)
      .replace(/^(?:us|u\.s\.|a|au|c|nz|hk)?\s*[$€£¥]\s*/, "")
      .replace(/(\d)\s*[–—-]\s*(\d)/g, "$1 to $2")
      .replace(/-/g, " "),
  ).replace(/^(?:us|usd|eur|gbp)\s+(?=\d)/, "");
  const words = t.split(" ");
  const out: number[] = [];
  let i = 0;
  for (;;) {
    const w = words[i] ?? "";
    const m = /^(\d+(?:\.\d+)?)(k|m|mn|bn|b)?$/.exec(w);
    let v = m ? Number(m[1]) * (m[2] ? MULT[m[2]]! : 1) : NUM_WORDS[w];
    if (v === undefined) break;
    i++;
    if (!m && NUM_WORDS[words[i] ?? ""] !== undefined && NUM_WORDS[words[i]!]! < 10 && v >= 20)
      v += NUM_WORDS[words[i++]!]!;
    if (words[i] === "hundred") {
      v *= 100;
      i++;
    }
    const mult = MULT[words[i] ?? ""];
    if (mult && words[i] !== "m" && words[i] !== "b") {
      v *= mult;
      i++;
    }
    out.push(v);
    if (words[i] === "to" || words[i] === "and") {
      i++;
      continue;
    }
    break;
  }
  return out.length ? out : null;
}

/** Month and numbers of a date-like string ("8 February 1700" → "feb 1700 8"), or null when it names no month. */
function dateKey(s: string): string | null {
  const months = [...fold(s).matchAll(MONTH_RE)].map((m) => m[1]!.slice(0, 3));
  if (!months.length) return null;
  const nums = (fold(s).match(/\d+/g) ?? []).map(Number);
  return [...months, ...nums.map(String)].sort().join(" ");
}

const containsWords = (hay: string, needle: string) => needle !== "" && ` ${hay} `.includes(` ${needle} `);

/** Surname equal and no given name of the shorter form missing from the longer (initials match their name). */
function sameName(a: string[], b: string[]): boolean {
  if (!a.length || !b.length || a[a.length - 1] !== b[b.length - 1]) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short
    .slice(0, -1)
    .every((g) =>
      long
        .slice(0, -1)
        .some((h) => h === g || (g.length === 1 && h.startsWith(g)) || (h.length === 1 && g.startsWith(h))),
    );
}

/** Whether one answer string matches a key fact's answer, leniently but not loosely. */
export function answerMatches(keyAnswer: string, answer: string, kind?: string): boolean {
  const a = normalize(keyAnswer),
    b = normalize(answer);
  if (!a || !b) return false;
  if (a === b) return true;
  const na = leadingNumbers(keyAnswer),
    nb = leadingNumbers(answer);
  if (na && nb)
    return na.length === nb.length && na.every((v, i) => Math.abs(v - nb[i]!) <= 1e-9 * Math.max(1, Math.abs(v)));
  const da = dateKey(keyAnswer),
    db = dateKey(answer);
  if (da || db) return da === db;
  const [sa, sb] = [content(a.split(" ")), content(b.split(" "))];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const [cs, cl] = a.length <= b.length ? [sa, sb] : [sb, sa];
  if (containsWords(long, short) && cs.length >= 0.6 * cl.length) return true;
  const initials = (toks: string[]) => toks.map((t) => t[0]).join("");
  if (/^[a-z]{2,6}$/.test(short) && cl.length > 1 && (initials(cl) === short || initials(long.split(" ")) === short))
    return true;
  return (kind === "person" || kind === "quote-speaker") && sameName(a.split(" "), b.split(" "));
}

/** Ids of the questions (other than true/false) whose answer or accepted answers match the key fact. */
export function coveringQuestions(fact: KeyFact, questions: EvalQuestion[]): string[] {
  return questions
    .filter(
      (q) =>
        q.type !== "true-false" &&
        [q.answer, ...(q.acceptedAnswers ?? [])].some((x) =>
          answerMatches(fact.answer, x, q.type === "who-said" && fact.kind === "quote-speaker" ? "person" : fact.kind),
        ),
    )
    .map((q) => q.id);
}

// ---------------------------------------------------------------- detectors

export type Detector = (q: EvalQuestion, deck: EvalDeck) => string | null;

const INSTRUCTION =
  /^(?:True or false\?|Which fills the blank\?|Type the [a-z ]+:|Fill in the blank:|Complete the sentence:)\s*/i;
const stripQuotes = (s: string) => s.replace(/“[^”]*”?|"[^"]*"?|‘[^’]*’(?!\w)/g, " … ");
const STARTERS = new Set(
  (
    "the a an in on at how what which who whom whose when where why type true false it he she they his her its their him them " +
    "this that these those after before during according as but and if while since although many some for with by from to of there one two"
  ).split(" "),
);
const DEFINITE =
  /\b(?:the (?:firm|company|companies|men|women|man|woman|club|group|team|country|city|agency|organisation|organization|ministry|government|minister|official|officials|spokesman|spokeswoman|spokesperson|couple|pair|boy|girl|victim|suspect|incident|move|deal|report|statement|plan|party|side|state|department|board)|(?:this|last|next) (?:week|weekend|month|year|morning|afternoon|evening|season|constituency|district)|yesterday|tomorrow|earlier this)\b/gi;
const TIME_WORD = /week|month|year|morning|afternoon|evening|season|yesterday|tomorrow|earlier this/;
const TITLES = new Set(
  "President Minister Prime Secretary Chancellor Senator Governor Mayor King Queen Pope Captain Dr Mr Mrs Ms General Judge Chief Director Commissioner Chairman Coach Officer Administrator Commander Sir Lord Lady Saint St Prince Princess Emperor Professor Justice Ambassador Sheriff".split(
    " ",
  ),
);

/**
 * A pronoun (he, his, it, them…) with no antecedent earlier in the prompt (a capitalised name, or "the/a X" for it/they),
 * or a definite reference ("the firm", "this week") not in apposition to a name; quoted passages are ignored.
 */
export const pronoun: Detector = (q) => {
  const body = stripQuotes(q.prompt.replace(INSTRUCTION, ""));
  for (const m of body.matchAll(/\b(he|she|they|it|his|her|its|their|him|them)\b/gi)) {
    const before = body.slice(0, m.index);
    const named = (before.match(/\b[A-Z][\w'-]*/g) ?? []).some((w) => !STARTERS.has(w.toLowerCase()));
    const thing = /^(it|its|they|their|them)$/i.test(m[1]!) && /\b(the|a|an|this|that)\s+\w/i.test(before);
    if (!named && !thing) return `pronoun "${m[1]}"`;
  }
  const dated = /\(The article is dated [^)]*\)/.test(q.prompt);
  for (const m of body.matchAll(DEFINITE)) {
    const deictic = !/^the /i.test(m[0]);
    // "the agency" after a name in the same prompt reads as that name; "this constituency" never does, nor "last year" in an undated prompt.
    const named = (body.slice(0, m.index).match(/\b[A-Z][\w'-]*/g) ?? []).some((w) => !STARTERS.has(w.toLowerCase()));
    if (deictic ? !(dated && TIME_WORD.test(m[0])) : !named) return `reference "${m[0]}"`;
  }
  return null;
};

const WEEKDAY = /^(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/;
export const weekday: Detector = (q) => (WEEKDAY.test(normalize(q.answer)) ? q.answer : null);

/** The blank sits inside a longer capitalised name: "_____ University", "Royal _____ Society", "The _____ of the Petroleum …". */
export const partOfName: Detector = (q) => {
  const i = q.prompt.indexOf("_____");
  if (i < 0 || !/^\p{Lu}/u.test(q.answer)) return null;
  const after = q.prompt.slice(i).replace(/^_+/, ""),
    before = q.prompt.slice(0, i).replace(INSTRUCTION, "");
  if (/^ (?!I\b)[A-Z][a-z]*/.test(after)) return `followed by "${after.trim().split(/\s+/)[0]}"`;
  if (/(?:^|\s)[A-Z]\. $/.test(before)) return "preceded by an initial";
  const prev = /(?:^|\s)([A-Z][\w-]*) $/.exec(before);
  if (
    prev &&
    prev.index > 0 &&
    !TITLES.has(prev[1]!) &&
    !STARTERS.has(prev[1]!.toLowerCase()) &&
    !/[.!?:]\s*$/.test(before.slice(0, prev.index + 1))
  )
    return `preceded by "${prev[1]}"`;
  if (/(^|\s)The $/.test(before) && /^ of (the )?[A-Z]/.test(after)) return "The _____ of …";
  return null;
};

/** Two choices are the same name in two forms (tokens of one a subset of the other's). */
export const aliasInChoices: Detector = (q) => {
  if (!q.choices || q.type === "true-false" || q.type === "ordering") return null;
  const sets = q.choices.map((c) => new Set(content(tokens(c))));
  for (let i = 0; i < sets.length; i++) {
    for (let j = 0; j < sets.length; j++) {
      if (
        i !== j &&
        sets[i]!.size > 0 &&
        sets[i]!.size <= sets[j]!.size &&
        [...sets[i]!].every((t) => sets[j]!.has(t)) &&
        (sets[i]!.size < sets[j]!.size || i < j)
      ) {
        return `"${q.choices[i]}" ~ "${q.choices[j]}"`;
      }
    }
  }
  return null;
};

/** The third and later question proved by one evidence start. */
export const perSentence: Detector = (q, deck) => {
  const same = deck.questions.filter((o) => o.evidence.start === q.evidence.start);
  return same.indexOf(q) >= 2 ? `${same.indexOf(q) + 1} questions at ${q.evidence.start}` : null;
};

function nearby(a: EvalQuestion, b: EvalQuestion, text?: string): boolean {
  const [x, y] = a.evidence.start <= b.evidence.start ? [a.evidence, b.evidence] : [b.evidence, a.evidence];
  if (y.start < x.end) return true;
  return text ? text.slice(x.end, y.start).trim() === "" : y.start - x.end <= 2;
}

function leaks(from: EvalQuestion, into: EvalQuestion): boolean {
  if (from.type === "true-false" || from.type === "ordering") return false;
  const a = normalize(from.answer);
  const n = Number(a);
  if (a.length < 4 || (!Number.isNaN(n) && n < 10)) return false;
  return containsWords(normalize(into.prompt), a);
}

/** A prompt gives away the answer of a question from the same or an adjacent sentence; each pair flags its later question. */
export const leaksOther: Detector = (q, deck) => {
  const i = deck.questions.indexOf(q);
  const partners = deck.questions
    .slice(0, Math.max(0, i))
    .filter((o) => nearby(o, q, deck.article?.text) && (leaks(o, q) || leaks(q, o)));
  return partners.length ? `with ${partners.map((o) => o.id).join(", ")}` : null;
};

/** Numbers written in a prompt, by value ("1.6 billion", "58%", "84,121"); the blank excluded. */
export function promptNumbers(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(/(\d[\d,]*(?:\.\d+)?)(\s*(?:thousand|million|billion|trillion|bn)\b)?/gi)) {
    const v = Number(m[1]!.replace(/,/g, ""));
    if (!Number.isNaN(v)) out.push(v * (m[2] ? MULT[m[2].trim().toLowerCase()]! : 1));
  }
  return out;
}

/** A number answer that is the sum, difference, ratio or percentage change of two numbers in the prompt. */
export const computable: Detector = (q) => {
  if (q.type !== "numeric" && q.type !== "multiple-choice") return null;
  const ans = leadingNumbers(q.answer);
  if (!ans || ans.length !== 1 || !/^[\d$€£.,\s%a-z-]+$/i.test(q.answer) || !/\d/.test(q.answer)) return null;
  const v = ans[0]!,
    ns = promptNumbers(q.prompt);
  if (v === 0) return null;
  for (let i = 0; i < ns.length; i++) {
    for (let j = 0; j < ns.length; j++) {
      if (i === j) continue;
      const [a, b] = [ns[i]!, ns[j]!];
      const cands: [string, number][] = [
        ["sum", a + b],
        ["difference", a - b],
        ["ratio", b ? a / b : NaN],
        ["% change", a ? ((b - a) / a) * 100 : NaN],
      ];
      for (const [name, c] of cands) if (Math.abs(c - v) <= 0.015 * Math.abs(v)) return `${name} of ${a} and ${b}`;
    }
  }
  return null;
};

const CAP_MONTHS = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join("|");
const DATELINE = new RegExp(
  `^(?:[A-Z]{2,}[A-Z.'-]*(?:,? [A-Z]{2,}[A-Z.'-]*)*|(?:${CAP_MONTHS})(?: \\d{1,2})?(?:,? \\d{4})?) [-–] `,
);
/** A choice or answer starting with a dateline: "LONDON - …", "March 3 – …". */
export const dateline: Detector = (q) => [q.answer, ...(q.choices ?? [])].find((c) => DATELINE.test(c)) ?? null;

export const mojibake: Detector = (q) => {
  const hit = [q.prompt, q.answer, ...(q.choices ?? [])].find((s) => /Ã|Â|â€|â‚/.test(s));
  return hit ? hit.slice(0, 60) : null;
};

export const longPrompt: Detector = (q) => (q.prompt.length > 200 ? `${q.prompt.length} chars` : null);

/** The same normalised answer as an earlier question (true/false excluded). */
export const duplicateAnswer: Detector = (q, deck) => {
  if (q.type === "true-false") return null;
  const a = normalize(q.answer);
  const first = deck.questions.find((o) => o.type !== "true-false" && normalize(o.answer) === a);
  return first && first !== q ? `same as ${first.id}` : null;
};

export const DETECTORS: Record<string, Detector> = {
  pronoun,
  weekday,
  "part-of-name": partOfName,
  "alias-in-choices": aliasInChoices,
  "per-sentence": perSentence,
  "leaks-other": leaksOther,
  computable,
  dateline,
  mojibake,
  "long-prompt": longPrompt,
  "duplicate-answer": duplicateAnswer,
};

/** Every detector's hits for every question of a deck: question id → detector name → detail. */
export function runDetectors(deck: EvalDeck): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const q of deck.questions) {
    for (const [name, d] of Object.entries(DETECTORS)) {
      const hit = d(q, deck);
      if (hit !== null) (out[q.id] ??= {})[name] = hit;
    }
  }
  return out;
}

/**
 * The article's publication date from SOURCES.md: "Published: YYYY-MM-DD" on the line naming the file; failing that,
 * the first written-out date ("Friday, September 9, 2016", "3 April 2024") in a "### file" section.
 */
export function publishedDate(sourcesMd: string, file: string): string | undefined {
  const lines = sourcesMd.split("\n");
  const line = lines.find((l) => l.includes(file) && /Published:\s*\d{4}-\d{2}-\d{2}/.test(l));
  if (line) return /Published:\s*(\d{4}-\d{2}-\d{2})/.exec(line)![1];
  const at = lines.findIndex((l) => /^#+\s/.test(l) && l.includes(file));
  if (at < 0) return undefined;
  const next = lines.findIndex((l, i) => i > at && /^#+\s/.test(l));
  const section = lines.slice(at + 1, next < 0 ? undefined : next).join("\n");
  const m = new RegExp(`\\b(?:(${CAP_MONTHS}) (\\d{1,2}), (\\d{4})|(\\d{1,2}) (${CAP_MONTHS}) (\\d{4}))\\b`).exec(
    section,
  );
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[1] ?? m[5]!).toLowerCase()) + 1,
    day = Number(m[2] ?? m[4]);
  return `${m[3] ?? m[6]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
