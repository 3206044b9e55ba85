import type { RawFact } from "./raw-fact";
import type { Mention } from "./entities";
import { formatMoney } from "./money";
import { ladderNumbers, nearbyNumbers, withCommas, formatNumber, round } from "./numbers";
import { WEEKDAYS, dateShape, formatDateLike } from "./dates";
import { numberWords } from "@/lib/quiz/number-words";
import { CAPITALS, CONTINENTS, COUNTRIES, ORGANIZATIONS, US_STATES, knownPlace, regionOf } from "./pools";
import { aliasInText, sameThing } from "./equivalence";
import { hash32, hashOrder } from "./hash";
import { findScores, nearbyScores } from "./scores";
import {
  ORG_WORDS,
  SPEECH_VERBS,
  fitsRole,
  isRoleWord,
  nameSpans,
  roleProfileAt,
  sentenceAround,
  type RoleProfile,
} from "./roles";

/** What distractors are drawn from: the article's facts and names (its captions included). */
export type Context = {
  facts: RawFact[];
  mentions: Mention[];
  title?: string;
  publishedAt?: string;
  words?: number;
  text?: string;
};

// Bodies the built-in pool suits: public and international ones ("World Bank" is no rival of "Nordhavn Securities").
const PUBLIC_BODY =
  /\b(?:Nations|Union|Organi[sz]ation|Agency|Commission|Council|Ministry|Department|Fund|Parliament|Congress|Senate|Authority|Committee)\b|^[A-Z]{2,5}$/;
// "the River Aras", "University of Valdora": a choice without the same kind-word is the odd one out.
const FEATURE =
  /\b(River|Lake|Mount|Mountains?|Islands?|Sea|Bay|Ocean|Valley|Desert|Glacier|Strait|Gulf|Canal|Bridge|Street|Road|Square|Stadium|Airport|Station|University|College|School|Hospital|Cathedral|Palace|Park)\b/;

// "zero" … "twenty", indexed by value.
const WORDS = [...numberWords].filter(([, n]) => n <= 20).map(([w]) => w);

/** Writes `n` the way `like` is written ("58%", "50 percent", "2 million", "5,000", "three"). */
export function formatQuantityLike(n: number, like: string): string | undefined {
  if (/%$/.test(like)) return `${n}%`;
  if (/percent$/.test(like)) return `${n} percent`;
  if (/per cent$/.test(like)) return `${n} per cent`;
  if (/^[a-z]/i.test(like))
    return Number.isInteger(n) && n <= 20
      ? /^[A-Z]/.test(like)
        ? WORDS[n]!.replace(/^./, (c) => c.toUpperCase())
        : WORDS[n]
      : undefined;
  if (/million|billion|thousand/.test(like)) return formatNumber(n);
  // Match the answer's digit grouping so that the format does not give the answer away ("8000" vs "12,000").
  if (/,/.test(like)) return withCommas(n);
  if (/^\d{4,}$/.test(like)) return String(round(n));
  // "4.2" km: a wrong value with as many decimals as the answer ("3.2", not "3.15789473684").
  const decimals = /^\d+\.(\d+)$/.exec(like)?.[1]?.length;
  if (decimals) return n.toFixed(decimals);
  return n >= 1000 ? withCommas(n) : String(round(n));
}

// Per article, built once: the values of each kind and unit, and each sentence's amounts (a long article has
// thousands of facts; scanning them all for each number fact cost facts² per article).
type NumberIndex = { byUnit: Map<string, RawFact[]>; bySentence: Map<number, number[]> };
const NUMBER_INDEX = new WeakMap<RawFact[], NumberIndex>();
const unitKey = (f: RawFact) => `${f.kind}|${f.kind === "money" ? f.currency : f.unit}`;
function numberIndex(facts: RawFact[]): NumberIndex {
  let index = NUMBER_INDEX.get(facts);
  if (!index) {
    index = { byUnit: new Map(), bySentence: new Map() };
    for (const f of facts) {
      if (f.kind !== "money" && f.kind !== "quantity") continue;
      index.byUnit.set(unitKey(f), [...(index.byUnit.get(unitKey(f)) ?? []), f]);
      index.bySentence.set(f.sentence.index, [...(index.bySentence.get(f.sentence.index) ?? []), Number(f.normalized)]);
    }
    NUMBER_INDEX.set(facts, index);
  }
  return index;
}

