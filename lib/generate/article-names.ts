import type { RawFact } from "./raw-fact";
import type { Sentence } from "./sentences";
import type { Mention } from "./entities";
import { HONORIFICS, ORG_WORDS, ROLE_NOUNS, SPEECH_VERBS, THING_WORDS, TITLE_WORDS } from "./roles";
import { knownPlace } from "./pools";
import { aliasesOf, givesAway, sameThing } from "./equivalence";

/**
 * The other names an article uses for a fact's answer, which a learner may type for it: a person's surname
 * ("Mertens" for "Dries Mertens") when nobody else in the article bears it, the fuller name the article gives a
 * surname ("Auguste Chevalier" for "Chevalier"), a body's acronym ("M5S", "NASA") and the short form the article
 * writes for it ("Supreme Court" for "Italian Supreme Court of Cassation"). Never another entity's name: a surname
 * two people share, a word that also names a place or a firm, gives nothing.
 */

/** A run of capitalised words ("Movimento 5 Stelle", "National Aeronautics and Space Administration"). */
type Run = { words: string[] };

/** Words inside a name: a body's "of", "and", "for", "the"; a person's "van", "de". */
const PARTICLES = new Set("de du des la le von van der del da di".split(" "));
const CONNECTORS = new Set(["of", "and", "for", "the", "&", ...PARTICLES]);
const CAP = /^\p{Lu}/u;
const ACRONYM = /^[A-Z][A-Z0-9&.-]*[A-Z0-9.]$/;
/** A person's initials ("AS Heagle", "J. Smith"); three capitals are a body's ("UNC Greensboro"). */
const INITIALS = /^(?:\p{Lu}\.?){1,2}$/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]+)*$/u;
const SPEECH_AFTER = new RegExp(`^(?:${SPEECH_VERBS}|who)$`);

/** The article's capitalised runs, its lowercase words and its parenthesised definitions ("Name (ACR)"). */
export type ArticleNames = {
  /** Each distinct run once: how often a name recurs does not matter, and long repetitive text stays fast. */
  runs: Run[];
  /** The runs as text. */
  written: Set<string>;
  /** Words the article writes in lowercase: a capitalised one of them is a common word, not a name. */
  vocabulary: Set<string>;
  /** [long name, short form] pairs written "Long Name (SHORT)". */
  defined: [string, string][];
  mentions: Mention[];
};

type Token = { core: string; lead: string; trail: string };

