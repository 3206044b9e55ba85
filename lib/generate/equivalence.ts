import { editDistance } from "@/lib/quiz/spelling";
import { CONTINENTS, COUNTRIES } from "./pools";
/** Names that mean the same place: never a distractor for each other. */
const ALIASES = [
  ["britain", "uk", "u.k.", "united kingdom", "great britain"],
  ["united states", "u.s.", "us", "usa", "u.s.a.", "america"],
  // In news "Korea" alone is most often South Korea (sports reports use "Korea Republic").
  ["south korea", "korea republic", "republic of korea", "korea"],
  ["north korea", "dprk"],
];

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[’']s\b/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** The other names of a place in `ALIASES` ("US", "U.S.", "America" for "United States"), as written there. */
export function aliasesOf(name: string): string[] {
  const group = ALIASES.find((g) => g.includes(norm(name)));
  const cased: Record<string, string> = {
    uk: "UK",
    "u.k.": "U.K.",
    us: "US",
    "u.s.": "U.S.",
    usa: "USA",
    "u.s.a.": "U.S.A.",
    dprk: "DPRK",
  };
  return (group ?? [])
    .filter((g) => g !== norm(name))
    .map((g) => cased[g] ?? g.replace(/\b[a-z]/g, (c) => c.toUpperCase()));
}

/** Do two answers name the same thing ("UK" and "Britain", "Starmer" and "Keir Starmer", "Sunday" and "sunday")? */
export function sameThing(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x === y) return true;
  if (ALIASES.some((g) => g.includes(x) && g.includes(y))) return true;
  if ((SHORT.test(a) && isAcronymOf(a, b)) || (SHORT.test(b) && isAcronymOf(b, a))) return true;
  const xs = x.split(/\s+/);
  const ys = y.split(/\s+/);
  // A surname stands for the full name.
  if (
    (xs.length === 1 && ys.length > 1 && ys[ys.length - 1] === x) ||
    (ys.length === 1 && xs.length > 1 && xs[xs.length - 1] === y)
  )
    return true;
  // "U.S. Congress" is the "United States Congress"; "Joshua Norton" is "Joshua Abraham Norton", "Peter Charles L'Enfant"
  // is "Pierre Charles L'Enfant": a country's short name, or a middle name more or less, or another first name before
  // the same middle and last names.
  const [cx, cy] = [countryShort(x), countryShort(y)];
  if (cx !== x || cy !== y) return cx === cy;
  const [fx, lx] = [xs[0], xs[xs.length - 1]];
  const [fy, ly] = [ys[0], ys[ys.length - 1]];
  if (xs.length > 1 && ys.length > 1 && lx === ly && /^[A-Z]/.test(a) && /^[A-Z]/.test(b)) {
    if (fx === fy && xs.length !== ys.length) return true;
    if (xs.length === 3 && ys.length === 3 && xs[1] === ys[1]) return true;
  }
  // "Bauchtman" and "Lydia Buchtmann": one person whose name the article spells two ways (a long surname, the same
  // first letter, two slips at most).
  const [sx, sy] = [lx ?? "", ly ?? ""];
  if (
    /^\p{Lu}/u.test(a) &&
    /^\p{Lu}/u.test(b) &&
    sx !== sy &&
    sx.length >= 7 &&
    sy.length >= 7 &&
    sx[0] === sy[0] &&
    editDistance(sx, sy, 2) <= 2
  )
    return true;
  return false;
}

/** A country's name as its short form ("united states congress" → "us congress"), for telling aliases apart. */
function countryShort(t: string): string {
  return t
    .replace(/^(?:the )?(?:u\.?\s?s\.?|united states|american) /, "us ")
    .replace(/^(?:the )?(?:u\.?\s?k\.?|united kingdom|british) /, "uk ");
}

const SHORT = /^[A-Z][A-Z.]{1,11}$/;

/** "KCNA" for "Korean Central News Agency", "DPRK" for "Democratic People's Republic of Korea". */
function isAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/\./g, "");
  if (!/^[A-Z]{2,6}$/.test(letters) || !long.includes(" ")) return false;
  const initials = long
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join("");
  return initials === letters;
}

/** Does `prompt` give away `answer` (the answer, or any word of a name, appears in it)? */
export function givesAway(prompt: string, answers: string[], distinctive?: (word: string) => boolean): boolean {
  const p = ` ${prompt.toLowerCase().replace(/[^a-z0-9.%£$€]+/g, " ")} `;
  return answers.some((a) => {
    const words = a
      .toLowerCase()
      .replace(/[^a-z0-9.%£$€]+/g, " ")
      .trim();
    if (!words) return false;
    if (p.includes(` ${words} `)) return true;
    if (!/^[A-Z]/.test(a)) return false;
    // With `distinctive`, only a word that says which one it is: "space shuttle" does not give away the Kennedy Space
    // Center, nor "Los Angeles, California" the California Science Center.
    return words.split(" ").some((w) => w.length >= 4 && (distinctive?.(w) ?? true) && p.includes(` ${w} `));
  });
}

