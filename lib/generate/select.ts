import type { Draft } from "./draft";
import { nameSlips, respelled } from "./name-slips";
import type { Mention } from "./entities";
import { WEEKDAYS } from "./dates";
import { HONORIFICS, ORG_WORDS, TITLE_WORDS } from "./roles";
import { sortOf } from "./distractors";
import { tokenize } from "./tokens";
import { fragmentary } from "./prompt-checks";
import { articleNameFor } from "./ask";

/** What the scorer knows about the article as a whole. */
export type ArticleView = {
  title: string;
  words: number;
  mentions: Mention[];
  /** The article's text, to tell how often an answer appears in it. */
  text?: string;
  /** The person the article is about, when one dominates it: never an answer (too easy), always a referent. */
  main?: string;
  /** The body the article is about, when one dominates it ("NASA"): a weak answer, like its own country. */
  body?: string;
  /** The main person is the article's title (a life story), not only the person it names most. */
  mainIsTitle?: boolean;
  /** Sentences with a candidate whose answer is no date: there a date is the background, not the fact. */
  namesOrAmounts?: Set<number>;
};

/** The view with what the candidates tell about each sentence (see `namesOrAmounts`). */
export function withCandidates(view: ArticleView, candidates: Draft[]): ArticleView {
  const namesOrAmounts = new Set(
    candidates
      .filter((d) => d.type !== "true-false" && d.fact.kind !== "date" && d.fact.kind !== "quote")
      .map((d) => d.fact.sentence.index),
  );
  return { ...view, namesOrAmounts };
}

/** Named features of one candidate question; its score is their sum. */
export type Features = Record<string, number>;