function tokens(text: string): Token[] {
  return (text.match(/\S+/g) ?? []).map((raw) => {
    const lead = /^[(["“‘']*/.exec(raw)![0];
    let core = raw.slice(lead.length);
    let trail = /[)\]"”’',;:!?.]*$/.exec(core)![0];
    core = core.slice(0, core.length - trail.length);
    // "U.S.", "Mr.": the period belongs to the word.
    if (trail.startsWith(".") && (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(core) || HONORIFICS.has(core))) {
      core += ".";
      trail = trail.slice(1);
    }
    // "Mertens's attempt", "Kennedy’s building", "Galois’ death": the possessive ends the name.
    const possessive = /(?<=\p{L})['’]s?$/u.exec(core);
    if (possessive) {
      core = core.slice(0, possessive.index);
      trail = possessive[0] + trail;
    }
    return { core, lead, trail };
  });
}

/** Reads the names of an article once: every fact of it looks its answer up here. */
export function articleNames(sentences: Sentence[], mentions: Mention[]): ArticleNames {
  const runs: Run[] = [];
  const written = new Set<string>();
  const vocabulary = new Set<string>();
  const defined: [string, string][] = [];
  const tokenized = sentences.map((s) => tokens(s.text));
  for (const toks of tokenized) for (const t of toks) if (/^\p{Ll}[\p{Ll}'’-]*$/u.test(t.core)) vocabulary.add(t.core);
  for (const toks of tokenized) {
    let run: string[] = [];
    let opens = false;
    const close = () => {
      while (run.length && CONNECTORS.has(run[run.length - 1]!)) run.pop();
      // "The National Aeronautics …", "Later NASA …": a sentence's first word is often no part of the name.
      // Only the sentence's own first word: in "The Silver Clouds", "Silver" is capitalised as part of the name.
      if (run.length > 1 && opens && !/^(?:The|A|An)$/.test(run[0]!) && vocabulary.has(lower(run[0]!))) run.shift();
      if (run.length > 1 && /^(?:The|A|An)$/.test(run[0]!)) run.shift();
      const text = run.join(" ");
      if (run.length && !written.has(text)) {
        written.add(text);
        runs.push({ words: run });
      }
      run = [];
    };
    toks.forEach((t, i) => {
      if (t.lead) close();
      const next = toks[i + 1];
      const cap = CAP.test(t.core);
      const joins =
        run.length > 0 &&
        !cap &&
        ((CONNECTORS.has(t.core) && (t.core !== "the" || run[run.length - 1] === "of")) || /^\d+$/.test(t.core)) &&
        !t.trail &&
        next !== undefined &&
        !next.lead &&
        (CAP.test(next.core) || /^\d+$/.test(t.core));
      if (cap || joins) {
        if (!run.length) opens = i === 0;
        run.push(t.core);
      } else close();
      if (t.trail) {
        const words = run;
        close();
        // "Movimento 5 Stelle (M5S)": the bracket right after a name gives its short form.
        const short = next && next.lead === "(" && /^\)/.test(next.trail) ? next.core : undefined;
        if (!t.trail.includes(",") && words.length && short && ACRONYM.test(short))
          defined.push([words.join(" "), short]);
      }
    });
    close();
  }
  return { runs, written, vocabulary, defined, mentions };
}

const lower = (w: string) => w.toLowerCase();
// Capitalised at a sentence's start, never a given name ("One Rohingya, Muhammad Amin, …").
const OPENERS = new Set(
  (
    "the a an in on at for but and or of to from by with as after before this that these those it he she they we i " +
    "his her its their our if when while also other both each one two three four five six seven eight nine ten " +
    "some many most all every no later then however meanwhile yesterday today"
  ).split(" "),
);
/** A title or a common word before a name ("Emperor Norton", "Administrator Charles Bolden", "Later Mertens"). */
function titleLike(word: string, names: ArticleNames): boolean {
  return (
    TITLE_WORDS.has(word) ||
    OPENERS.has(lower(word)) ||
    HONORIFICS.has(word.replace(/\.$/, "")) ||
    (names.vocabulary.has(lower(word)) && !PARTICLES.has(word)) ||
    CONNECTORS.has(word) ||
    (ACRONYM.test(word) && word.length > 3)
  );
}

/** The surname a learner types: the last word, or the first of "Lam Cheuk-ting" (family name first). */
export function familyName(name: string): { word: string; at: number } {
  const w = name.split(/\s+/);
  if (w.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w[1]!)) return { word: w[0]!, at: 0 };
  return { word: w[w.length - 1]!, at: w.length - 1 };
}

/** The words of a run after its `j`th, up to a connector ("Lydia Buchtmann for Food …", "Euler and Colin Maclaurin"). */
function wordsAfter(words: string[], j: number): string[] {
  const rest = words.slice(j + 1);
  const stop = rest.findIndex((x) => /^(?:of|for|the|and|&)$/.test(x));
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** How the article writes a surname once: alone, in a full name (`name`), or inside another name (`other`). */
type Sighting = { same: boolean; name?: string; other?: boolean; alone?: boolean };

/**
 * Every place the article writes `surname` as a capitalised word: whether it names the person `full` (the full name,
 * a fuller one, or the surname alone after a title) or someone or something else ("Johann Bernoulli", "Kennedy
 * Space Center").
 */
function sightings(surname: string, full: string | undefined, names: ArticleNames): Sighting[] {
  const want = full?.split(/\s+/);
  const at = full ? familyName(full).at : -1;
  const out: Sighting[] = [];
  for (const r of names.runs) {
    r.words.forEach((w, j) => {
      if (w !== surname) return;
      // Aligned with the full name ("Lam Cheuk-ting", "Dries Mertens").
      if (want && want.every((x, k) => r.words[j - at + k] === x)) {
        out.push({ same: true, name: full });
        return;
      }
      if (at === 0) {
        // Family name first: alone, or before another given name.
        const alone = j === r.words.length - 1 && (j === 0 || titleLike(r.words[j - 1]!, names));
        out.push(alone ? { same: true, alone } : { same: false, name: r.words.slice(j).join(" ") });
        return;
      }
      // Whatever follows the surname in the run makes it another name ("Mertens Foundation"), bar letters ("FRS").
      const after = wordsAfter(r.words, j).filter((x) => !/^[A-Z]{2,4}$/.test(x));
      let k = j;
      while (k > 0 && (PARTICLES.has(r.words[k - 1]!) || !titleLike(r.words[k - 1]!, names))) k--;
      const given = r.words.slice(k, j);
      // "University of Basel" is another name; "Bernoulli and Euler" are two.
      if (after.length || /^(?:of|for|the)$/.test(r.words[k - 1] ?? "")) {
        out.push({ same: false, other: true, name: r.words.join(" ") });
        return;
      }
      if (!given.length) {
        out.push({ same: true, alone: true });
        return;
      }
      const name = [...given, surname].join(" ");
      const initial = given.length === 1 && INITIALS.test(given[0]!) && want?.[0]?.[0] === given[0]![0];
      out.push({ same: full !== undefined && (name === full || sameThing(name, full) || initial), name });
    });
  }
  // A place or a body the article names with the word ("Washington" the city).
  for (const m of names.mentions)
    if (m.kind !== "person" && m.text !== full && m.text.split(/\s+/).includes(surname))
      out.push({ same: false, other: true, name: m.text });
  return out;
}

/** Two to three capitalised words with nothing of a place, a body or a thing: it may be a person's name. */
function nameShaped(name: string): boolean {
  const w = name.split(/\s+/);
  return (
    w.length >= 2 &&
    w.length <= 3 &&
    w.slice(1).every((x) => NAME_WORD.test(x)) &&
    (NAME_WORD.test(w[0]!) || INITIALS.test(w[0]!)) &&
    !w.some((x) => ORG_WORDS.has(x) || THING_WORDS.has(x) || TITLE_WORDS.has(x) || knownPlace(x)) &&
    !knownPlace(name)
  );
}

/**
 * Does the article treat a name it never typed as a person: "AS Heagle" (initials), "striker Dries Mertens" (a
 * role before it), "Dries Mertens said", or "Romelu Lukaku, Yannick Carrasco, and Dries Mertens" (listed with people)?
 */
function actsAsPerson(full: string, names: ArticleNames, sentences: Sentence[]): boolean {
  if (INITIALS.test(full.split(" ")[0]!)) return true;
  const people = names.mentions.filter((m) => m.kind === "person").map((m) => m.text);
  for (const s of sentences) {
    let from = s.text.indexOf(full);
    while (from >= 0) {
      const before = s.text.slice(0, from);
      const after = s.text.slice(from + full.length);
      const prev = /([\p{L}-]+)\s$/u.exec(before)?.[1] ?? "";
      const next = /^,?\s([a-z]+)/.exec(after)?.[1] ?? "";
      if (ROLE_NOUNS.has(prev) || SPEECH_AFTER.test(next)) return true;
      // Listed: a person's name on either side, across ", " or " and ".
      const left = /([^,;]*)(?:,\s(?:and\s)?|\sand\s)$/.exec(before)?.[1]?.trim() ?? "";
      const right = /^(?:,\s(?:and\s)?|\sand\s)([^,;]+)/.exec(after)?.[1] ?? "";
      if (people.some((p) => left.endsWith(p) || right.startsWith(p))) return true;
      from = s.text.indexOf(full, from + 1);
    }
  }
  return false;
}

/** A person's other names: the surname when nobody else bears it, and the fuller names the article writes. */
function personForms(fact: RawFact, names: ArticleNames, sentences: Sentence[]): string[] | undefined {
  const written = fact.value;
  const full = [String(fact.normalized ?? ""), written].find((n) => n.includes(" "));
  if (full) {
    if (fact.kind !== "person" && !nameShaped(full)) return undefined;
    const { word } = familyName(full);
    const seen = sightings(word, full, names);
    // A body ("Google Chrome") only by the short name the article writes alone ("Chrome"), never a common word.
    if (fact.kind === "organization" && (names.vocabulary.has(lower(word)) || !seen.some((s) => s.alone)))
      return undefined;
    if (fact.kind === "term" && !seen.some((s) => s.alone) && !actsAsPerson(full, names, sentences)) return undefined;
    const fuller = seen.filter((s) => s.same && s.name).map((s) => s.name!);
    // "Mr" of "Education Mr", "II" of "Johann II": no surname.
    const surname = !TITLE_WORDS.has(word) && !HONORIFICS.has(word) && !/^[IVX]+$/.test(word);
    return surname && seen.every((s) => s.same) ? [word, ...fuller] : fuller;
  }
  // A surname: the article's full name for it, when the article gives one person that surname.
  if (fact.kind === "organization" || !NAME_WORD.test(written) || knownPlace(written)) return undefined;
  const seen = sightings(written, undefined, names);
  if (seen.some((s) => s.other)) return [];
  const fuller = [...new Set(seen.filter((s) => s.name).map((s) => s.name!))];
  // One person: every fuller name is a form of the others ("Joshua Norton", "Joshua Abraham Norton").
  const one = fuller.every((n) => nameShaped(n) && fuller.every((m) => m === n || sameThing(m, n)));
  return one ? fuller : [];
}

/** Initials of a name's capitalised words and numbers ("M5S" for "Movimento 5 Stelle"). */
const initials = (words: string[]) =>
  words
    .filter((w) => CAP.test(w) || /^\d+$/.test(w))
    .map((w) => (/^\d+$/.test(w) ? w : w[0]))
    .join("");

/** Does `short` write `long` with some of its words as initials ("LA Sheriff" for "Los Angeles Sheriff", "NASA")? */
export function abbreviates(short: string, long: string): boolean {
  const s = short.split(/\s+/);
  const l = long.split(/\s+/);
  if (!s.some((w) => ACRONYM.test(w) && w.replace(/\./g, "").length >= 2) || l.length < 2) return false;
  const match = (i: number, j: number): boolean => {
    if (i === s.length) return j === l.length;
    const w = s[i]!;
    if (j < l.length && lower(l[j]!) === lower(w) && match(i + 1, j + 1)) return true;
    const letters = w.replace(/\./g, "");
    if (!ACRONYM.test(w) || letters.length < 2) return false;
    for (let end = j + 2; end <= l.length; end++) {
      const part = l.slice(j, end);
      if (CONNECTORS.has(part[part.length - 1]!) || CONNECTORS.has(part[0]!)) continue;
      if (initials(part) === letters && match(i + 1, end)) return true;
    }
    return false;
  };
  return match(0, 0);
}

const DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:an|ish|ese|ian|ic)|U\.?S\.?|U\.?K\.?)$/u;
/** "Supreme Court" for "Italian Supreme Court of Cassation": without its country word or its "of …" tail. */
function shortForms(name: string): string[] {
  const w = name.split(/\s+/);
  const lead = DEMONYM.test(w[0]!) || knownPlace(w[0]!) ? 1 : 0;
  const of = w.findIndex((x, i) => i > lead + 1 && (x === "of" || x === "for"));
  const forms = [w.slice(lead), of > 0 ? w.slice(0, of) : [], of > 0 ? w.slice(lead, of) : []];
  return forms
    .filter((f) => f.length >= 2 && f.length < w.length && f.every((x) => CAP.test(x) || CONNECTORS.has(x)))
    .map((f) => f.join(" "));
}

const KIND_WORDS = new Set([...ORG_WORDS, ...THING_WORDS, "Module", "Complex", "Station", "Building", "Hall"]);

/**
 * "Kennedy" for "Kennedy Space Center" and the other way round: a place or a body named by its first word, when the
 * article writes that word alone and in no other name ("Volgograd" is a city, "Google" has a "Google Chrome").
 */
function firstWordForms(answer: string, names: ArticleNames): string[] {
  const single = !answer.includes(" ");
  const word = answer.split(" ")[0]!;
  if (
    !NAME_WORD.test(word) ||
    names.vocabulary.has(lower(word)) ||
    knownPlace(word) ||
    names.mentions.some((m) => m.text === word && m.kind !== "organization")
  )
    return [];
  const longer = new Set<string>();
  let alone = false;
  for (const r of names.runs)
    r.words.forEach((w, j) => {
      if (w !== word) return;
      const name = [w, ...wordsAfter(r.words, j)].join(" ");
      const before = r.words[j - 1];
      if (before !== undefined && !titleLike(before, names) && before !== "and") longer.add(`…${name}`);
      else if (name === word) alone = true;
      else longer.add(name);
    });
  for (const m of names.mentions) if (m.text !== word && m.text.split(" ").includes(word)) longer.add(m.text);
  const [only, ...others] = [...longer];
  if (!alone || !only || others.length || !KIND_WORDS.has(only.split(" ").pop()!)) return [];
  if (single) return [only];
  return only === answer ? [word] : [];
}

/** A body's or a thing's other names in the article: its acronym and the short form it also goes by. */
function bodyForms(answer: string, kind: RawFact["kind"], names: ArticleNames): string[] {
  const out: string[] = [];
  for (const [long, short] of names.defined) {
    if (long === answer || long.endsWith(` ${answer}`)) out.push(short);
    if (short === answer) out.push(long);
  }
  const written = names.written;
  // Initials that only happen to match: never for a place, never a country's short name ("US" is no "University of
  // Sheffield"); the article's brackets above say it outright.
  const alias = (t: string) => aliasesOf(t).length > 0 || knownPlace(t) !== undefined;
  if (kind !== "place" && !alias(answer))
    for (const run of written) {
      if (run === answer || alias(run)) continue;
      if (abbreviates(run, answer) || abbreviates(answer, run)) out.push(run);
    }
  for (const f of shortForms(answer)) if (written.has(f)) out.push(f);
  // "Food Standards of Australia and New Zealand" for "Food Standards Australia New Zealand": the same words.
  const capitals = (t: string) =>
    t
      .split(/\s+/)
      .filter((w) => !CONNECTORS.has(w))
      .join(" ");
  for (const run of written) if (run !== answer && capitals(run) === capitals(answer)) out.push(run);
  if (kind !== "place") out.push(...firstWordForms(answer, names));
  // "Supreme Court" answered by the longer name the article also writes.
  for (const run of written) if (shortForms(run).includes(answer)) out.push(run);
  // Never a name the article gives a person.
  return out.filter((f) => !names.mentions.some((m) => m.kind === "person" && m.text === f));
}

/** Sets `articleForms` on the facts whose answer is a name: the forms of it the article itself uses. */
export function withArticleForms(facts: RawFact[], sentences: Sentence[], mentions: Mention[]): RawFact[] {
  const names = articleNames(sentences, mentions);
  // One answer, one set of forms: a name the article repeats is looked up once.
  const known = new Map<string, string[]>();
  return facts.map((f) => {
    if (!["person", "organization", "place", "term"].includes(f.kind)) return f;
    const key = `${f.kind}|${f.value}|${String(f.normalized ?? "")}`;
    const cached = known.get(key);
    if (cached) return { ...f, articleForms: cached };
    const person = f.kind === "place" ? undefined : personForms(f, names, sentences);
    const forms = [
      ...(person ?? []),
      ...(f.kind === "person" || person?.length ? [] : bodyForms(f.value, f.kind, names)),
    ].filter((x) => x !== f.value);
    const articleForms = [...new Set(forms)];
    known.set(key, articleForms);
    return { ...f, articleForms };
  });
}

const wordsOf = (t: string) =>
  t
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Does the prompt show one of the article's other names for the answer ("M5S", "LA Sheriff", "European Space
 * Agency" for "ESA")? Read as the learner sees it: bracketed asides go from the question (ask.ts), so "(M5S)" right
 * after the blank gives nothing away; an acronym counts only as written ("WHO", not "who"). A surname or a short
 * form shares its words with the answer, which the prompt is already checked for; a fuller name counts by its given
 * name ("Auguste" for "Chevalier"), a body's longer name only whole.
 */
export function showsArticleForm(prompt: string, answer: string, forms: readonly string[]): boolean {
  const shown = prompt.replace(/\s*\((?:[^()]|\([^()]*\))*\)/g, (m) => (m.includes("_____") ? m : ""));
  const own = new Set(wordsOf(answer));
  return forms.some((f) => {
    const words = wordsOf(f);
    if (words.every((w) => own.has(w))) return false;
    // A body's longer name adds words around it ("the _____ for Composition"); a person's adds a given name.
    if ([...own].every((w) => words.includes(w))) return nameShaped(f) && givesAway(shown, [f]);
    if (ACRONYM.test(f))
      return new RegExp(`(?<![\\p{L}\\p{N}])${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(
        shown,
      );
    return givesAway(shown, [f]);
  });
}
