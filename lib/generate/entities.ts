import type { Sentence } from "./sentences";
import { tokenize, type Token } from "./tokens";
import { knownPlace } from "./pools";
import { HONORIFICS, ORG_WORDS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS } from "./roles";

export type EntityKind = "person" | "place" | "organization";
/** A name in the article: offsets are in the article; `name` is the full name it refers to. */
export type Mention = {
  kind: EntityKind; start: number; end: number; text: string; name: string; sentence: number;
  role?: string; placeKind?: "country" | "city" | "other";
  /** Used as a modifier ("U.S. backing"): blanking it leaves only one grammatical choice. */
  attributive?: boolean;
};

const FUNCTION_WORDS = new Set("The A An In On At For But And Or Of To From By With As After Before This That These Those It He She They We I His Her Its Their Our If When While Also Other Both Each".split(" "));
const SPEECH = new RegExp(`^,?\\s*(?:${SPEECH_VERBS})\\b`);
const has = (t: Token, ...tags: string[]) => tags.some((x) => t.tags.has(x));
const bare = (text: string) => text.replace(/['’]s?$/, "");

/** Maximal runs of capitalised words (hyphenated parts and "of" inside names joined). */
function capitalRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => { if (run.length) runs.push(run); run = []; };
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (t.pre) close();
    // "pro-Beijing" is a compound adjective, not a name.
    const prefixed = (prev?.post === "-" && !run.includes(prev)) || /^(?:pro|anti|non|pan|ex|post|pre)-/i.test(t.text);
    const cap = /^[A-Z]/.test(t.text) && !prefixed && !has(t, "Date", "WeekDay", "Month", "Value") &&
      !(FUNCTION_WORDS.has(t.text) && (i === 0 || run.length === 0)) &&
      !(i === 0 && !has(t, "ProperNoun", "Person", "Place", "Organization", "Acronym", "Demonym") && !knownPlace(t.text) &&
        !(has(t, "Adjective") && /^[A-Z]/.test(tokens[1]?.text ?? "")) && !new RegExp(`^(?:${SPEECH_VERBS})$`).test(tokens[1]?.text ?? ""));
    // "of" joins only institutions and titles ("University of Sheffield", "Secretary of State").
    const ofJoin = t.text === "of" && /^[A-Z]/.test(tokens[i + 1]?.text ?? "") && run.some((r) => ORG_WORDS.has(r.text) || TITLE_WORDS.has(r.text));
    const joined = run.length > 0 && (prev?.post === "-" || ofJoin);
    if (cap || joined) run.push(t); else close();
    // "Korean People's Army": a possessive inside an institution's name does not end it.
    const possessiveName = /['’]s$/.test(t.text) && ORG_WORDS.has(tokens[i + 1]?.text ?? "") && t.post === " ";
    if (!/^[\s-]*$/.test(t.post) || (/['’]s$/.test(t.text) && !possessiveName)) close();
  });
  close();
  return runs.filter((r) => r[r.length - 1]?.text !== "of");
}

function typeOf(run: Token[], sentence: string, before: string, after: string): EntityKind | undefined {
  const words = run.map((t) => bare(t.text));
  if (run.every((t) => has(t, "Demonym") || /(?:an|ish|ese|ian)$/.test(t.text)) && words.length === 1) return undefined;
  if (knownPlace(words.join(" "))) return "place";
  if (words.some((w) => ORG_WORDS.has(w)) || run.some((t) => has(t, "Organization", "SportsTeam", "Company"))) {
    return run.some((t) => has(t, "Person")) && !words.some((w) => ORG_WORDS.has(w)) ? "person" : "organization";
  }
  if (run.some((t) => has(t, "Person", "FirstName", "LastName", "MaleName", "FemaleName"))) return "person";
  // "Kwong Chun-yu", "Lee Cheuk-yan": a hyphenated given name marks a person, whatever the lexicon says.
  if (words.length >= 2 && words.length <= 3 && /^[A-Z][a-z]+-[a-z]+$/.test(words[words.length - 1] ?? "")) return "person";
  if (run.some((t) => has(t, "Place", "Country", "City", "Region", "Address"))) return "place";
  const prev = /([A-Za-z-]+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? "";
  if (ROLE_NOUNS.has(prev) || new RegExp(`(?:${SPEECH_VERBS})\\s*$`).test(before) || SPEECH.test(after)) {
    return run.some((t) => has(t, "Acronym") || /^[A-Z]{2,}$/.test(t.text)) ? "organization" : words.length <= 4 ? "person" : undefined;
  }
  void sentence;
  return undefined;
}

/** Splits "Ukrainian Finance Minister Serhiy Marchenko" into its title and name. */
function splitTitle(run: Token[]): { title?: Token[]; name: Token[] } {
  let k = -1;
  run.forEach((t, i) => { if (TITLE_WORDS.has(t.text) || HONORIFICS.has(t.text.replace(/\.$/, ""))) k = i; });
  if (k < 0 || k === run.length - 1 || run.length - k - 1 > 4 || run.slice(k + 1).some((t) => t.text === "of")) return { name: run };
  return { title: run.slice(0, k + 1), name: run.slice(k + 1) };
}

/** Acronyms the article defines after a common noun ("lunar terrain vehicle (LTV)"): things, not names. */
function definedThings(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const m of s.text.matchAll(/\b[a-z]+\s\(([A-Z]{2,6})\)/g)) out.add(m[1] ?? "");
  return out;
}

/** Finds the people, places and organisations named in each sentence, typed by compromise plus titles. */
export function findMentions(sentences: Sentence[]): Mention[] {
  const out: Mention[] = [];
  const untyped: Mention[] = [];
  const things = definedThings(sentences);
  for (const s of sentences) {
    const tokens = tokenize(s.text);
    for (const run of capitalRuns(tokens)) {
      const { title, name } = splitTitle(run);
      // "10 Downing Street": the house number belongs to the name.
      const lead = tokens[tokens.indexOf(name[0]!) - 1];
      if (!title && lead && has(lead, "Address") && has(lead, "Value")) name.unshift(lead);
      const next = tokens[tokens.indexOf(run[run.length - 1]!) + 1];
      const attributive = !/['’]s$/.test(run[run.length - 1]!.text) && run[run.length - 1]!.post === " " && next !== undefined &&
        /^[a-z]/.test(next.text) && has(next, "Noun", "Adjective", "Gerund") &&
        !has(next, "Pronoun", "Preposition", "Conjunction", "Determiner", "Modal", "Auxiliary", "Copula", "PastTense", "Adverb") &&
        (has(next, "Gerund") || !has(next, "PresentTense"));
      const first = name[0]!;
      const last = name[name.length - 1]!;
      const text = bare(s.text.slice(first.start, last.end));
      const before = s.text.slice(0, first.start);
      const after = s.text.slice(last.end);
      const titleText = title?.filter((t) => !HONORIFICS.has(t.text.replace(/\.$/, ""))).length ? s.text.slice(title[0]!.start, title[title.length - 1]!.end) : undefined;
      const kind: EntityKind | undefined = title ? "person" : typeOf(name, s.text, before, after);
      if (text.length < 2 || things.has(text)) continue;
      if (!kind) {
        // Untyped for now: it may be the surname of a person named elsewhere ("Later, Marchenko spoke").
        if (name.length === 1) untyped.push({ kind: "person", start: s.start + first.start, end: s.start + first.start + text.length, text, name: text, sentence: s.index });
        continue;
      }
      const placeKind = kind === "place" ? (knownPlace(text) ?? (name.some((t) => has(t, "Country")) ? "country" : name.some((t) => has(t, "City")) ? "city" : "other")) : undefined;
      out.push({ kind, start: s.start + first.start, end: s.start + first.start + text.length, text, name: text, sentence: s.index, role: titleText, placeKind, attributive });
    }
  }
  const people = out.filter((m) => m.kind === "person" && m.text.includes(" "));
  const surnames = untyped.filter((u) => people.some((p) => p.text.split(" ").pop() === u.text));
  return resolveNames([...out, ...surnames].sort((a, b) => a.start - b.start));
}

/** Gives every short mention ("Starmer") the full name it stands for ("Keir Starmer") when that is unambiguous. */
function resolveNames(mentions: Mention[]): Mention[] {
  const people = [...new Set(mentions.filter((m) => m.kind === "person" && m.text.includes(" ")).map((m) => m.text))];
  // One name, one kind: the kind it is given most often in the article wins.
  const votes = new Map<string, Map<EntityKind, number>>();
  for (const m of mentions) {
    const v = votes.get(m.text) ?? new Map<EntityKind, number>();
    v.set(m.kind, (v.get(m.kind) ?? 0) + (m.role ? 3 : 1));
    votes.set(m.text, v);
  }
  const kindOf = (text: string) => [...(votes.get(text) ?? new Map<EntityKind, number>()).entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return mentions.map((m) => {
    const k = kindOf(m.text) ?? m.kind;
    if (k !== m.kind) m = { ...m, kind: k, placeKind: k === "place" ? knownPlace(m.text) ?? "other" : undefined };
    if (m.text.includes(" ")) return m;
    const full = people.filter((p) => p.split(" ").slice(-1)[0] === m.text || p.split(" ")[0] === m.text);
    if (full.length === 1) return { ...m, kind: "person", name: full[0]! };
    return m;
  });
}