const STOP = new Set(
  "the and for with that this from have were been will into about after over their they them than what when which while more most also said says".split(
    " ",
  ),
);
const contentWords = (t: string) =>
  new Set(
    t
      .toLowerCase()
      .match(/[a-z][a-z'-]{3,}/g)
      ?.filter((w) => !STOP.has(w)) ?? [],
  );
export const norm = (t: string) =>
  ` ${t
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim()} `;

/** How many sentences name each entity (by full name): the article's cast, most central first. */
export function centrality(mentions: Mention[]): Map<string, number> {
  const seen = new Map<string, Set<number>>();
  for (const m of mentions) seen.set(m.name, (seen.get(m.name) ?? new Set()).add(m.sentence));
  return new Map([...seen].map(([k, v]) => [k, v.size]));
}

/** The person an article is about: the title itself (a biography), or named in far more sentences than anyone else. */
export function mainPerson(mentions: Mention[], title: string, text = ""): string | undefined {
  const people = mentions.filter((m) => m.kind === "person");
  const surname = (n: string) => n.split(" ").pop() ?? n;
  // "Zaha Hadid" over an article that calls her "Dame Zaha Mohammad Hadid DBE RA", then "Hadid".
  const t = title.trim();
  // The entity typer may miss the name in its opening sentence: the title's full name in the text, and its surname again, do too.
  const inText = text.includes(t) && text.split(surname(t)).length > 2;
  if (
    /^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}\p{Lu}[\p{L}'’-]+$/u.test(t) &&
    (inText || people.some((m) => surname(t) === surname(m.name) || m.name.split(" ").includes(surname(t))))
  )
    return t;
  const bySurname = new Map<string, Set<number>>();
  for (const m of people) bySurname.set(surname(m.name), (bySurname.get(surname(m.name)) ?? new Set()).add(m.sentence));
  const ranked = [...bySurname].sort((a, b) => b[1].size - a[1].size);
  const [top, second] = ranked;
  if (!top || top[1].size < 4 || top[1].size < 2 * (second?.[1].size ?? 0)) return undefined;
  const full = people.filter((m) => surname(m.name) === top[0] && m.name.includes(" ")).map((m) => m.name);
  return full.sort((a, b) => a.length - b.length)[0];
}

const isMain = (answer: string, main: string) =>
  norm(main).includes(norm(answer)) || main.split(" ").every((w) => norm(answer).includes(norm(w)));

/** The value a question is about, for keeping one question per fact and answer. */
function keyOf(d: Draft): string {
  if (d.type === "true-false") return norm(d.fact.kind === "quote" ? d.fact.value.slice(0, 40) : d.fact.value);
  if (d.type === "ordering") return norm(d.answer);
  return norm(d.answer);
}

/** Does `text` contain `answer` as whole words (a person also by surname)? */
function mentionsAnswer(text: string, d: Draft): boolean {
  if (d.type === "true-false" || d.type === "ordering") return false;
  const t = norm(text);
  const a = norm(d.answer);
  if (a.trim().length < 3 && !/\d/.test(a)) return false;
  if (/^ \d $/.test(a)) return false;
  return t.includes(a);
}

/** What a question shows the learner before they answer: its prompt (and a statement's whole text). */
const shown = (d: Draft) => d.prompt;

const EVENT =
  /\b(?:born|died|dies|death|killed|murdered|founded|established|launched|lifted off|landed|elected|appointed|married|signed|proclaimed|crowned|inaugurated|opened|premiered|published|arrested|collapsed|shot)\b/;
const QUALIFIES = /^(?:['’]s?\s|\s(?:streets?|roads?|avenues?|corner)\b)/;

/** Scores one candidate from named features (higher: more worth asking). */
export function featuresOf(
  d: Draft,
  view: ArticleView,
  cast: Map<string, number>,
  topCountry: string | undefined,
): Features {
  const f: Features = {};
  const s = d.fact.sentence;
  if (s.index === 0) f.lead = 1;
  else if (s.index <= 2) f.lead = 0.5;
  const title = contentWords(view.title);
  const shared = [...contentWords(s.text)].filter((w) => title.has(w)).length;
  if (shared) f.headline = Math.min(1, 0.35 * shared);
  const inSentence = [...new Set(view.mentions.filter((m) => m.sentence === s.index).map((m) => m.name))];
  const castWeight = inSentence.reduce((sum, n) => sum + Math.min(3, (cast.get(n) ?? 1) - 1), 0);
  if (castWeight) f.cast = Math.min(0.8, 0.15 * castWeight);
  const kind = d.fact.kind;
  const typeWeight: Record<string, number> = {
    person: 0.6,
    organization: 0.5,
    place: 0.5,
    date: 0.45,
    money: 0.7,
    quantity: 0.6,
    score: 0.8,
    quote: 0.45,
    list: 0.5,
    term: 0.8,
  };
  f.kind = typeWeight[kind] ?? 0.3;
  if (d.type !== "true-false" && (kind === "person" || kind === "organization" || kind === "place")) {
    // A name the article gives once is this sentence's own fact; one it names throughout is the cast, easy to guess
    // and shown by the neighbouring questions.
    const n = cast.get(String(d.fact.normalized ?? d.answer)) ?? 1;
    if (n <= 1) f.specific = 0.3;
    // A place or body named throughout is the story's setting ("aboard the International Space Station"): the answer
    // any reader gives without having read it.
    else if (n >= 4) f.familiar = kind === "person" ? -0.5 : -0.9;
  }
  if (d.variant === "wh") f.ownWords = 0.6;
  if (d.type === "true-false") f.trueFalse = -0.6;
  if (d.variant === "holder" || d.variant === "title") f.titleTrivia = -0.7;
  if (d.type === "who-said") f.quote = d.fact.subject && (cast.get(d.fact.subject) ?? 0) >= 2 ? 0.4 : 0.1;
  if (/\bdefin|\bcalled\b|\bknown as\b/i.test(d.prompt) || d.variant === "term") f.definition = 0.4;
  if ((kind === "money" || kind === "quantity") && inSentence.some((n) => (cast.get(n) ?? 0) >= 3)) f.storyNumber = 0.3;
  if (d.prompt.length > 140) f.long = -Math.min(1.5, (d.prompt.length - 140) / 80);
  if (kind === "place" && topCountry && norm(d.answer) === norm(topCountry)) f.ownCountry = -0.8;
  if (
    kind === "organization" &&
    view.body &&
    d.type !== "true-false" &&
    norm(String(d.fact.normalized ?? d.answer)) === norm(view.body)
  )
    f.ownBody = -0.8;
  if (/\(The article is dated/.test(d.prompt)) f.relativeDate = -0.3;
  if (d.fact.unit === "age") f.age = -0.3;
  // A news story's main actor as the answer: a fair question, but the one a guess gets right.
  if (
    view.main &&
    !view.mainIsTitle &&
    d.type !== "true-false" &&
    d.fact.kind === "person" &&
    isMain(d.answer, view.main)
  )
    f.mainActor = -0.6;
  // "… accounted for 70 percent of the market in 2009": the amount is the fact, the year its setting.
  // …unless the sentence tells what happened that day: a birth, a death, a launch, an election.
  if (kind === "date" && d.type !== "true-false") {
    if (EVENT.test(s.text)) f.event = 0.3;
    else if (view.namesOrAmounts?.has(s.index)) f.background = -0.5;
  }
  // "the _____'s most prestigious award", "from _____'s assist", "the corner of California and _____ streets": a name
  // that qualifies the sentence's fact rather than being it.
  if (
    d.type !== "true-false" &&
    d.fact.blankEnd !== undefined &&
    QUALIFIES.test(s.text.slice(d.fact.blankEnd - s.start))
  )
    f.qualifier = -0.4;
  return f;
}

const GLUE = "(?:of|for|de|von|van)(?:\\sthe)?";
// "London 2012 _____": a year or number inside a name does not end it.
const NAME_BEFORE = new RegExp(`(?:^|\\s)(\\p{Lu}[\\p{L}'’-]*)\\s(?:${GLUE}\\s|the\\s|\\d{1,4}\\s)?$`, "u");
const NAME_AFTER = new RegExp(`^\\s(?:${GLUE}\\s)?[A-Z]`, "u");

/**
 * A piece of a longer name ("the Andy Warhol Foundation for the _____" → "Visual Arts", "The _____ of the Petroleum
 * Exporting Countries"): the blank of a term or body runs on into capitalised words. A place after "Municipality of"
 * or a person after a title ("Senator _____") is a name in its own right.
 */
export function partOfName(d: Draft, mentions: Mention[] = []): boolean {
  const kind = d.fact.kind;
  if (
    d.type === "true-false" ||
    d.type === "who-said" ||
    d.type === "ordering" ||
    (kind !== "term" && kind !== "organization" && kind !== "place")
  )
    return false;
  const s = d.fact.sentence;
  const before = s.text.slice(0, d.fact.blankStart - s.start);
  const after = s.text.slice(d.fact.blankEnd - s.start);
  const m = NAME_BEFORE.exec(before);
  // A place is a piece of a name only across a number: "the London 2012 _____" (Olympics).
  if (kind === "place") return m !== null && /\d\s$/.test(m[0]) && !/^(?:The|A|An|In|On|At|By)$/.test(m[1]!);
  const word = m?.[1];
  // "Lee Cheuk-yan of the _____": a person's party, not a piece of the person's name.
  const wordEnd = s.start + (m ? m.index + m[0].indexOf(word!) + word!.length : 0);
  const person = mentions.some((x) => x.sentence === s.index && x.kind === "person" && x.end === wordEnd);
  const initial = m !== null && before.slice(0, m.index + m[0].indexOf(word!)).trim() === "";
  const glued =
    word !== undefined &&
    !person &&
    !initial &&
    !TITLE_WORDS.has(word) &&
    !HONORIFICS.has(word) &&
    !/^(?:The|A|An|In|On|At|By|As|And|Of|For|Fellow|Member)$/.test(word);
  // "The _____ and Agnostics has launched …": the name runs on past "and" up to its verb.
  const runsOn = /^\s(?:and|&)\s[A-Z][\w'’-]*(?:\s\([^)]*\))?\s(?:has|have|had|is|was|are|were|said|says|will)\b/.test(
    after,
  );
  // "The Union of Rationalist Atheists and _____": the second half of one name.
  const secondHalf = /\b(?:of|for)\s(?:\p{Lu}[\p{L}'’-]*\s)+(?:and|&)\s$/u.test(before);
  return glued || runsOn || secondHalf || (NAME_AFTER.test(after) && !/^\s(?:and|And)\s/.test(after));
}

/** "Livorno, Tuscany" → Tuscany: the region or country after a place's comma only says where the place is. */
export function placeQualifier(d: Draft, view: ArticleView): boolean {
  if (d.fact.kind !== "place" || d.type === "true-false") return false;
  const s = d.fact.sentence;
  const at = d.fact.blankStart;
  // "Britain, France and Ukraine" is a list of countries, not a place and its region.
  return view.mentions.some(
    (m) =>
      m.sentence === s.index &&
      m.kind === "place" &&
      m.placeKind !== "country" &&
      m.end < at &&
      /^,\s$/.test(s.text.slice(m.end - s.start, at - s.start)),
  );
}

/** The body the article is about ("NASA" in a NASA feature): named in far more sentences than any other. */
export function mainBody(mentions: Mention[]): string | undefined {
  const ranked = [...centrality(mentions.filter((m) => m.kind === "organization"))].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  return top && top[1] >= 4 && top[1] >= 2 * (second?.[1] ?? 0) ? top[0] : undefined;
}

// A count left out garbled a prompt when it counted the subject ("Last Year visitors attended …") or something the
// sentence counts on ("made donations …, in 2007 and a second recently"): only an object's count after its verb goes
// ("to purchase more than 5,000 air defense missiles" → "to purchase air defense missiles").
const COUNTED_ON = /\b(?:a second|the second|the other|the others|both|each|the rest|the remaining|another)\b/i;

const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * `d` without the date or count that `other` asks for, where leaving it out keeps the sentence whole: a
 * date's phrase ("on 31 October 1950", "in 2009") or a count before its noun ("about 80 people" → "people").
 */
export function elide(d: Draft, other: Draft): Draft | undefined {
  if (d.type === "true-false" || d.type === "ordering" || d.type === "who-said") return undefined;
  const a = escape(other.answer);
  let prompt: string | undefined;
  if (other.fact.kind === "date") {
    const re = new RegExp(
      `(,\\s)?\\b(?:on|in|by|during|since|from)\\s(?:the\\s)?(?:(?:early|late|mid|the end of)\\s)?${a}(?![\\w-])(?!\\s(?:and|or|to|through|until)\\s|\\s?[–—-]\\s?\\d)(,(?=\\s))?`,
    );
    const m = re.exec(d.prompt);
    // "lost back on 1 February 2003": the word before belongs to the date.
    if (m && !/\b(?:back|early|late|as|until|till|since|from)\s?$/i.test(d.prompt.slice(0, m.index)))
      prompt = d.prompt.slice(0, m.index) + (m[1] && m[2] ? "," : "") + d.prompt.slice(m.index + m[0].length);
  } else if (other.fact.kind === "quantity" && other.fact.unit !== "age" && !COUNTED_ON.test(d.prompt)) {
    const re = new RegExp(
      `\\b(?:(?:about|around|some|nearly|almost|over|more than|roughly|approximately|at least|up to)\\s)?${a}\\s(?=[a-z])(?!(?:of|in|on|at|to|for|from|by|with|and|or|per|percent|times)\\b)`,
    );
    const m = re.exec(d.prompt);
    const before = m ? d.prompt.slice(0, m.index).replace(INSTRUCTION, "") : "";
    // Not after "has": "a petition which now has signatures" is no sentence.
    const afterVerb =
      /\b[a-z]+(?:ed|e|s)\s$/.test(before) && !/\b(?:of|the|a|an|these|those|its|their|has|was|is)\s$/.test(before);
    if (m && afterVerb) prompt = d.prompt.slice(0, m.index) + d.prompt.slice(m.index + m[0].length);
  } else if (other.fact.kind === "money") {
    // "to use 1.6 billion pounds of British export finance" → "to use British export finance".
    const re = new RegExp(`${a}(?:\\s\\([^)]*\\))?\\sof\\s(?=\\w)`);
    const m = re.exec(d.prompt);
    if (m) prompt = d.prompt.slice(0, m.index) + d.prompt.slice(m.index + m[0].length);
  }
  prompt ??= withoutPhrase(d.prompt, other.answer);
  if (!prompt) return undefined;
  prompt = prompt
    .replace(/\s{2,}/g, " ")
    .replace(/\s+([,.;:?!])/g, "$1")
    .replace(/,\s*([.?!])/g, "$1");
  if (prompt === d.prompt || mentionsAnswer(prompt, other) || (/_{3,}/.test(d.prompt) && !/_{3,}/.test(prompt)))
    return undefined;
  return { ...d, prompt };
}

const INSTRUCTION = /^(?:True or false\?|Which fills the blank\?|Type [^:]+:)\s*/;

// A phrase that can leave a sentence without breaking it: an opening adverbial ("On 8 January 1880,", "Six minutes
// later,", "Ahead of eye exams,"), a closing one after a comma ("…, scoring a header from De Bruyne's assist",
// "…, part of the Plant Habitat-03 investigation"), or a whole first clause before ", and" / ", while".
const OPENING =
  /^(?:(?:On|In|At|By|During|After|Before|Since|Ahead of|Early in|Late in|Later in|Earlier in|Following|Over)\s[^,]{2,50}(?:,\s\d{4})?|(?:[\w-]+\s){1,3}(?:later|earlier|ago)|(?:Meanwhile|Later|Earlier|Then|Today|Yesterday)),\s(?=[A-Z_]|the\s|a\s|an\s|he\s|she\s|they\s)/;
const CLOSING =
  /\s(?=(?:before|after|while|since)\s[a-z]{3,}ing\b)|,\s(?=[a-z]{2,}ing\s|(?:as\s)?part of\s|which\s|where\s|while\s|whereas\s|including\s|this time\s|before\s|after\s|when\s|and\s(?:[a-z]+(?:ed|s)|the|then|was|is|were|are|has|had|becomes?|became)\s|but\s)/g;
const FIRST_CLAUSE =
  /^(.{12,}?\b(?:was|were|is|are|has|had|[a-z]{3,}ed)\b.*?),\s(?:and|while|but|whereas)\s(?=_____|[A-Z]|the\s)/;

/** The closing phrases of `body` after `from`; not ", and the …" that ends a list ("A, B, and the C"). */
function closings(body: string, from: number): RegExpMatchArray[] {
  return [...body.matchAll(CLOSING)].filter(
    (m) =>
      m.index! > from && !(/^,\s(?:and|but)\s/.test(body.slice(m.index!)) && body.slice(0, m.index!).includes(", ")),
  );
}

/**
 * `prompt` without the phrase that shows `answer`, when one of the phrases above holds it and not the blank:
 * "Six minutes later, _____ scored a third goal" → "_____ scored a third goal". Undefined when none does.
 */
export function withoutPhrase(prompt: string, answer: string): string | undefined {
  const lead = INSTRUCTION.exec(prompt)?.[0] ?? "";
  const body = prompt.slice(lead.length);
  const at = (from: number, to: number) => {
    const part = body.slice(from, to).toLowerCase();
    const a = answer.toLowerCase();
    return (
      part.includes(a) ||
      (/\s/.test(a) && /^\p{Lu}/u.test(answer) && new RegExp(`\\b${escape(a.split(/\s+/).pop()!)}\\b`).test(part))
    );
  };
  const blank = body.indexOf("_____");
  const end = /[?.!]["”’]?$/.exec(body)?.[0] ?? ".";
  const balanced = (s: string) =>
    (s.match(/“/g)?.length ?? 0) === (s.match(/”/g)?.length ?? 0) &&
    (s.match(/"/g)?.length ?? 0) % 2 === 0 &&
    (s.match(/\(/g)?.length ?? 0) === (s.match(/\)/g)?.length ?? 0);
  const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const tries: string[] = [];
  const open = OPENING.exec(body);
  if (open && !/^According/.test(body) && at(0, open[0].length) && (blank < 0 || blank >= open[0].length))
    tries.push(upper(body.slice(open[0].length)));
  for (const m of closings(body, blank)) {
    if (at(m.index!, body.length) && !at(0, m.index!))
      tries.push(body.slice(0, m.index!) + end.replace(/^["”’]/, "").slice(0, 1));
  }
  const first = FIRST_CLAUSE.exec(body);
  if (first && at(0, first[1]!.length) && (blank < 0 || blank >= first[0].length))
    tries.push(upper(body.slice(first[0].length)));
  const fit = tries.find(
    (t) =>
      balanced(t) &&
      !t.toLowerCase().includes(answer.toLowerCase()) &&
      t.split(/\s+/).length >= 5 &&
      (blank < 0 || t.includes("_____")),
  );
  return fit === undefined ? undefined : lead + fit;
}

// "this constituency", "these efforts", "Other candidates elected …": the referent is in another sentence.
const DEICTIC =
  /^(?:The|the)\s(?:scientists|researchers|authors|officials|parents|men|women|couple|pair|victims|suspects|firm|company|group|team|study|report|forms|request|requests|document|proposal|measures|scheme|deal|two|three|four)\b(?!\s\p{Lu})|\b(?:[Tt]his|[Tt]hese|[Tt]hose)\s(?!year\b|week\b|month\b|time\b)[a-z]+|\b(?:[Ss]imilar|[Ss]uch)\s(?!as\b)[a-z]+s\b|\bthe\s(?:constituency|district|town|village|county|province|ward|event|festival|city|station|region|study|survey|forms|request|scheme|campaign|ruling)\b(?!\sof\b|\s\p{Lu}|['’]s\s\p{Lu})|\b[Tt]he\s(?:request|requests|forms)\b|\b(?:during|at|by)\s(?:this|that)\stime\b|^(?:Other|Another|The other|The same|Both)\s|\b(?:commemorating|marking|celebrating|on)\sthe\s(?:date|day|anniversary|occasion)\b(?!\sof\b)|\b(?:did|does|do|was|were|is|are|has|have|had)\sthe\s(?:scientists|researchers|authors|officials|parents|men|women|victims|suspects|firm|company|group|team)\b|\b(?:of|in|during|after|before)\sthe\s(?:game|match|race|fight|bout)\b(?!\sof\b|\s(?:against|between|with)\b)/u;

/**
 * "excluded from the study" → "excluded from the Australian National Iodine Nutrition Study": a thing the prompt calls
 * by its common noun, given the name the article gave it before (`articleNameFor`).
 */
export function named(d: Draft, article: ArticleView): Draft {
  if (d.type === "who-said" || d.type === "ordering" || d.variant === "speaker") return d;
  const before = article.text?.slice(0, d.fact.sentence.start);
  const prompt = d.prompt.replace(
    /\b([Tt])he\s(study|survey|festival|event|scheme|campaign|programme|program|project|station|competition|conference|summit|forms)\b(?!\s(?:of\b|\p{Lu}))/gu,
    (whole, t: string, noun: string) => {
      const name = before ? articleNameFor(noun, before) : undefined;
      return name ? `${t}he ${name}` : whole;
    },
  );
  return prompt === d.prompt ? d : { ...d, prompt };
}

/** Does the question lean on something only the sentences around it say ("it", "this constituency")? */
export function needsContext(d: Draft): boolean {
  if (
    d.type === "who-said" ||
    d.type === "ordering" ||
    d.variant === "holder" ||
    d.variant === "title" ||
    d.variant === "speaker"
  )
    return false;
  const body = d.prompt
    .replace(INSTRUCTION, "")
    .replace(d.context ?? "\u0000", "")
    .replace(/“[^”]*”|"[^"]*"/g, " … ");
  const deictic = DEICTIC.exec(body);
  // "The study found …" after a sentence about the study, shown with it: the context names it.
  const inContext = (phrase: string) => {
    const stem = phrase
      .trim()
      .split(/\s+/)
      .pop()!
      .replace(/(?:ies|es|s)$/, "")
      .slice(0, 6);
    return d.context !== undefined && stem.length >= 3 && new RegExp(`\\b${stem}`, "i").test(d.context);
  };
  if (deictic && !inContext(deictic[0])) return true;
  // "How many newer versions has Microsoft replaced it with?": in a question of its own words, "it" is nothing named.
  if (d.variant === "wh" && /\b(?:it|its|they|them|their)\b/.test(body)) return true;
  // "How many versions has Microsoft replaced it with?": "it" with no thing named before it.
  const it = /\b(?:it|them)\b/.exec(body);
  if (!it) return false;
  const before = body.slice(0, it.index);
  const named = (before.match(/\b[A-Z][\w'’-]*/g) ?? []).some(
    (w) =>
      !/^(?:The|A|An|In|On|At|How|What|Which|Who|When|Where|Why|It|He|She|They|This|That|Type|After|Before|According|As|But|And|If|While)$/.test(
        w,
      ),
  );
  return !named && !/\b(?:the|a|an)\s+[a-z]/i.test(before);
}

/** The question without a phrase that points elsewhere ("lost her seat in this constituency" → "lost her seat"). */
export function withoutDeictic(d: Draft): Draft {
  // "Who is alone in this assertion?" → "Who is alone?": a question in its own words keeps what it asks about.
  if (d.variant === "wh") return d;
  // Not before "and": "with protection from these attacks and threats" would lose half of its phrase.
  const prompt = d.prompt.replace(
    /,?\s(?:in|at|from|for|of|during)\s(?:(?:this|these|that|those)\s[a-z]+|the\s(?:constituency|district|town|village|county|province|ward))(?=[.,?;])/g,
    "",
  );
  return prompt === d.prompt ? d : { ...d, prompt };
}

/** An ordinary word when written in lower case ("Given", "However"), not a name. */
function commonWord(word: string): boolean {
  const [t] = tokenize(word.toLowerCase());
  return t !== undefined && !t.tags.has("Noun") && !t.tags.has("ProperNoun") && !t.tags.has("Acronym");
}

// "Commonly know as": the source's dropped "n".
const KNOW_AS = /\b(commonly|also|better|widely|formerly|locally|popularly)\sknow\sas\b/gi;
const WRONG_AN = /\b([Aa])n\s(?!one\b|hour|honou?r|heir|herb)(?=[bcdfgjklmnpqrstvwxz][a-z])/g;
const WRONG_A = /\b([Aa])\s(?!one\b|once\b|eu|uni|use|usu|ut)(?=[aeiou][a-z])/g;

/**
 * The prompt with the source's "a"/"an" slips (and "commonly know as") mended outside quotations ("where an voluntary
 * iodine fortification program" → "a voluntary"): the article's slip would otherwise be printed in the question.
 */
export function mended(d: Draft): Draft {
  if (d.type === "who-said" || d.variant === "speaker") return d;
  const parts = d.prompt.split(/(“[^”]*”|"[^"]*")/);
  const prompt = parts
    .map((p, i) =>
      i % 2 === 1 ? p : p.replace(WRONG_AN, "$1 ").replace(WRONG_A, "$1n ").replace(KNOW_AS, "$1 known as"),
    )
    .join("");
  return prompt === d.prompt ? d : { ...d, prompt };
}

/**
 * A long fill-in prompt without what follows its answer's clause ("…, scoring a header from De Bruyne's assist"),
 * when at least ten words are left: only the clause that holds the answer.
 */
export function shortened(d: Draft): Draft {
  if (d.type === "true-false" || d.type === "who-said" || d.type === "ordering" || d.prompt.length <= 160) return d;
  const lead = INSTRUCTION.exec(d.prompt)?.[0] ?? "";
  const body = d.prompt.slice(lead.length);
  const blank = body.indexOf("_____");
  if (blank < 0 || /\(The article is dated/.test(body)) return d;
  const cut = closings(body, blank).find((m) => body.slice(0, m.index).split(/\s+/).length >= 10);
  if (!cut) return d;
  const kept = body.slice(0, cut.index);
  if (
    (kept.match(/“/g)?.length ?? 0) !== (kept.match(/”/g)?.length ?? 0) ||
    (kept.match(/"/g)?.length ?? 0) % 2 === 1 ||
    (kept.match(/\(/g)?.length ?? 0) !== (kept.match(/\)/g)?.length ?? 0)
  )
    return d;
  return { ...d, prompt: `${lead}${kept}${body.endsWith("?") ? "?" : "."}` };
}

const MINOR_INCIDENT =
  /\b(?:substituted|was replaced by|replaced by|booked|yellow card|red card|was saved by|saved by|attempts? (?:from|by)|'s attempt|made a change|came on for|went wide|missed a chance|header went)\b/i;

/** Candidates no teacher would keep, whatever their score. */
function refused(d: Draft, view: ArticleView): boolean {
  if (needsContext(d)) return true;
  // "…a penalty which the match referee _____ awarded Sweden", "In the first game of _____ (Group G)": a match's officials
  // and a tournament's group letters are side details of its story.
  if (
    d.type !== "true-false" &&
    d.fact.kind === "person" &&
    /\b(?:referee|umpire|linesman|linesmen|assistant referee)\s$/i.test(
      d.fact.sentence.text.slice(0, d.fact.blankStart - d.fact.sentence.start),
    )
  )
    return true;
  if (d.type !== "true-false" && /^Group [A-L]$/.test(d.answer)) return true;
  // "After the death of Emperor Norton's mother in _____", "Hadid's father was an industrialist from _____": when and where
  // of a family member's life is a side detail of a life story.
  if (
    (d.fact.kind === "date" || d.fact.kind === "place" || d.fact.kind === "quantity") &&
    d.type !== "true-false" &&
    /(?:['’]s?|\b(?:his|her|their))\s(?:(?:late|elder|younger|older|eldest|youngest)\s)?(?:mother|father|parents|brother|sister|grandfather|grandmother|uncle|aunt|cousin|stepfather|stepmother)\b/i.test(
      d.prompt,
    )
  )
    return true;
  // "Microsoft has replaced it with one newer versions": a count swapped for one, the noun left plural.
  if (
    d.type === "true-false" &&
    /\b(?:one|1)\s(?!(?:was|has|is|does|goes|says)\b)(?:[a-z]+\s)?(?!(?:was|has|is|does|goes|says)\b)[a-z]+[^s\s]s\b/.test(
      d.prompt,
    )
  )
    return true;
  // "Who said: 'In the first half it felt good out there'?": a short remark with no name or number in it says nothing
  // worth knowing about who said it.
  if (d.type === "who-said" || d.variant === "speaker") {
    const quote = /[“"]([^”"]+)[”"]/.exec(d.prompt)?.[1] ?? "";
    const words = quote.split(/\s+/).filter(Boolean);
    // A remark about how someone felt ("it felt good", "I think we learned a lot"), not a pledge like "boots on the
    // ground, and planes in the air".
    const remark = /\b(?:I|I'm|I’m|we|we're|we’re|it|it's|it’s|that's|that’s)\b/i.test(quote);
    if (words.length < 12 && remark && !/\d/.test(quote) && !words.slice(1).some((w) => /^\p{Lu}[\p{Ll}]/u.test(w)))
      return true;
  }
  // What is left after the cuts above must still read as a sentence ("Including scores of _____ further symphonies").
  if (
    (d.type === "cloze" || d.type === "numeric" || d.type === "multiple-choice") &&
    d.variant !== "wh" &&
    INSTRUCTION.test(d.prompt) &&
    fragmentary(d.prompt.replace(INSTRUCTION, "").replace(/\s\(The article is dated [^)]*\)$/, ""))
  )
    return true;
  // "members of the _____" → "Society": the kind-word of a name given in full elsewhere.
  if (d.fact.kind === "organization" && d.type !== "true-false" && ORG_WORDS.has(d.answer)) return true;
  // "_____ surface ozone has dropped": a place or body that only qualifies the subject.
  if (
    (d.fact.kind === "place" || d.fact.kind === "organization") &&
    d.type !== "true-false" &&
    /^\s[a-z]+(?:\s[a-z]+)?\s(?:has|have|had|is|was|are|were|will)\b/.test(
      d.fact.sentence.text.slice(d.fact.blankEnd - d.fact.sentence.start),
    )
  )
    return true;
  // Three sentences of a quotation run together: no one reads that as a question.
  if (d.type !== "true-false" && d.type !== "who-said" && d.prompt.length > 280) return true;
  // "_____ the conflicting information available, …": a sentence's capitalised first word taken for a term.
  if (
    d.fact.kind === "term" &&
    !/\s/.test(d.answer) &&
    /^[\s"“‘'(]*(?:\[\d+\]\s*)?$/.test(d.fact.sentence.text.slice(0, d.fact.blankStart - d.fact.sentence.start)) &&
    commonWord(d.answer)
  )
    return true;
  // "the glow of _____'s atmosphere": Earth, the Moon and the Sun are no fact of an article.
  if (d.type !== "true-false" && /^(?:Earth|the Earth|Moon|the Moon|Sun|the Sun|World|the World)$/.test(d.answer))
    return true;
  // "ESA astronaut Andreas Mogensen", "JAXA Flight Engineer Satoshi Furukawa": a body named as a person's label.
  if (
    (d.fact.kind === "organization" || (d.fact.kind === "term" && /^[A-Z]{2,6}$/.test(d.answer))) &&
    d.type !== "true-false" &&
    /^\s(?:\([^()]{2,60}\)\s)?(?:[a-z]+|[A-Z][a-z]+\s[A-Z][a-z]+)\s[A-Z][\p{L}'’-]+\s[A-Z]/u.test(
      d.fact.sentence.text.slice(d.fact.blankEnd - d.fact.sentence.start),
    )
  )
    return true;
  // "Officials tell _____ every claim will be assessed": which outlet was told is no fact of the story.
  if (
    d.fact.kind === "organization" &&
    d.type !== "true-false" &&
    sortOf(d.answer, view.text) === "publication" &&
    /\b(?:tells?|told|according to|reported by|speaking to|interview with|in a statement to|confirmed to)\s(?:the\s)?$/i.test(
      d.fact.sentence.text.slice(0, d.fact.blankStart - d.fact.sentence.start),
    )
  )
    return true;
  // "…, Wikinews observed from the long line": the outlet reporting is not the story.
  if (
    (d.fact.kind === "organization" || d.fact.kind === "term") &&
    d.type !== "true-false" &&
    /^\s(?:observed|reported|learned|learnt|understands)\b/.test(
      d.fact.sentence.text.slice(d.fact.blankEnd - d.fact.sentence.start),
    )
  )
    return true;
  if (partOfName(d, view.mentions) || placeQualifier(d, view)) return true;
  // "Who is the Prime Minister?": a title everyone knows is trivia.
  if (
    (d.variant === "holder" || d.variant === "title") &&
    /\b(?:President|Prime Minister|King|Queen|Chancellor|Pope|Premier)\b/.test(d.fact.role ?? "")
  )
    return true;
  if (d.type !== "true-false" && WEEKDAYS.includes(d.answer)) return true;
  // A life story's subject (the title names them) is no answer; "Zaha Mohammad Hadid DBE RA" is "Zaha Hadid" in full.
  if (
    view.main &&
    view.mainIsTitle &&
    d.type !== "true-false" &&
    d.fact.kind === "person" &&
    isMain(d.answer, view.main)
  )
    return true;
  // A person's name run into a rank or a building ("Flight Engineers Oleg Kononenko", "Neil Armstrong Operations").
  if (
    d.fact.kind === "person" &&
    d.type !== "true-false" &&
    /\b(?:Engineers?|Flight|Operations|Center|Centre|Building|Program|Commander)\b/.test(d.answer)
  )
    return true;
  // "Tunisia's goalkeeper _____ was substituted off", "_____ was booked", "an attempt by _____ was saved": a match's
  // minor incidents are trivia beside its goals and result.
  if (
    d.type !== "who-said" &&
    d.type !== "ordering" &&
    MINOR_INCIDENT.test(d.fact.sentence.text) &&
    !/\b(?:scor(?:ed|es|ing)|goals?|won|wins|winner|equalis|equaliz|penalty spot)\b/i.test(d.fact.sentence.text)
  )
    return true;
  // "_____' sister pleaded with him" → "Thomas": a first name alone, where the article names "Thomas Sam" in full.
  if (
    d.fact.kind === "person" &&
    d.type !== "true-false" &&
    !/\s/.test(d.answer) &&
    view.mentions.some(
      (m) =>
        m.kind === "person" && m.name.includes(" ") && m.name.split(" ")[0] === d.answer && !m.name.endsWith(d.answer),
    )
  )
    return true;
  // "Which organisation announced …?" → "NASA Administrator Charles Bolden": a title and a name taken for a body.
  if (
    d.fact.kind === "organization" &&
    d.type !== "true-false" &&
    new RegExp(`\\b(?:${[...TITLE_WORDS, "Administrator"].join("|")})\\s\\p{Lu}`, "u").test(d.answer)
  )
    return true;
  // "Scientology-related", "Warhol-like": a modifier, not a thing to name.
  if (
    d.type !== "true-false" &&
    /^[\p{L}.]+-(?:related|like|based|style|led|backed|born|made|owned|run)$/iu.test(d.answer)
  )
    return true;
  // The answer must not be in its own prompt (a name may be re-inserted when "he" is resolved).
  if (d.type !== "true-false" && d.type !== "ordering" && mentionsAnswer(shown(d), d)) return true;
  return false;
}

/** How many questions an article of `words` words deserves. */
export function targetCount(words: number): number {
  return Math.max(12, Math.min(45, Math.round(words / 18)));
}

/**
 * Overgenerate, score, select: keeps the best candidates, at most one per fact and per answer, at most two
 * per sentence, none whose prompt shows another kept question's answer, true/false at most a fifth.
 * Returns them best first.
 */
export function selectQuestions(candidates: Draft[], article: ArticleView, why?: Map<Draft, string>): Draft[] {
  const view = withCandidates(article, candidates);
  const cast = centrality(view.mentions);
  const places = centrality(view.mentions.filter((m) => m.kind === "place" && m.placeKind === "country"));
  const slips = nameSlips(view.text ?? "");
  const topCountry = [...places].sort((a, b) => b[1] - a[1]).find(([, n]) => n >= 3)?.[0];
  const scored = candidates
    .map((d) => (needsContext(d) ? withoutDeictic(named(d, view)) : d))
    .map(shortened)
    .map(mended)
    .map((d) => respelled(d, slips))
    .map((d, i) => ({ d, i, score: Object.values(featuresOf(d, view, cast, topCountry)).reduce((a, b) => a + b, 0) }))
    .filter((c) => !refused(c.d, view) || void why?.set(c.d, "refused"))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const target = targetCount(view.words);
  const body = norm(view.text ?? "");
  // A person by surname: "Starmer" throughout an article that names "Keir Starmer" once.
  const rare = (d: Draft) =>
    body.split(
      d.fact.kind === "person" || d.type === "who-said"
        ? ` ${norm(d.answer).trim().split(" ").pop()} `
        : norm(d.answer),
    ).length -
      1 <=
    2;
  const kept: Draft[] = [];
  const facts = new Set<string>();
  const answers = new Set<string>();
  const perSentence = new Map<number, number>();
  let trueFalse = 0;
  // Seeing an answer in another prompt gives it away when the two are close or the answer is rare in the article.
  // Same sentence: always; the next one: unless the answer is one the article names again and again.
  // Next door, a name gives a question away only when the prompt that shows it is about the same thing: they share a word
  // besides it ("Zelensky" in a sentence on a row at the White House says nothing of who met Starmer).
  const related = (a: Draft, b: Draft) => {
    const words = (x: Draft) =>
      new Set(
        [...contentWords(x.prompt.replace(INSTRUCTION, ""))].filter(
          (w) => !norm(a.answer).includes(` ${w} `) && !norm(b.answer).includes(` ${w} `),
        ),
      );
    const wa = words(a);
    return [...words(b)].some((w) => wa.has(w));
  };
  const conflict = (d: Draft, k: Draft) => {
    const sentence = d.fact.sentence.index;
    const near = (a: Draft) =>
      k.fact.sentence.index === sentence ||
      (Math.abs(k.fact.sentence.index - sentence) <= 1 && rare(a) && related(d, k));
    return (
      (near(k) && mentionsAnswer(shown(d), k)) ||
      (near(d) && mentionsAnswer(shown(k), d)) ||
      (d.type === "true-false" && k.fact.sentence.index === sentence) ||
      (k.type === "true-false" &&
        k.fact.sentence.index === sentence &&
        (d.type === "true-false" || norm(k.prompt).includes(norm(d.answer))))
    );
  };
  for (const { d: first } of scored) {
    if (kept.length >= target) break;
    let d = first;
    const sentence = d.fact.sentence.index;
    if (facts.has(d.fact.id) || answers.has(keyOf(d))) {
      why?.set(first, "same fact or answer");
      continue;
    }
    if ((perSentence.get(sentence) ?? 0) >= 2) {
      why?.set(first, "sentence has two");
      continue;
    }
    if (d.type === "true-false" && trueFalse + 1 > Math.max(2, Math.floor(target / 5))) {
      why?.set(first, "true/false share");
      continue;
    }
    // Two questions that show each other's answer can both stay when the date or count one of them shows is
    // left out of its prompt ("… in _____ in 2010." → "… in _____.").
    let rival: Draft | undefined;
    for (let tries = 0; tries < 3 && (rival = kept.find((k) => conflict(d, k))); tries++) {
      const shorter = elide(d, rival);
      if (shorter && !conflict(shorter, rival)) {
        d = shorter;
        continue;
      }
      const other = elide(rival, d);
      const fits = (r: Draft | undefined, x: Draft) =>
        r && !conflict(x, r) && !kept.some((k) => k !== rival && conflict(r, k));
      if (fits(other, d)) {
        kept[kept.indexOf(rival)] = other!;
        continue;
      }
      if (shorter && fits(other, shorter)) {
        kept[kept.indexOf(rival)] = other!;
        d = shorter;
        continue;
      }
      break;
    }
    if (rival) {
      why?.set(first, `answers another (${rival.answer})`);
      continue;
    }
    kept.push(d);
    facts.add(d.fact.id);
    answers.add(keyOf(d));
    perSentence.set(sentence, (perSentence.get(sentence) ?? 0) + 1);
    if (d.type === "true-false") trueFalse++;
  }
  // True/false at most a fifth of what was kept (the target is a ceiling that a short article may not reach):
  // the weakest statements go first.
  const share = (n: number) => Math.max(1, Math.floor(n / 5));
  while (kept.filter((d) => d.type === "true-false").length > share(kept.length) && kept.length > 4) {
    const last = kept.map((d) => d.type).lastIndexOf("true-false");
    why?.set(kept[last]!, "true/false share");
    kept.splice(last, 1);
  }
  return kept;
}
