import nlp from "compromise";
import { tokenize, type Token } from "./tokens";
import { ROLE_NOUNS, TITLE_WORDS } from "./roles";

/** Marks the answer's place in a clause while the clause is cut and cleaned. */
const P = "\u0001";

/** What a question about one span of a sentence can be asked as. */
export type Asked = {
  /** A question in its own words ("Where was Daniel Bernoulli born?"), when a pattern fits. */
  wh?: string;
  /** The clause that holds the answer, with the answer blanked ("His chief work is _____"). */
  clause: string;
};

/** Who "he" and "his" stand for when a sentence does not say: the article's main person, if it has one. */
export type Referents = {
  main?: string;
  /** The one person the sentence before names, if it names exactly one: "He" most likely means them. */
  previous?: string;
  /** How the article refers to its main person ("she" in a life of Zaha Hadid): "He" is then someone else. */
  mainPronoun?: "he" | "she";
  /** The blank is a person (or a body): a "his" after it is most likely the answer's own. */
  answerHasPronoun?: boolean;
  /** The article is the life of `main` (its title names them): a "his" inside a clause is theirs. */
  lifeStory?: boolean;
  /** The article's text before this sentence: "The prize was awarded …" after a prize was named points back to it. */
  before?: string;
  /** The article's title: "The summit took place …" under a title about a summit is that summit. */
  title?: string;
  /**
   * The sentence before is shown with the question: an opening that points back to it ("It", "The broadcasts") has
   * its referent in the question.
   */
  context?: boolean;
};

