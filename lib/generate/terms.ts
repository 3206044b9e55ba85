import type { Sentence } from "./sentences";
import type { Mention } from "./entities";
import { tokenize } from "./tokens";
import { HONORIFICS, TITLE_WORDS } from "./roles";
import { knownPlace } from "./pools";
import { EVENT_WORDS } from "./entities";

/** A named thing that is no person, place or body: a work, a law, a programme, a species ("Hydrodynamica"). */
export type TermSpan = {
  start: number;
  end: number;
  text: string;
  kind: "term" | "place" | "person";
  /** A phrase in quotation marks ("a 'quasi-state of war'"): asked inside its marks. */
  quoted?: boolean;
};

const NAMED =
  /\b(?:called|named|known as|dubbed|termed|titled|entitled)\s+(?:the\s)?["“]?([A-Z][\w'’-]*(?:\s(?:[A-Z][\w'’-]*|of|the|de|\d+)){0,5})["”]?/g;
const RUN =
  /(?<![\w'’-])[A-Z][\w'’]*(?:-[\w'’]+)*(?:\s(?:[A-Z][\w'’]*(?:-[\w'’]+)*|\d{1,4}[A-Z]?(?!\d|[,.]\d|[a-z]))|\sof(?=\s[A-Z]))*/g;
// Capitalised common nouns: a rank or an honour, not a named thing.
const COMMON = new Set(
  "Fellow Member Professor Doctor Saint Emperor Empress Church State Government Army Navy Court University College School Internet Web".split(
    " ",
  ),
);
const SKIP = new Set(
  (
    "The A An In On At For But And Or Of To From By With As After Before This That These Those It He She They We I His Her Its " +
    "Their Our If When While Also Other Both Each Mr Mrs Ms Dr Sir January February March April May June July August September " +
    "October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Earth Sun Moon God " +
    "However Although Despite During Since Until Upon Under Over Then There Here Some Many Most All One Two Three Four Five"
  ).split(" "),
);

// A phrase set off in quotation marks inside a sentence: a coined term or a verdict ("declared it 'incomprehensible'").
const SCARE = /(?<![\w'’])(?:"([^"]{3,60})"|“([^”“]{3,60})”|'([^']{3,60})'(?![\w]))/g;
// Words that end a noun phrase: what follows is a clause, a preposition or a verb, not part of the term.
const NP_STOP = new Set(
  (
    "that which who whom whose when where while in on at for to from with after before during as than because since but or if " +
    "is was are were be been has have had will would could should can may might not its their his her the a an this these those it they he she " +
    "said says according caused after ahead over under against about into onto through across between among without within per " +
    "following including"
  ).split(" "),
);
const NP_WORD = /^[A-Za-z][\w'’-]*$/;
// What a teacher asks for: the charge, the cause of death or illness, what a study focuses on, what something treats with.
const CUE =
  /\b(?:charged with|on trial for|trial for|tried for|convicted of|accused of|guilty of|died[^.;]{0,70}?\s\(?(?:probably\s|possibly\s)?(?:of|from)|caused by|suffering from|diagnosed with|shot in the|wounded in the|focuses on|treats?\s[a-z]+\swith|due to)\s\(?/g;

const EPONYM =
  /(?<![\w'’-])(\p{Lu}[\p{L}-]+)['’]s\s(?:(?:first|second|third|general|special|uncertainty|exclusion)\s)?(?:principle|law|laws|theorem|equation|equations|constant|paradox|effect|disease|syndrome|razor|conjecture|hypothesis|rule|number|formula)\b/gu;
// "more effective than", "safer than": a comparison whose other side is a thing.
const COMPARED =
  /\b(?:(?:more|less)\s[a-z]{4,}|better|worse|safer|cheaper|stronger|weaker|faster|slower|higher|lower|greater)\sthan\s/g;

/** The noun phrase starting at `at` in `text`: up to six words, "of"/"by"/"and" only between words of it. */
export function nounPhrase(text: string, at: number): { start: number; text: string } | undefined {
  const words: string[] = [];
  const re = /[^\s,;:.()!?"“”]+/y;
  re.lastIndex = at;
  let m: RegExpExecArray | null;
  let pos = at;
  while (words.length < 7 && (m = re.exec(text))) {
    const w = m[0];
    if (!NP_WORD.test(w) || NP_STOP.has(w.toLowerCase())) break;
    words.push(w);
    pos = re.lastIndex;
    if (text[pos] !== " ") break;
    re.lastIndex = pos + 1;
  }
  while (words.length && /^(?:of|by|and|or)$/i.test(words[words.length - 1]!)) words.pop();
  const phrase = words.join(" ");
  // "accused of putting …": a verb, not a term.
  if (!words.length || words.length > 6 || !/\b[a-z][a-z-]{3,}\b/.test(phrase) || /^[a-z]+ing$/.test(words[0]!))
    return undefined;
  return { start: at, text: phrase };
}

/**
 * Terms a reader is taught: phrases set off in quotation marks, the noun phrase after a cue ("charged with
 * manslaughter by gross negligence", "died of peritonitis"), and what the sentence's subject is said to be
 * ("Daniel Bernoulli … was a Swiss mathematician and physicist").
 */
export function findKeyPhrases(s: Sentence): TermSpan[] {
  const out: TermSpan[] = [];
  const push = (start: number, text: string, quoted = false) => {
    const end = start + text.length;
    if (!out.some((o) => start < o.end && o.start < end))
      out.push({ start, end, text, kind: "term", ...(quoted && { quoted }) });
  };
  for (const m of s.text.matchAll(SCARE)) {
    const inner = m[1] ?? m[2] ?? m[3]!;
    const words = inner.trim().split(/\s+/);
    // A short phrase, not a quoted sentence: no closing punctuation, one to six words.
    if (
      words.length > 6 ||
      /[.!?,;:]$/.test(inner.trim()) ||
      inner !== inner.trim() ||
      /['’](?:ve|ll|re|d|m)\b/.test(inner)
    )
      continue;
    // A title ("Songs My Mother Taught Me") or a phrase without a verb ("quasi-state of war"); one word only a long one ("incomprehensible").
    const title = words.every((w) => /^[A-Z0-9]/.test(w) || /^(?:of|the|and|in|on|for|to|a)$/.test(w));
    const verb = tokenize(inner).some(
      (t) => t.tags.has("Verb") && !t.tags.has("Adjective") && !t.tags.has("Participle") && !t.tags.has("Gerund"),
    );
    if (!title && (verb || (words.length === 1 && inner.length < 9) || /^(?:for|to|in|on|at|by)$/i.test(words[0]!)))
      continue;
    // 'to "streamline" processing': a verb in quotation marks.
    if (/\bto\s$/.test(s.text.slice(0, m.index))) continue;
    push(m.index + 1, inner, true);
  }
  for (const m of s.text.matchAll(CUE)) {
    // "charged with taking hard drives": what was taken is the term, not the verb.
    const gerund =
      /^(?:taking|stealing|possessing|smuggling|selling|supplying|importing|carrying|making|handling)\s/.exec(
        s.text.slice(m.index + m[0].length),
      );
    const np = nounPhrase(
      s.text,
      m.index +
        m[0].length +
        (gerund && /charged|accused|convicted|guilty|tried|trial/.test(m[0]) ? gerund[0].length : 0),
    );
    // One word is a term only where the cue asks for a cause or a wound ("of peritonitis", "in the abdomen").
    const single = /died|caused|suffering|diagnosed|shot|wounded/.test(m[0]);
    if (
      np &&
      !/^[A-Z]/.test(np.text) &&
      (single || np.text.includes(" ")) &&
      !/^(?:very|more|most|much|many|some)\b/.test(np.text)
    )
      push(np.start, np.text);
  }
  // "Bernoulli's principle", "Hubble's law", "Crohn's disease": a law, effect or illness named after someone.
  for (const m of s.text.matchAll(EPONYM)) if (!/^(?:The|A|An|This|That|It)$/.test(m[1]!)) push(m.index, m[0]);
  // "no more effective than placebo", "safer than aspirin": what something is measured against.
  for (const m of s.text.matchAll(COMPARED)) {
    const np = nounPhrase(s.text, m.index + m[0].length);
    if (
      !np ||
      /^[A-Z]/.test(np.text) ||
      /^(?:last|next|this|that|ever|usual|before|expected|previously|any|those)\b/.test(np.text)
    )
      continue;
    const head = tokenize(np.text);
    const last = head[head.length - 1];
    if (last && last.tags.has("Noun") && !last.tags.has("Pronoun") && !last.tags.has("Value") && !last.tags.has("Date"))
      push(np.start, np.text);
  }
  // "X (…) was a Swiss mathematician and physicist": the definition of the sentence's subject.
  const def =
    /^(?:[A-Z][\p{L}'’.-]*\s){1,7}(?:\([^()]*(?:\([^()]*\)[^()]*)*\)\s?)?(?:,[^,]{1,80},\s)?(?:is|was)\s(?:an?)\s/u.exec(
      s.text,
    );
  if (def) {
    const np = nounPhrase(s.text, def[0].length);
    if (np && !/^(?:very|more|most|much|many|some)\b/.test(np.text)) push(np.start, np.text);
  }
  return out;
}

/**
 * Names of things that the entity typer leaves untyped: capitalised runs inside a sentence that no
 * mention covers ("Hydrodynamica", "Plant Habitat-03"), and what follows "called" or "known as".
 */
export function findTerms(s: Sentence, mentions: Mention[], nameWords?: Set<string>): TermSpan[] {
  // `mentions` may be the sentence's own and `nameWords` the article's, built once (a long article has thousands).
  const covered = mentions
    .filter((m) => m.sentence === s.index)
    .map((m) => [m.start - s.start, m.end - s.start] as const);
  // "Bernoulli's principle" is asked whole, as a key phrase: "Bernoulli" alone is no term of it.
  for (const m of s.text.matchAll(EPONYM)) covered.push([m.index, m.index + m[0].length] as const);
  const free = (a: number, b: number) => !covered.some(([x, y]) => a < y && x < b);
  const out: TermSpan[] = [];
  const names = nameWords ?? new Set(mentions.flatMap((m) => m.name.split(/\s+/)));
  const push = (start: number, text: string, kind: TermSpan["kind"] = "term") => {
    const t = text
      .replace(/[’']s$/, "")
      .replace(/\sof$/, "")
      .trim();
    const end = start + t.length;
    if (t.length < 4 || !free(start, end) || out.some((o) => start < o.end && o.start < end)) return;
    out.push({ start, end, text: t, kind });
  };
  for (const m of s.text.matchAll(NAMED)) push(m.index + m[0].indexOf(m[1]!), m[1]!);
  const tokens = tokenize(s.text);
  for (const m of s.text.matchAll(RUN)) {
    const words = m[0].split(/\s/);
    if (
      m.index === 0 ||
      SKIP.has(words[0]!) ||
      words.every((w) => SKIP.has(w) || TITLE_WORDS.has(w) || HONORIFICS.has(w))
    )
      continue;
    // After a sentence break or a quote opening, a capital is no sign of a name.
    if (/[.!?:"“]\s*$/.test(s.text.slice(0, m.index))) continue;
    const first = tokens.find((t) => t.start === m.index);
    if (
      first &&
      [...first.tags].some(
        (x) => x === "Demonym" || x === "Pronoun" || x === "Date" || x === "Month" || x === "WeekDay",
      )
    )
      continue;
    if (
      words.length === 1 &&
      (/^[A-Z]{2,5}s?$/.test(words[0]!) || knownPlace(words[0]!) || /(?:an|ish|ese|ian)$/.test(words[0]!))
    )
      continue;
    if (knownPlace(m[0]) || (words.length === 1 && (names.has(words[0]!) || COMMON.has(words[0]!)))) continue;
    // "(Arabic: زها حديد …)", "(German pronunciation: …)": the label of a name in another language.
    if (/\(\s*$/.test(s.text.slice(0, m.index)) && /^(?:\s[a-z]+)?:/.test(s.text.slice(m.index + m[0].length)))
      continue;
    // "Jean le Rond d'Alembert": a piece of a name with particles.
    if (
      /\b(?:le|la|de|da|di|du|van|von|del|der|den|al|bin|ibn)\s$/.test(s.text.slice(0, m.index)) ||
      /^\s(?:le|la|de|da|di|du|van|von|d['’])/.test(s.text.slice(m.index + m[0].length))
    )
      continue;
    const tags = new Set(
      tokens.filter((t) => t.start >= m.index && t.end <= m.index + m[0].length).flatMap((t) => [...t.tags]),
    );
    // "Siege of Savannah", "Soyuz MS-23": an event or a numbered craft, whatever its words' tags say.
    const thing = /\d/.test(m[0]) || EVENT_WORDS.has(words[0]!);
    const kind = thing
      ? "term"
      : ["Person", "FirstName", "MaleName", "FemaleName"].some((x) => tags.has(x))
        ? "person"
        : ["Place", "City", "Country", "Region"].some((x) => tags.has(x))
          ? "place"
          : "term";
    push(m.index, m[0], kind);
  }
  return out;
}
