import type { Sentence } from "./sentences";
import type { Mention } from "./entities";
import { tokenize } from "./tokens";
import { HONORIFICS, TITLE_WORDS } from "./roles";
import { knownPlace } from "./pools";

/** A named thing that is no person, place or body: a work, a law, a programme, a species ("Hydrodynamica"). */
export type TermSpan = { start: number; end: number; text: string; kind: "term" | "place" | "person" };

const NAMED = /\b(?:called|named|known as|dubbed|termed|titled|entitled)\s+(?:the\s)?["“]?([A-Z][\w'’-]*(?:\s(?:[A-Z][\w'’-]*|of|the|de|\d+)){0,5})["”]?/g;
const RUN = /(?<![\w'’-])[A-Z][\w'’]*(?:-[\w'’]+)*(?:\s(?:[A-Z][\w'’]*(?:-[\w'’]+)*|\d{1,4}(?![\d,.]))|\sof(?=\s[A-Z]))*/g;
// Capitalised common nouns: a rank or an honour, not a named thing.
const COMMON = new Set("Fellow Member Professor Doctor Saint Emperor Empress Church State Government Army Navy Court University College School Internet Web".split(" "));
const SKIP = new Set(
  ("The A An In On At For But And Or Of To From By With As After Before This That These Those It He She They We I His Her Its " +
    "Their Our If When While Also Other Both Each Mr Mrs Ms Dr Sir January February March April May June July August September " +
    "October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Earth Sun Moon God " +
    "However Although Despite During Since Until Upon Under Over Then There Here Some Many Most All One Two Three Four Five").split(" "),
);

/**
 * Names of things that the entity typer leaves untyped: capitalised runs inside a sentence that no
 * mention covers ("Hydrodynamica", "Plant Habitat-03"), and what follows "called" or "known as".
 */
export function findTerms(s: Sentence, mentions: Mention[]): TermSpan[] {
  const covered = mentions.filter((m) => m.sentence === s.index).map((m) => [m.start - s.start, m.end - s.start] as const);
  const free = (a: number, b: number) => !covered.some(([x, y]) => a < y && x < b);
  const out: TermSpan[] = [];
  const names = new Set(mentions.flatMap((m) => m.name.split(/\s+/)));
  const push = (start: number, text: string, kind: TermSpan["kind"] = "term") => {
    const t = text.replace(/[’']s$/, "").replace(/\sof$/, "").trim();
    const end = start + t.length;
    if (t.length < 4 || !free(start, end) || out.some((o) => start < o.end && o.start < end)) return;
    out.push({ start, end, text: t, kind });
  };
  for (const m of s.text.matchAll(NAMED)) push(m.index + m[0].indexOf(m[1]!), m[1]!);
  const tokens = tokenize(s.text);
  for (const m of s.text.matchAll(RUN)) {
    const words = m[0].split(/\s/);
    if (m.index === 0 || SKIP.has(words[0]!) || words.every((w) => SKIP.has(w) || TITLE_WORDS.has(w) || HONORIFICS.has(w))) continue;
    // After a sentence break or a quote opening, a capital is no sign of a name.
    if (/[.!?:"“]\s*$/.test(s.text.slice(0, m.index))) continue;
    const first = tokens.find((t) => t.start === m.index);
    if (first && [...first.tags].some((x) => x === "Demonym" || x === "Pronoun" || x === "Date" || x === "Month" || x === "WeekDay")) continue;
    if (words.length === 1 && (/^[A-Z]{2,5}s?$/.test(words[0]!) || knownPlace(words[0]!) || /(?:an|ish|ese|ian)$/.test(words[0]!))) continue;
    if (knownPlace(m[0]) || (words.length === 1 && (names.has(words[0]!) || COMMON.has(words[0]!)))) continue;
    // "Jean le Rond d'Alembert": a piece of a name with particles.
    if (/\b(?:le|la|de|da|di|du|van|von|del|der|den|al|bin|ibn)\s$/.test(s.text.slice(0, m.index)) || /^\s(?:le|la|de|da|di|du|van|von|d['’])/.test(s.text.slice(m.index + m[0].length))) continue;
    const tags = new Set(tokens.filter((t) => t.start >= m.index && t.end <= m.index + m[0].length).flatMap((t) => [...t.tags]));
    const kind = ["Person", "FirstName", "MaleName", "FemaleName"].some((x) => tags.has(x)) ? "person" : ["Place", "City", "Country", "Region"].some((x) => tags.has(x)) ? "place" : "term";
    push(m.index, m[0], kind);
  }
  return out;
}