// Adjectives that do not start like their country's name.
const IRREGULAR: Record<string, string> = {
  france: "french",
  netherlands: "dutch",
  switzerland: "swiss",
  denmark: "danish",
  thailand: "thai",
  philippines: "filipino",
  greece: "greek",
  wales: "welsh",
  uk: "british",
  "united kingdom": "british",
  "united states": "american",
  "u.s.": "american",
  us: "american",
};

/** Does the prompt name the place's people or adjective ("British" for Britain, "Ukrainian" for Ukraine)? */
export function namesItsPeople(prompt: string, place: string): boolean {
  const p = place.toLowerCase();
  const words = prompt.match(/\b[A-Z][a-z]+\b/g) ?? [];
  const irregular = IRREGULAR[p];
  if (irregular && words.some((w) => w.toLowerCase().startsWith(irregular))) return true;
  if (p.includes(" ") || p.length < 5) return false;
  const stem = p.slice(0, Math.max(4, p.length - 3));
  return words.some((w) => w.toLowerCase() !== p && w.toLowerCase().startsWith(stem));
}

const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Words that give a thing another name: "known as", "also called", "calling themselves", "dubbed", "so-called".
const ALIAS_CUE = String.raw`(?:(?:also|commonly|better|widely|locally)\s)?(?:known|referred\sto)\sas|(?:also\s)?called|call(?:s|ing)?\s(?:themselves|itself|himself|herself)|dubbed|nicknamed|so-called`;

/**
 * Does the article itself give `a` and `b` as names of one thing? "the Securities and Exchange Commission (SEC)";
 * "Joshua Norton, known as Emperor Norton"; "a body of men calling themselves the National Congress", a self-given
 * name of the body whose head noun it shares ("United States Congress").
 */
export function aliasInText(a: string, b: string, text: string | undefined): boolean {
  if (!text || !a || !b || !text.includes(a) || !text.includes(b)) return false;
  for (const [p, q] of [
    [a, b],
    [b, a],
  ])
    if (text.includes(`${p} (${q})`) || text.includes(`${p} (the ${q})`)) return true;
  if (!hasAliasCue(text)) return false;
  const [x, y] = [esc(a), esc(b)];
  const head = (n: string) => (/^\p{Lu}/u.test(n) ? n.split(/\s+/).pop() : undefined);
  for (const [p, q] of [
    [x, y],
    [y, x],
  ] as const) {
    const named = new RegExp(String.raw`(?:${ALIAS_CUE})\s(?:the\s)?${q}\b`);
    if (new RegExp(String.raw`\b${p}\b[^.;]{0,80}?\b${named.source}`).test(text)) return true;
    if (named.test(text) && head(a) !== undefined && head(a) === head(b) && a.includes(" ") && b.includes(" "))
      return true;
  }
  return false;
}

// Whether the article gives anything another name at all: read once per article.
const CUED = { text: "", has: false };
function hasAliasCue(text: string): boolean {
  if (CUED.text !== text) Object.assign(CUED, { text, has: new RegExp(ALIAS_CUE).test(text) });
  return CUED.has;
}

// More adjectives that a country's stem does not give ("Scottish" is no "Scotl…").
const MORE_ADJECTIVES: Record<string, string> = {
  scotland: "scottish",
  ireland: "irish",
  poland: "polish",
  finland: "finnish",
  spain: "spanish",
  "saudi arabia": "saudi",
};
const STEMMED = [...COUNTRIES, ...ALIASES.flat()]
  .map((c) => c.toLowerCase())
  .filter((c) => c.length >= 4 && !CONTINENTS.has(c.replace(/^./, (x) => x.toUpperCase())));

/**
 * The country a word names or describes, one name per country: "Indonesian", "Malaysia's", "US" and "American" give
 * "indonesia", "malaysia", "united states", "united states"; undefined for any other word ("Indiana", "Rohingya").
 */
export function countryOf(word: string): string | undefined {
  const w = norm(word.replace(/['’]s?$/, ""));
  const canon = (c: string) => ALIASES.find((g) => g.includes(c))?.[0] ?? c;
  if (STEMMED.includes(w) || ALIASES.some((g) => g.includes(w))) return canon(w);
  for (const [c, adj] of Object.entries({ ...IRREGULAR, ...MORE_ADJECTIVES }))
    if (w === adj || w === `${adj}s`) return canon(c);
  // "Indonesian", "Swedish", "Iraqi", "Bangladeshis": the country's stem and an ending of its people.
  let best: string | undefined;
  let bestStem = "";
  for (const c of STEMMED) {
    const stem = c.slice(0, Math.max(4, c.length - 3));
    if (
      !c.includes(" ") &&
      w !== c &&
      w.startsWith(stem) &&
      /(?:ns?|ese|ish|is?|ic)$/.test(w) &&
      stem.length > bestStem.length
    ) {
      best = c;
      bestStem = stem;
    }
  }
  return best && canon(best);
}