function numberCandidates(fact: RawFact, ctx: Context): number[] {
  const value = Number(fact.normalized);
  const index = numberIndex(ctx.facts);
  // The article's other values, when they look like this one: "3,000" is no wrong answer for "2.1" metres.
  const fromArticle = [
    ...new Set(
      (index.byUnit.get(unitKey(fact)) ?? []).filter((f) => f.id !== fact.id).map((f) => Number(f.normalized)),
    ),
  ].filter(
    (n) =>
      n / value <= 10 && value / n <= 10 && (fact.kind === "money" || Number.isInteger(n) === Number.isInteger(value)),
  );
  // A value the sentence already gives ("two counts" for a blank before it) would read as a repeat.
  const inSentence = (index.bySentence.get(fact.sentence.index) ?? []).filter((n) => n !== value);
  // "2 billion pounds" is no wrong answer next to "1.6 billion pounds (2 billion U.S. dollars)": it reads as the conversion.
  const conversions = (fact.alternatives ?? []).map((a) => /[\d.,]+(?:\s(?:million|billion|trillion))?/.exec(a)?.[0]);
  // The article's own values first, then a ladder around the answer (no half or double of it), then any near value.
  const ladder = ladderNumbers(value, parseInt(hash32(fact.id).slice(-4), 16));
  // Two choices a few per cent apart ("2.2" beside "2.26 billion") read as one: the second goes.
  const fits = (n: number) =>
    n > 0 &&
    n !== value &&
    !inSentence.includes(n) &&
    !(fact.unit === "percent" && value <= 100 && n > 100) &&
    !(fact.unit === "age" && (n > 110 || !Number.isInteger(n))) &&
    !conversions.some((c) => c === formatNumber(n) || c === withCommas(n));
  // Enough for the choices and the true/false swap: the first dozen that fit, each apart from those before it.
  const out: number[] = [];
  for (const n of [...fromArticle.slice(0, 40), ...ladder, ...nearbyNumbers(value)]) {
    if (out.length >= 12) break;
    if (fits(n) && !out.includes(n) && !out.some((m) => Math.abs(m - n) / Math.max(m, n) < 0.08)) out.push(n);
  }
  return out;
}

// The sort of thing a name is, by its last word: a magazine is no choice beside a court, a museum none beside a state.
const SORTS: [string, RegExp][] = [
  // A legislature among legislatures, armed forces among forces: "the Army" is no choice for a body that was abolished
  // "for want of a legislature".
  ["legislature", /\b(?:Congress|Parliament|Senate|Assembly|Legislature|Diet|Duma|Knesset)$/],
  ["force", /\b(?:Army|Navy|Air Force|Armed Forces|Marines|Marine Corps|Coast Guard|National Guard)$/],
  [
    "publication",
    /\b(?:Magazine|Post|Times|News|Journal|Herald|Weekly|Gazette|Tribune|Review|Guardian|Telegraph|Daily|Press|Chronicle|Bulletin)$/,
  ],
  ["school", /\b(?:University|College|Institute|School|Academy|Conservatory)\b/],
  [
    "venue",
    /\b(?:Center|Centre|Museum|Complex|Hall|Gallery|Stadium|Arena|Park|Tube|Bridge|Towers?|House|Station|Airport|Building|Module|Laboratory|Pad|Palace|Cathedral|Church|Hospital|Street|Square)$/,
  ],
  ["party", /\b(?:Party|Democrats|Republicans|Front|Alliance|Movement)$/],
  ["court", /\b(?:Court|Tribunal)$/],
  [
    "company",
    /\b(?:Inc\.?|Ltd\.?|Corp\.?|Corporation|Company|Group|Holdings|Airlines|Bank|Motors|Services|Systems|Technologies|Industries|Labs?)$/,
  ],
  [
    "body",
    /\b(?:Directorate|Headquarters|Congress|Parliament|Senate|Agency|Administration|Department|Ministry|Office|Commission|Council|Committee|Authority|Organi[sz]ation|Union|Nations|Foundation|Association|Society|Fund|Service|Program|Programme|Conference|Federation|Police|Army|Navy|Force)$/,
  ],
];
// "the magazine MicroMega", "the town of Yeoncheon": the noun the article puts before a name says its sort.
const NOUN_SORT: Record<string, string> = {
  magazine: "publication",
  newspaper: "publication",
  publication: "publication",
  journal: "publication",
  paper: "publication",
  website: "publication",
  broadcaster: "publication",
  university: "school",
  party: "party",
  company: "company",
  firm: "company",
  bank: "company",
  agency: "body",
  ministry: "body",
  city: "city",
  town: "city",
  village: "city",
  state: "state",
  province: "state",
  county: "state",
  region: "state",
  court: "court",
};