const AUX = new Set(
  "is are was were has have had will would can could may might must should shall do does did".split(" "),
);
const COPULA = /^(?:is|was|are|were|became|becomes|remains|remained)$/;
// Definite noun phrases that point back to something named earlier ("the firm", "the men").
const ANAPHORIC =
  /^(?:the|The)\s(?:firm|company|club|men|women|man|woman|pair|group|crew|latter|former|couple|boy|girl|side|team|duo|trio|couple|body|organi[sz]ation|agency|country|state|city|town|island|nation|move|plan|deal|decision|statement|report|study|project|programme|program|mission|same)(?=[,’']|\s(?:[a-z]+ed|[a-z]+s|is|was|are|were|has|had|have|will|would|could|can|also|said|says|then|later|now)\b)/;
const OPENER =
  /^(?:(?:But|And|So|Yet|Still|Also|However|Meanwhile|Moreover|Furthermore|Instead|Nevertheless|Indeed|Separately|Elsewhere|Overall|Now|Then|Thus|Soon|Later|Finally|Together|Today|Tonight|Currently)\b,?\s+)+/;
// "The prize was awarded …", "The new law is not retroactive": a definite subject (no "of …", no name after it) whose
// noun the article has used before points back to it; the question would not say which prize.
const FUNCTION_WORD = "(?:The|A|An|This|That|These|Those|In|On|At|But|And|It|I|He|She|We|They)";
/**
 * A clause that opens on a definite noun phrase pointing back to `before` (the article so far): "The prize was
 * awarded …" after the article named the prize. Returns the clause with the name the article gave it ("The Austrian
 * State Prize was awarded …"), the clause as it is when it points nowhere, or undefined when it points back to
 * something it cannot name ("The request was advanced …").
 */
export function namedDefinite(clause: string, before: string | undefined, title = ""): string | undefined {
  if (!before || !/^The\s[a-z]/.test(clause)) return clause;
  const tokens = tokenize(clause.replace(P, "X")).slice(1, 5);
  const verb = tokens.findIndex((t) => isVerb(t) && !has(t, "Gerund", "Adjective"));
  // "The rescued members included …": lowercase words up to the verb, the last one the noun.
  if (verb < 1 || tokens.slice(0, verb).some((t) => !/^[a-z][a-z-]*$/.test(t.text))) return clause;
  const noun = tokens[verb - 1]!;
  const stem = noun.text.replace(/(?:ies|es|s)$/, "");
  if (stem.length < 3) return clause;
  // "The announcement was first reprinted …" in the middle of an article points to something it said in other words.
  if (!new RegExp(`\\b${stem}`, "i").test(before))
    return new RegExp(`\\b${stem}`, "i").test(title) || before.trim().length === 0 ? clause : undefined;
  const name = articleNameFor(noun.text, before);
  // Unnamed, it is still the story's own subject when the title speaks of it.
  if (!name) return new RegExp(`\\b${stem}`, "i").test(title) ? clause : undefined;
  return `The ${name}${clause.slice(noun.end)}`;
}
/**
 * The name the article gave a thing it now calls by `noun`, the last one before this point: capitalised words, then at
 * most one lowercase word, then the noun ("Hong Kong legislative election", "Austrian State Prize").
 */
export function articleNameFor(noun: string, before: string): string | undefined {
  const head = `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`;
  const named = [
    ...before.matchAll(
      new RegExp(
        `(?<![\\p{L}'’-])((?:(?!${FUNCTION_WORD}\\s)\\p{Lu}[\\p{L}'’-]*\\s){1,5})([a-z]+\\s)?${head}\\b`,
        "gu",
      ),
    ),
  ]
    .filter(
      (m) =>
        !/^(?:the|a|an|that|this|of|to|in|on|at|and|or|for|with|by|from|as|is|was|are|were|which|who|[a-z]+ed)\s$/.test(
          m[2] ?? "",
        ),
    )
    .map((m) => m[0]);
  return named[named.length - 1];
}
// "Six minutes later, …", "Two days earlier, …": later than something the question does not name.
const RELATIVE_TIME =
  /^(?:\S+\s){1,2}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s(?:later|earlier|after|before)\b,?\s/i;
// An opening phrase up to its comma: "Following the meeting, ", "In May 1750, ", "On Saturday, ".
const INTRO =
  /^(?:On|In|At|After|Before|Following|Earlier|Later|Last|This|During|Under|Since|Upon|Despite|Around|By|With|Without|Once|When|While|As(?!\s(?:to|for)\b)|Although|Though|Because|Taking|Having|According to)\b[^,"“”\u0001]{0,80},\s+(?=\S)/;
const TAIL =
  /,\s(?:which|where|who|whom|whose|while|as|after|before|saying|adding|emphasi[sz]ing|stressing|according|with|but|although|though|when|amid|despite|because|since|following|including|and\s(?:he|she|it|they)|making|leaving|bringing|prompting)\b|,\s(?!the\b)[a-z]+(?:ed|en)\s(?:in|on|by|at|for|from|to|with|as)\b|(?<!\d)\s(?:--|—|–)\s(?!\d)/;
const ATTRIBUTION =
  /,?\s(?:(?:he|she|they|it|officials|police|experts|analysts|witnesses|residents|authorities|investigators|researchers|scientists|sources|organi[sz]ers|[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}|the\s[a-z]+(?:\s[a-z]+)?)\s(?:said|says|added|adds|told\s[^,"“]{1,40}?|reported|noted|explained|wrote|stated|announced|confirmed)(?:\son\s[A-Z]\w+|\sin\sa\sstatement)?|,\saccording\sto\s[^,"“]{1,60})$/;

function outsideQuotes(text: string, i: number): boolean {
  const before = text.slice(0, i);
  return (before.match(/["“”]/g) ?? []).length % 2 === 0;
}

/** The part of a `;`, `:` or dash-joined sentence that holds the answer. */
function segment(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/;\s|:\s(?=[A-Za-z"“])|(?<!\d)\s(?:--|—)\s(?!\d)/g)) {
    const open = text.slice(0, m.index);
    if (!outsideQuotes(text, m.index) || (open.match(/[([]/g) ?? []).length > (open.match(/[)\]]/g) ?? []).length)
      continue;
    parts.push(text.slice(last, m.index));
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts.find((p) => p.includes(P)) ?? text;
}

/** `main` as a possessive: "Daniel Bernoulli's", "Charles Dickens'". */
const possessive = (name: string) => (/s$/.test(name) ? `${name}’` : `${name}’s`);

/**
 * Resolves an opening "He"/"His" to the article's main person; returns undefined when the clause opens on a
 * reference nobody can resolve ("It", "They", "the firm") or "he" is nobody in particular.
 */
export function resolveOpening(clause: string, refs: Referents): string | undefined {
  if (/^(?:To which|Which|Where|Who|Whom|Whose|In which|Of which|From which)\b/.test(clause)) return undefined;
  const pointsBack =
    /^(?:It|Its|They|Their|Them|This|These|Those|That|There|Here|Such|Both|Each|Another|The\sother|The\stwo|The\sthree|Some|Many|Most|All|One\sof)\b/.test(
      clause,
    ) || ANAPHORIC.test(clause);
  if (pointsBack && !refs.context) return undefined;
  if (!pointsBack) {
    const named = namedDefinite(clause, refs.before, refs.title);
    if (named === undefined && !refs.context) return undefined;
    clause = named ?? clause;
  }
  const m = /^(He|She|His|Her)\b/.exec(clause);
  const who = refs.previous ?? refs.main;
  // "He co-founded the al-Ahali group" in a life of Zaha Hadid is her father: not her, and not known here.
  const other = (word: string) =>
    who !== undefined &&
    who === refs.main &&
    refs.mainPronoun !== undefined &&
    (/^(?:he|his|him)$/i.test(word) ? "she" : "he") === refs.mainPronoun;
  if (m) {
    if (!who || other(m[1]!)) return undefined;
    return (m[1] === "His" || m[1] === "Her" ? possessive(who) : who) + clause.slice(m[1]!.length);
  }
  // A "he" inside the clause with no name before it points outside the question.
  const inner = /\b(?:he|she|him|his|her)\b/.exec(clause);
  // "_____ was booked for his bad foul": "his" is the answer's own.
  // "In _____, his brother Pierre Joseph died": after a date or a place, it is not.
  if (
    inner &&
    outsideQuotes(clause, inner.index) &&
    (!clause.slice(0, inner.index).includes(P) || refs.answerHasPronoun === false) &&
    (!/[A-Z][a-z]/.test(clause.slice(1, inner.index).replace(MONTH_WORDS, "")) ||
      // "Seeking recognition beyond the Prague area, he submitted …": the subject after an opening phrase points
      // outside the clause, whatever names the phrase holds.
      (/^(?:he|she)$/.test(inner[0]) &&
        /,\s$/.test(clause.slice(0, inner.index)) &&
        !clause.slice(0, inner.index).includes(P) &&
        !/,/.test(clause.slice(0, inner.index - 2))))
  ) {
    const word = inner[0];
    const whose =
      refs.lifeStory && refs.main && (/^(?:he|his|him)$/i.test(word) ? "he" : "she") === refs.mainPronoun
        ? refs.main
        : who;
    if (!whose || (whose === who && other(word))) return undefined;
    // "Galois returned to mathematics after his expulsion": the clause has named him already.
    if (clause.slice(0, inner.index).includes(whose.split(" ").pop()!)) return clause;
    const name = word === "his" || word === "her" ? possessive(whose) : whose;
    return clause.slice(0, inner.index) + name + clause.slice(inner.index + word.length);
  }
  // "Poisson asked him to submit his work": an object "him" is never the clause's own subject; in a man's life story
  // it is the man, when the clause does not name him already.
  const him = /\bhim\b/.exec(clause);
  if (
    him &&
    outsideQuotes(clause, him.index) &&
    refs.main &&
    refs.mainPronoun === "he" &&
    !clause.includes(refs.main.split(" ").pop()!)
  ) {
    return clause.slice(0, him.index) + refs.main + clause.slice(him.index + 3);
  }
  return clause;
}

/**
 * The clause of `sentence` that holds the span [start, end) (sentence offsets), cleaned the way a teacher
 * would quote it: without the rest of a `;`-joined sentence, bracketed asides, openers ("But",
 * "Following the meeting,"), trailing clauses after the answer and "…, he said". The answer is marked P.
 */
export function clauseWithMark(sentence: string, start: number, end: number, refs: Referents): string | undefined {
  let t = segment(sentence.slice(0, start) + P + sentence.slice(end));
  t = t.replace(/\s*\[[^\]]{0,12}\]/g, (m) => (m.includes(P) ? m : ""));
  t = t.replace(/\s*\((?:[^()]|\([^()]*\))*\)/g, (m) => (m.includes(P) ? m : ""));
  t = t
    .trim()
    .replace(/^["“”'‘]+/, "")
    .replace(/["“”'’]+$/, (m) => (outsideQuotes(t, t.length - m.length) ? m : ""))
    .trim();
  t = t.replace(/[.!?]+["”’]?$/, "").trim();
  const attribution = ATTRIBUTION.exec(t);
  if (attribution && !attribution[0].includes(P)) t = t.slice(0, attribution.index);
  const at = t.indexOf(P);
  const tail = t.slice(at).search(TAIL);
  if (tail > 0) t = t.slice(0, at + tail);
  // "…, but was very unhappy there, and a temporary illness in _____ gave him …": the clause of the
  // answer, when it has a subject of its own.
  // ", where the British prime minister reaffirmed …" too, unless it goes on with "he" (who is in the part cut away).
  const joins = [
    ...t.slice(0, t.indexOf(P)).matchAll(/,\s(?:and|but|while|whereas|where(?!\s(?:he|she|they|it|his|her)\b))\s/g),
  ].filter((m) => outsideQuotes(t, m.index));
  const join = joins[joins.length - 1];
  if (join) {
    const part = t.slice(join.index + join[0].length);
    const first = tokenize(part.replace(P, "X"))[0];
    // The part's first verb is its own ("…, and Venturi Astrolab to advance capabilities …" is a list running on).
    const firstVerb = tokenize(part.replace(P, "X")).find((x) => isVerb(x));
    const finite =
      firstVerb !== undefined &&
      has(firstVerb, "PastTense", "PresentTense", "Copula", "Modal", "Auxiliary") &&
      !has(firstVerb, "Participle", "Infinitive") &&
      !/\bto\s$/.test(part.replace(P, "X").slice(0, firstVerb.start));
    // "Thomas Sam, 42, and his wife Manju Sam, 36, … are on trial": no verb before the join, so it joins the
    // subject's names, not two clauses.
    const head = tokenize(t.slice(0, join.index).replace(P, "X"));
    const verbBefore = head.some(
      (x) => isVerb(x) && has(x, "PastTense", "PresentTense", "Copula", "Modal", "Auxiliary") && !has(x, "Participle"),
    );
    if (
      verbBefore &&
      part.split(/\s+/).length >= 6 &&
      !part.startsWith(P) &&
      finite &&
      first &&
      !isVerb(first) &&
      !has(first, "Adverb", "Preposition")
    )
      t = part;
  }
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = t.replace(OPENER, "");
    const relative = RELATIVE_TIME.exec(t);
    if (relative) {
      // The answer in it is a time since something unnamed: no question.
      if (relative[0].includes(P)) return undefined;
      t = t.slice(relative[0].length);
    }
    const intro = INTRO.exec(t);
    if (
      intro &&
      !intro[0].includes(P) &&
      !/\b(?:that|which|who)\b/.test(intro[0]) &&
      !/^\d/.test(t.slice(intro[0].length)) &&
      // "While standard security, criminal, and health checks will continue, …": the comma was a list's, not the end.
      !/^[a-z][\w-]*(?:\s[a-z][\w-]*)?,\s/.test(t.slice(intro[0].length))
    )
      t = t.slice(intro[0].length);
    if (t === before) break;
  }
  t = t.trim().replace(/[,;:]+$/, "");
  if (!t.includes(P) || t.split(/\s+/).length < 4) return undefined;
  t = t.charAt(0).toUpperCase() + t.slice(1);
  const resolved = resolveOpening(t, refs);
  if (resolved === undefined) return undefined;
  // A quotation cut in half reads as nonsense.
  if ((resolved.match(/["“”]/g) ?? []).length % 2 === 1) return undefined;
  return resolved;
}

const MONTH_WORDS =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|In|On|At|By)\b/g;
const has = (t: Token | undefined, ...tags: string[]) => t !== undefined && tags.some((x) => t.tags.has(x));
const isVerb = (t: Token | undefined) => has(t, "Verb", "Copula", "Auxiliary", "Modal") && !has(t, "Gerund");
const tidy = (s: string) =>
  s
    .replace(/\s{2,}/g, " ")
    .replace(/\s+([,.;:?])/g, "$1")
    .replace(/,\s*,/g, ",")
    .replace(/,\s*\?$/, "?")
    .replace(/[,;:]\s*$/, "")
    .trim();

/** What a wh-question calls the answer when it is the subject ("Who", "Which country"). */
function subjectWord(kind: string, placeKind: string | undefined): string | undefined {
  if (kind === "person") return "Who";
  if (kind === "organization") return "Which organisation";
  if (kind === "place") return placeKind === "country" ? "Which country" : undefined;
  return undefined;
}

type Shape = { kind: string; placeKind?: string; unit?: string; iso?: string };

/** "did go", "does hold": the verb of a clause with do-support, or undefined when compromise cannot say. */
function infinitive(verb: string): string | undefined {
  const inf = (nlp(verb).verbs() as unknown as { toInfinitive: () => { text: () => string } })
    .toInfinitive()
    .text()
    .trim();
  return inf && !/\s/.test(inf) ? inf : undefined;
}

/** The wh-word for an answer in an adjunct (a date, a place, a count), and how much of the clause it replaces. */
function adjunct(
  filled: string,
  a: number,
  b: number,
  shape: Shape,
): { wh: string; from: number; to: number } | undefined {
  const before = filled.slice(0, a);
  const after = filled.slice(b);
  const prep = /\b(in|on|at|to|near|from|since|by)\s$/i.exec(before);
  // One item of a list ("at Basel, Heidelberg, and Strasbourg") is no single answer.
  if (
    /^,?\s(?:and|or|&)\s|^,\s(?:the\s)?[A-Z]/.test(after) ||
    /(?:,|\band|\bor)\s$/.test(before.slice(0, prep?.index ?? a))
  )
    return undefined;
  if (shape.kind === "date" && prep && /^(?:in|on|by|since)$/i.test(prep[1]!)) {
    if (shape.unit === "weekday" || shape.unit === "relative") return undefined;
    // "On what date" asks for the day, so a year alone is not as right an answer as it would be to "When".
    const wh =
      shape.unit === "year"
        ? prep[1]!.toLowerCase() === "since"
          ? "Since what year"
          : "In what year"
        : prep[1]!.toLowerCase() === "since"
          ? "Since when"
          : shape.unit === "day"
            ? "On what date"
            : "When";
    return { wh, from: prep.index, to: b };
  }
  if (shape.kind === "place" && prep && /^(?:in|at|to|near|from)$/i.test(prep[1]!)) {
    // "born in Groningen, in the Netherlands": the aside describes the answer; it goes too.
    const aside = /^,\s(?:in|near|at)\s(?:the\s)?[A-Z][^,]*?(?=,|$)/.exec(after);
    return {
      wh: prep[1]!.toLowerCase() === "from" ? "From where" : "Where",
      from: prep.index,
      to: b + (aside?.[0].length ?? 0),
    };
  }
  if (shape.kind === "quantity" && shape.unit !== "percent" && shape.unit !== "age") {
    const noun = /^\s((?:[a-z-]+\s){0,2}?[a-z-]+s)\b(?!\s+of\b)/.exec(after);
    // "How many asylum seekers did fishermen rescue whose boat sank?": the noun's own relative clause would dangle.
    const relative = /^\s*(?:whose|who|whom|which|that)\b/.test(after.slice(noun?.[0].length ?? 0));
    if (noun && !relative && !/^(?:years|months|weeks|days|hours|minutes|times)$/.test(noun[1]!)) {
      const more = /\b(?:more than|over|about|around|nearly|almost|some|up to|at least)\s$/.exec(before);
      return { wh: `How many ${noun[1]}`, from: more ? more.index : a, to: b + noun[0].length };
    }
  }
  return undefined;
}

/**
 * A wh-question for the answer marked in `clause`, or undefined when no pattern fits well enough:
 * the answer as the subject ("Who scored the winner?"), after a copula ("What is X's chief work?"),
 * or as a date, place or count, with the auxiliary moved ("Where was Daniel Bernoulli born?").
 */
export function whQuestion(clause: string, answer: string, shape: Shape): string | undefined {
  const a = clause.indexOf(P);
  const filled = clause.replace(P, answer);
  const b = a + answer.length;
  const tokens = tokenize(filled);
  const after = tokens.find((t) => t.start >= b);
  const next = tokens[tokens.indexOf(after!) + 1];
  const rest = filled.slice(b);
  // The answer is the subject: "Andreas Granqvist scored …", "Swedish captain Andreas Granqvist scored …".
  const prefix = filled.slice(0, a);
  const rolePrefix =
    prefix === "" ||
    (shape.kind === "person" &&
      /^(?:[A-Za-z-]+\s){1,4}$/.test(prefix) &&
      prefix
        .trim()
        .split(/\s/)
        .every((w) => /^[A-Z]/.test(w) || ROLE_NOUNS.has(w)) &&
      prefix
        .trim()
        .split(/\s/)
        .some((w) => ROLE_NOUNS.has(w.toLowerCase()) || TITLE_WORDS.has(w)));
  const subjectWh = subjectWord(shape.kind, shape.placeKind);
  // "US surface ozone has dropped": a name that modifies the noun after it is no subject.
  // A name is one thing: its verb in the present ends in -s ("US surface ozone": "surface" is no verb of "US").
  const modifier =
    (has(after, "Noun") && !has(after, "PastTense", "PresentTense")) ||
    (after !== undefined &&
      has(after, "PresentTense") &&
      !has(after, "PastTense") &&
      !/s$/i.test(after.text) &&
      !/^(?:can|will|must|may|might|should|would|could|shall)$/i.test(after.text) &&
      tokens
        .slice(tokens.indexOf(after) + 2, tokens.indexOf(after) + 4)
        .some((t) => isVerb(t) && !has(t, "Infinitive")));
  if (
    subjectWh &&
    rolePrefix &&
    /^\s/.test(rest) &&
    !modifier &&
    (isVerb(after) || (has(after, "Adverb") && isVerb(next))) &&
    !has(after, "Gerund") &&
    !/^\s(?:and|or|,)/.test(rest)
  ) {
    // "…, and Ferjani Sassi scored": another clause, with its own subject.
    const cut = rest.search(/,\s(?:and|but|while|as|with)\s|;\s/);
    const asked = cut > 0 ? rest.slice(0, cut) : rest;
    // "Which country is mainly Buddhist and the United Nations rates …": a second clause joined without a comma.
    if (/\s(?:and|but)\s(?:the\s)?[A-Z]/.test(asked)) return undefined;
    // "Who is alone?": too little said to ask about.
    if (asked.trim().split(/\s+/).length < 3) return undefined;
    return finish(`${subjectWh}${asked}`);
  }
  // "His chief work is Hydrodynamica" → "What is Daniel Bernoulli's chief work?"
  const cop = /^(.{3,90}?)\s(is|was|are|were|became|remains|remained)\s(?:the\s|a\s|an\s)?$/.exec(prefix);
  // "By far the most successful … was _____": no subject to ask about.
  if (
    cop &&
    (rest.trim() === "" || /^,\s/.test(rest)) &&
    !/[,;]/.test(cop[1]!) &&
    !has(tokens[0], "Preposition", "Adverb", "Conjunction") &&
    !tokens.some((t) => t.end <= cop[1]!.length && isVerb(t))
  ) {
    const what =
      shape.kind === "person" ? "Who" : shape.kind === "quantity" && shape.unit !== "percent" ? "How many" : "What";
    if (what === "How many") return undefined;
    const verb = COPULA.test(cop[2]!) && !/^(?:is|was|are|were)$/.test(cop[2]!) ? undefined : cop[2]!;
    if (!verb) return undefined;
    return finish(`${what} ${verb} ${lowerStart(cop[1]!)}`);
  }
  const adj = adjunct(filled, a, b, shape);
  if (!adj) return undefined;
  const vi = tokens.findIndex(
    (t) =>
      t.end <= adj.from &&
      isVerb(t) &&
      (AUX.has(t.text.toLowerCase()) || has(t, "PastTense", "PresentTense")) &&
      !has(t, "Infinitive", "Participle"),
  );
  if (vi <= 0) return undefined;
  const verb = tokens[vi]!;
  const subject = filled.slice(0, verb.start).trim();
  if (
    /[,;:"“”]/.test(subject) ||
    subject.split(/\s+/).length > 10 ||
    tokens.slice(0, vi).some((t) => isVerb(t) && !has(t, "Adjective"))
  )
    return undefined;
  // "after a brief period in Frankfurt the family moved": no subject to invert; "…, and earned a PhD in 1721": another verb's date.
  if (
    has(tokens[0], "Preposition", "Conjunction", "Adverb") ||
    /,|\sand\s[a-z]+ed\b/.test(filled.slice(verb.end, adj.from))
  )
    return undefined;
  // What follows the answer's phrase after a comma is another thought: "born in Groningen, into a family of …".
  const tailText = filled.slice(adj.to);
  // "announced that Britain will allow …": the answer belongs to the reported clause, not to this verb.
  if (/\bthat\s/.test(filled.slice(verb.end, adj.from))) return undefined;
  // "… attended the event and this year the city expects about _____ visitors", "… launched a petition which now
  // has _____ signatures": the answer belongs to a later clause with its own verb; moving the first verb garbles it.
  const joint = tokens.findIndex(
    (t) =>
      t.start >= verb.end &&
      t.end <= adj.from &&
      /^(?:and|but|while|as|when|after|before|because|which|who|that|where|until)$/i.test(t.text),
  );
  if (
    joint >= 0 &&
    tokens.some(
      (t, i) =>
        i > joint &&
        t.end <= adj.from &&
        isVerb(t) &&
        has(t, "PastTense", "PresentTense") &&
        !has(t, "Participle", "Infinitive", "Gerund", "Adjective"),
    )
  )
    return undefined;
  const between = filled.slice(verb.end, adj.from);
  const remainder = `${between} ${tailText.startsWith(",") ? "" : tailText.split(/,\s/)[0]}`;
  // "How many words did the Guardian cite examples of complicated questions with?": a preposition left at the end
  // belongs to the verb only right after it ("was re-elected with"), never inside a noun phrase ("… of … with").
  const stranded = /\s(?:with|for|of|by|to|from|in|on|at|about|among)\s*$/.exec(between);
  if (stranded && (/\bof\b/.test(between) || between.trim().split(/\s+/).length > 3)) return undefined;
  // "When did a … system back by the Red Cross … was rejected": another finite verb after the one moved.
  if (/\s(?:is|are|was|were|has|have|had|will|would)\s/.test(` ${remainder} `)) return undefined;
  const subj = lowerStart(subject);
  const v = verb.text.toLowerCase();
  let head: string;
  // "had two brothers": "had" is the main verb unless a participle follows ("had agreed").
  const auxiliary = AUX.has(v) && (!/^(?:has|have|had|do|does|did)$/.test(v) || isVerb(tokens[vi + 1]));
  // "From where was Zaha Hadid's father a wealthy industrialist?": a copula moved ahead of a noun phrase, not a verb.
  if (auxiliary && /^(?:is|are|was|were)$/.test(v)) {
    const following = tokens[vi + 1];
    const verbAt = (t: Token | undefined) =>
      t !== undefined && (isVerb(t) || has(t, "PastTense", "Participle") || /(?:ed|en|wn)$/.test(t.text));
    const participle = verbAt(following) || (has(following, "Adverb") && verbAt(tokens[vi + 2]));
    if (!participle) return undefined;
  }
  if (auxiliary) head = `${adj.wh} ${v} ${subj}${remainder}`;
  else {
    const inf = infinitive(verb.text);
    if (!inf) return undefined;
    const doWord = has(verb, "PastTense") ? "did" : /s$/.test(v) ? "does" : "do";
    head = `${adj.wh} ${doWord} ${subj} ${inf}${remainder}`;
  }
  return finish(head);
}

/**
 * Does the text say something, or is it a bare run of names ("Roscosmos Flight Engineers Oleg Kononenko and _____")?
 * A tagged verb will do, and so will any lowercase word besides "and", "of", "the": the tagger takes "employs" and
 * "rose" for nouns.
 */
export function saysSomething(text: string): boolean {
  if (
    tokenize(text).some(
      (t) =>
        isVerb(t) &&
        (has(t, "PastTense", "PresentTense", "Auxiliary", "Modal", "Copula") || AUX.has(t.text.toLowerCase())) &&
        !has(t, "Gerund"),
    )
  )
    return true;
  return (text.match(/\b[a-z][a-z'’-]{2,}\b/g) ?? []).some((w) => !/^(?:and|the|of|for|with|from|into|onto)$/.test(w));
}

/** Lowercases the clause's first word unless it is a name ("The crew" → "the crew", "Daniel" stays). */
function lowerStart(text: string): string {
  if (/^(?:The|A|An|Some|Many|Most|All|Each|Every|Both|Several|Other|Few|No)\s/.test(text))
    return text.charAt(0).toLowerCase() + text.slice(1);
  // "Fishermen rescued …" → "did fishermen rescue": a common plural noun, not a name.
  const [first] = tokenize(text);
  if (
    first &&
    /^[A-Z][a-z]+$/.test(first.text) &&
    has(first, "Plural") &&
    !has(first, "ProperNoun", "Person", "Place", "Organization")
  )
    return text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}

function finish(text: string): string | undefined {
  const q = tidy(text).replace(/[.!]+$/, "");
  // "defeated by by James To?": a word doubled where the answer's phrase was taken out.
  if (/\b(\w+)\s\1\b/i.test(q)) return undefined;
  // "Where were the first public performances … in 1872 and?": a list or a phrase cut at its end.
  if (/\b(?:and|or|but|nor|the|a|an|of)$/i.test(q)) return undefined;
  if (q.length > 200 || q.includes(P) || q.split(/\s+/).length < 3 || (q.match(/["“”]/g) ?? []).length % 2 === 1)
    return undefined;
  return `${q.charAt(0).toUpperCase()}${q.slice(1)}?`;
}

/**
 * How to ask about the span [start, end) of `sentence` (sentence offsets): a wh-question when a pattern
 * fits, and the clause with a blank. Undefined when the clause leans on something outside it ("It",
 * "the firm", a "he" the article does not resolve).
 */
export function askAbout(
  sentence: string,
  start: number,
  end: number,
  shape: Shape,
  refs: Referents,
): Asked | undefined {
  const clause = clauseWithMark(sentence, start, end, {
    ...refs,
    answerHasPronoun: shape.kind === "person" || shape.kind === "organization",
  });
  if (!clause) return undefined;
  const answer = sentence.slice(start, end);
  const wh = whQuestion(clause, answer, shape);
  return { ...(wh && { wh }), clause: `${clause.replace(P, "_____")}.` };
}