/** The sort of a name (see `SORTS`), from its own words or the noun before it in the article; undefined when unknown. */
export function sortOf(name: string, text: string | undefined, placeKind?: string): string | undefined {
  if (placeKind === "country") return "country";
  if (US_STATES.has(name)) return "state";
  // "Museum of Flight", "Union of Rationalist Atheists": the head before "of" says the sort.
  const head = name.split(/\s(?:of|for|on)\s/)[0]!;
  const own = SORTS.find(([, re]) => re.test(head))?.[0] ?? SORTS.find(([, re]) => re.test(name))?.[0];
  if (own) return own;
  const before = text
    ? new RegExp(`\\b([a-z]+)\\s(?:of\\s)?(?:the\\s)?${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).exec(text)?.[1]
    : undefined;
  return before ? NOUN_SORT[before] : undefined;
}

/**
 * A person's name fit to be a choice: two or more capitalised words, no rank or stray word ("Mlle", "Czech
 * Romantic-era"), and no title, role or body glued on before it ("Mathematician Hermann Weyl", "Refugee Council Enver Solomon").
 */
export const personName = (n: string) =>
  /^(?:[A-Z][\p{L}'’.]*(?:-[A-Z]?[\p{L}'’]+)*\s){1,3}[A-Z][\p{L}'’]+(?:-[A-Z]?[\p{L}'’]+)*$/u.test(n) &&
  !isRoleWord(n.split(" ")[0]!) &&
  // "Adler Planetarium", "Museum of Flight": a body's word anywhere makes it no person.
  !n.split(" ").some((w) => ORG_WORDS.has(w)) &&
  !/-era\b|\b(?:Mlle|Mme|Mademoiselle|Madame|Flight|Engineers?|Commander|Operations|Program|Programme|Legacy|Collections?|Soup|Foundation|Center|Museum|Planetarium|Orbiters?)\b/.test(
    n,
  );

function entityCandidates(fact: RawFact, ctx: Context): string[] {
  const all = entityPool(fact, ctx);
  if (fact.kind === "person") {
    // Surnames only of people the article names in full: a lone capitalised word may be anything.
    const people = new Set(ctx.mentions.filter((m) => m.kind === "person" && personName(m.name)).map((m) => m.name));
    const surnames = new Set([...people].map((n) => n.split(" ").pop()!));
    const full = fact.value.includes(" ");
    return all.filter((n) => (full ? people.has(n) : !n.includes(" ") && surnames.has(n)));
  }
  // Continents come from a pool of their own.
  if (CONTINENTS.has(fact.value)) return all;
  const sort = sortOf(fact.value, ctx.text, fact.placeKind);
  const placeKinds = new Map(ctx.mentions.map((m) => [m.name, m.placeKind] as const));
  const acronym = (n: string) => /^[A-Z]{2,6}$/.test(n);
  // A body of no known sort ("Space Shuttle Enterprise") is offered only among its namesakes ("Space Shuttle Atlantis"):
  // anything else the article names (an administrator, a mission code) is another kind of thing.
  const words = fact.value.split(/\s+/);
  const namesake = (n: string) => {
    const other = n.split(/\s+/);
    // "Space Shuttle Program" is the programme, not another shuttle.
    const kindWord = (w: string[]) => ORG_WORDS.has(w[w.length - 1]!);
    return (
      words.length >= 2 &&
      kindWord(other) === kindWord(words) &&
      other.length === words.length &&
      (other.slice(0, -1).join(" ") === words.slice(0, -1).join(" ") ||
        other.slice(1).join(" ") === words.slice(1).join(" "))
    );
  };
  if (fact.kind === "organization" && sort === undefined && !acronym(fact.value)) return all.filter(namesake);
  return all.filter((n) => {
    const kind = placeKinds.get(n) ?? knownPlace(n);
    if (sortOf(n, ctx.text, kind) !== sort || acronym(n) !== acronym(fact.value)) return false;
    // A place of no known sort: only one of the answer's own kind (a city for a city), and a proper name ("State" is none).
    if (fact.kind === "place" && sort === undefined)
      return (
        kind === (fact.placeKind ?? knownPlace(fact.value)) &&
        /^[A-Z][\p{L}'’.]+(?:-[A-Z][\p{L}'’.]+)*(?:\s[A-Z][\p{L}'’.]+)*$/u.test(n) &&
        n.includes(" ") === fact.value.includes(" ")
      );
    // An acronym among the article's own acronyms, not the built-in bodies ("NATO" beside "ESA" and "NASA").
    return !acronym(fact.value) || ctx.mentions.some((m) => m.name === n);
  });
}

function entityPool(fact: RawFact, ctx: Context): string[] {
  const full = fact.value.includes(" ") || fact.kind !== "person";
  const sentenceDist = (m: Mention) => Math.abs(m.sentence - fact.sentence.index);
  const mentions = ctx.mentions
    .filter((m) => m.kind === fact.kind)
    .sort(
      (a, b) =>
        Number(b.placeKind === fact.placeKind) - Number(a.placeKind === fact.placeKind) ||
        sentenceDist(a) - sentenceDist(b),
    );
  const names = mentions.map((m) => (full ? m.name : (m.name.split(" ").pop() ?? m.name)));
  const pool =
    fact.kind === "place"
      ? fact.placeKind === "country"
        ? countryPool(fact, ctx)
        : fact.placeKind === "city"
          ? CAPITALS
          : []
      : fact.kind === "organization" && PUBLIC_BODY.test(fact.value)
        ? ORGANIZATIONS
        : [];
  // Same sort of name from the article, then the built-in pool, then any other name of the article.
  const sameSort = names.filter((_, i) => fact.kind !== "place" || mentions[i]!.placeKind === fact.placeKind);
  // Never a country among towns, nor a town among countries: the odd one out would give the answer away.
  const sameScale = names.filter(
    (_, i) => fact.kind !== "place" || (mentions[i]!.placeKind === "country") === (fact.placeKind === "country"),
  );
  const feature = FEATURE.exec(fact.value)?.[1];
  const continent = CONTINENTS.has(fact.value);
  const all = continent
    ? [...names.filter((n) => CONTINENTS.has(n)), ...pool]
    : [
        ...sameSort,
        ...(fact.kind === "place" && fact.placeKind === "country" ? pool : hashOrder(pool, fact.id)),
        ...sameScale,
      ].filter((n) => !CONTINENTS.has(n));
  return all.filter((n) => (feature ? new RegExp(`\\b${feature}\\b`).test(n) : !FEATURE.test(n)));
}

/** Countries of the answer's region first (or of the article's other countries' region), then the rest. */
function countryPool(fact: RawFact, ctx: Context): string[] {
  // "sales surged in Europe and _____": a continent among countries is the odd one out.
  if (CONTINENTS.has(fact.value))
    return hashOrder([...CONTINENTS, "North America", "South America", "the Middle East"], fact.id);
  const known = [fact.value, ...ctx.mentions.filter((m) => m.placeKind === "country").map((m) => m.name)]
    .map(regionOf)
    .filter(Boolean);
  const region = known[0];
  const shuffled = hashOrder(
    COUNTRIES.filter((c) => !CONTINENTS.has(c)),
    fact.id,
  );
  return [...shuffled.filter((c) => regionOf(c) === region), ...shuffled.filter((c) => regionOf(c) !== region)];
}

/** Other scores of the article that keep the answer's outcome (a win for a win), then nearby ones. */
function scoreCandidates(fact: RawFact, ctx: Context): string[] {
  const [answer] = findScores(fact.sentence.text).filter((sc) => sc.text === fact.value);
  if (!answer) return [];
  const sign = Math.sign(answer.left - answer.right);
  const fromArticle = ctx.facts
    .filter((f) => f.kind === "score" && f.id !== fact.id)
    .flatMap((f) => findScores(f.sentence.text).filter((sc) => sc.text === f.value))
    .filter((sc) => Math.sign(sc.left - sc.right) === sign)
    .map((sc) => `${sc.left}${answer.dash}${sc.right}`);
  return [...fromArticle, ...nearbyScores(answer.left, answer.right, answer.dash)];
}

function dateCandidates(fact: RawFact, ctx: Context): string[] {
  if (fact.unit === "weekday") {
    const same = ctx.facts.filter((f) => f.unit === "weekday").map((f) => f.value);
    const i = WEEKDAYS.indexOf(fact.weekday ?? "");
    return [...same, ...[1, -1, 2, -2, 3].map((d) => WEEKDAYS[(i + d + 7) % 7]!)];
  }
  if (fact.unit === "year") {
    const y = Number(fact.value);
    const years = ctx.facts.filter((f) => f.unit === "year").map((f) => Number(f.value));
    // Without a publication date, the latest year the article mentions anywhere ("Jan. 5, 2023") stands in for it.
    const dated = ctx.facts
      .filter((f) => f.kind === "date" && typeof f.normalized === "string" && /^\d{4}/.test(f.normalized))
      .map((f) => Number(String(f.normalized).slice(0, 4)));
    const now = ctx.publishedAt ? Number(ctx.publishedAt.slice(0, 4)) : Math.max(y, ...years, ...dated);
    // A past event gets past years and a plan future ones; within a generation of the answer, and
    // a few years apart rather than next door (1993, 1995 for 1994 reads as a trick).
    const fits = (c: number) => c !== y && (y <= now ? c <= now : c > now) && Math.abs(c - y) <= 30;
    const near = [3, -2, 5, -4, 2, -3, 6, -6, 8, -8, 1, -1, 10, -10].map((d) => y + d);
    return [...years.filter(fits), ...near.filter(fits)].map(String);
  }
  return calendarCandidates(fact, ctx);
}

/**
 * Other calendar dates of the article written the way the answer is: a full date among full dates ("April 12,
 * 1981"), a day and month among days and months ("30 May" beside "4 July", not "4 July 1831" or "July 14"), a month of
 * a year among months of years. A date the article gives without a year ("June 28") joins full dates only when its
 * sentence names the year; otherwise it is left out rather than given a guessed one.
 */
function calendarCandidates(fact: RawFact, ctx: Context): string[] {
  const like = dateShape(fact.value);
  if (!like) return [];
  const out: string[] = [];
  for (const f of ctx.facts) {
    if (f.kind !== "date" || f.id === fact.id || (f.unit !== "day" && f.unit !== "month")) continue;
    const shape = dateShape(f.value);
    if (!shape) continue;
    // "launches June 28" in a sentence of "2011": the year the article ties the day to, and no other.
    const years = [...new Set(f.sentence.text.match(/\b(?:1[0-9]|20)\d\d\b/g) ?? [])];
    const year = shape.year ?? (years.length === 1 ? Number(years[0]) : undefined);
    const text = formatDateLike({ ...shape, year }, like);
    // The same day (or month) as the answer, written another way, is the answer.
    const same =
      shape.month === like.month &&
      (like.order === "my" ? year === like.year : shape.day === like.day && (!like.year || year === like.year));
    if (text && !same) out.push(text);
  }
  return out;
}

// Per article: each person's role profile, read from every place the article names them.
const PROFILES = { text: "", byName: new Map<string, RoleProfile>() };
function profileOf(name: string, text: string): RoleProfile {
  if (PROFILES.text !== text) Object.assign(PROFILES, { text, byName: new Map() });
  let profile = PROFILES.byName.get(name);
  if (!profile) {
    profile = { parts: new Set(), countries: new Set(), bodies: new Set() };
    for (const [from, to] of nameSpans(name, text)) roleProfileAt(text, from, to, profile);
    PROFILES.byName.set(name, profile);
  }
  return profile;
}

/**
 * A person the blank's own words place ("Major general _____, spokesman for the Indonesian military"; "The US State
 * Department said _____, the Secretary of State"): the test a wrong choice must pass, of the same country or body and
 * part (see `fitsRole`); undefined when the words say nothing of the person.
 */
function roleTest(fact: RawFact, ctx: Context): ((c: string) => boolean) | undefined {
  if (fact.kind !== "person" || !ctx.text) return undefined;
  const s = fact.sentence;
  const answer = roleProfileAt(s.text, fact.blankStart - s.start, fact.blankEnd - s.start);
  if (!answer.parts.size && !answer.countries.size && !answer.bodies.size) return undefined;
  const text = ctx.text;
  return (c) => fitsRole(answer, profileOf(c, text));
}

// A verb in the past that states what the blank did ("was elected", "scored", "won"), not what they said.
const DONE =
  /^(?:[a-z-]{3,}ed|won|lost|led|ran|shot|met|left|took|gave|made|became|beat|held|sent|struck|fell|rose|began|broke|found|built|chose|drew|fought|hit|kept|paid|sold|spent|stood|threw)$/;
const SAID = new RegExp(`^(?:${SPEECH_VERBS})$`);

/**
 * "_____ of the Democratic Party was elected": what the sentence says the blank did, and a test of whether the
 * article says the same of another name (another member elected makes the statement true of them too). Undefined
 * when the blank is not the subject of a verb of doing.
 */
function alsoTrueTest(fact: RawFact, ctx: Context): ((c: string) => boolean) | undefined {
  if (!["person", "organization", "place"].includes(fact.kind) || !ctx.text) return undefined;
  const s = fact.sentence;
  let after = s.text.slice(fact.blankEnd - s.start);
  if (/^['’]/.test(after)) return undefined;
  const name = String.raw`\p{Lu}[\p{L}'’&.-]*(?:\s\p{Lu}[\p{L}'’&.-]*)*`;
  after = after
    .replace(/^,[^,]*,/, "")
    .replace(new RegExp(String.raw`^\s(?:and|or)\s${name}`, "u"), "")
    .replace(new RegExp(String.raw`^\s(?:of|from)\s(?:the\s)?${name}`, "u"), "");
  const clause = after.split(/[,;:.!?]/)[0] ?? "";
  // "The candidates elected were A, B and _____": a list after the verb says the same of each.
  const subject = /^(.*)\s(?:were|are|included?|including)\s[^.;]*$/.exec(
    s.text.slice(0, fact.blankStart - s.start),
  )?.[1];
  const listed = (
    subject
      ?.split(",")
      .pop()
      ?.toLowerCase()
      .match(/[a-z-]+/g) ?? []
  ).findLast((w) => DONE.test(w));
  const verb = [...(clause.toLowerCase().match(/[a-z-]+/g) ?? []).slice(0, 4), listed ?? ""]
    .find((w) => DONE.test(w) && !SAID.test(w))
    ?.replace(/^re-/, "");
  if (!verb) return undefined;
  const numbers = clause.match(/\d[\d,.]*\d|\d/g) ?? [];
  const text = ctx.text;
  const does = new RegExp(String.raw`\b(?:re-)?${escapeRe(verb)}\b`, "i");
  return (c) =>
    nameSpans(c, text).some(([from, to]) => {
      const around = sentenceAround(text, from, to);
      return does.test(around) && numbers.every((n) => around.includes(n));
    });
}

/**
 * Up to `count` wrong answers of the answer's type (money for money, people for people...), the
 * article's own values first, then built-in ones; never equivalent to the answer or to each other,
 * and never a value already written elsewhere in `prompt`.
 */
const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function distractorsFor(fact: RawFact, answer: string, prompt: string, ctx: Context, count = 3): string[] {
  let candidates: (string | undefined)[] = [];
  if (fact.kind === "money")
    candidates = numberCandidates(fact, ctx).map((n) => formatMoney(n, fact.currency ?? "USD", answer));
  else if (fact.kind === "quantity") candidates = numberCandidates(fact, ctx).map((n) => formatQuantityLike(n, answer));
  else if (fact.kind === "date") candidates = dateCandidates(fact, ctx);
  else if (fact.kind === "score") candidates = scoreCandidates(fact, ctx);
  // A named thing ("Hydrodynamica") has no pool of its own kind: the article's other capitalised names mix works,
  // people and places, so it is typed, never chosen.
  // A quoted term ("quasi-state of war") among the article's other quoted terms; other named things are typed.
  else if (fact.kind === "term")
    candidates = fact.quoted ? ctx.facts.filter((f) => f.quoted && f.id !== fact.id).map((f) => f.value) : [];
  else candidates = entityCandidates(fact, ctx);
  const taken = [answer, ...(fact.alternatives ?? [])];
  const out: string[] = [];
  // A person the prompt already names ("… who had helped Montalvo": not "Daniel Montalvo"), or one named next door, who
  // may have been there too ("Who met with Starmer?": not Marchenko, who announced a loan after the meeting).
  const named = (c: string) =>
    c
      .split(/\s+/)
      .some((w) => w.length >= 4 && new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(prompt));
  const nextDoor = new Set(
    ctx.mentions
      .filter((m) => m.kind === "person" && Math.abs(m.sentence - fact.sentence.index) === 1)
      .flatMap((m) => [m.name, m.name.split(" ").pop()!]),
  );
  // "Britain, _____ and Ukraine": England is part of Britain, not another country beside it.
  const british = /\b(?:Britain|British|UK|U\.K\.|United Kingdom)\b/.test(prompt);
  const nations = /^(?:England|Scotland|Wales|Northern Ireland)$/;
  // "in _____, Iraq": a city of another country is ruled out by the prompt.
  const qualifier = /^,\s([A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)?)/u.exec(
    fact.sentence.text.slice(fact.blankEnd - fact.sentence.start),
  )?.[1];
  const padded = ` ${prompt.toLowerCase()} `;
  const inSentence = ctx.mentions.filter((m) => m.sentence === fact.sentence.index).map((m) => m.name);
  const nested = (a: string, b: string) => ` ${a.toLowerCase()} `.includes(` ${b.toLowerCase()} `);
  // "Britain, _____ and Ukraine will work on a ceasefire plan": the side the article has attacking or invading one of the
  // countries beside the blank ("Russian attacks", "invasion by Russia") is no partner of theirs.
  const text = ctx.text ?? "";
  const besideBlank = ctx.mentions
    .filter((m) => m.sentence === fact.sentence.index && m.kind === "place")
    .map((m) => m.name);
  const hostile = (c: string) =>
    besideBlank.length > 0 &&
    new RegExp(
      `\\b(?:${escapeRe(c)}(?:n|['’]s)?\\s(?:attacks?|invasion|aggression|offensive|war\\b|forces|troops|strikes?|missiles?)|(?:invasion|aggression|attacks?|war)\\s(?:by|of|from|with)\\s${escapeRe(c)}\\b)`,
    ).test(text);
  // "Pierre Charles" beside "Pierre Charles L'Enfant": part of a fuller name is that person, not another.
  const fuller = ctx.mentions.filter((m) => m.kind === "person").map((m) => ` ${m.name} `);
  // (A surname among surnames is the form of the choices when the answer is one: "Sunak" beside "Cooper".)
  const partOfFuller = (c: string) =>
    answer.includes(" ") && fuller.some((n) => n !== ` ${c} ` && n.includes(` ${c} `));
  const fitsTheRole = roleTest(fact, ctx);
  const alsoTrue = alsoTrueTest(fact, ctx);
  for (const c of candidates) {
    if (!c || out.length >= count) continue;
    if ((fitsTheRole && !fitsTheRole(c)) || alsoTrue?.(c)) continue;
    if (
      taken.some((t) => sameThing(t, c) || nested(t, c) || nested(c, t) || aliasInText(t, c, ctx.text)) ||
      out.some((o) => sameThing(o, c) || aliasInText(o, c, ctx.text))
    )
      continue;
    // A value the sentence already holds would make an odd sentence: an easy one to rule out.
    if (new RegExp(`[\\s(]${c.toLowerCase().replace(/[.*+?^${}()|[\]\\$]/g, "\\$&")}[\\s,.;:)'’]`).test(padded))
      continue;
    if (
      fact.kind !== "money" &&
      fact.kind !== "quantity" &&
      fact.kind !== "date" &&
      fact.kind !== "score" &&
      inSentence.some((n) => sameThing(n, c))
    )
      continue;
    if (fact.kind === "person" && (named(c) || nextDoor.has(c) || partOfFuller(c))) continue;
    if (fact.kind === "place" && fact.placeKind === "country" && hostile(c)) continue;
    if (
      fact.kind === "place" &&
      ((british && nations.test(c)) || (nations.test(answer) && /^(?:Britain|UK|United Kingdom)$/.test(c)))
    )
      continue;
    if (
      fact.kind === "place" &&
      fact.placeKind !== "country" &&
      qualifier &&
      knownPlace(qualifier) === "country" &&
      !(ctx.text ?? "").includes(`${c}, ${qualifier}`)
    )
      continue;
    out.push(c);
  }
  // Fewer than three people of the blank's role: no choice question (the caller types it instead), since any other
  // name beside them would be the odd one out.
  return fitsTheRole && out.length < Math.min(count, 3) ? [] : out;
}
