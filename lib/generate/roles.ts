import { countryOf } from "./equivalence";
import { knownPlace, US_STATES } from "./pools";

/** Capitalised words that make the words before a name a title ("Ukrainian Finance Minister"). */
export const TITLE_WORDS = new Set(
  (
    "President Minister Secretary Chancellor Governor Senator Mayor King Queen Prince Princess Pope Director " +
    "Chairman Chairwoman Chair Chief General Spokesman Spokeswoman Spokesperson Ambassador Commissioner Leader " +
    "Coach Captain Judge Premier Representative Envoy Officer Commander Admiral Colonel Lieutenant Sergeant " +
    "Editor Professor CEO Founder Manager Head Speaker Justice Attorney Executive Engineer Astronaut Pilot Specialist"
  ).split(" "),
);
/** Honorifics: they mark a person but are not a role worth asking about. */
export const HONORIFICS = new Set("Mr Mrs Ms Dr Sir Dame Lord Lady Rev Sheikh Professor Prof".split(" "));
/** Lowercase words right before a name that mark it as a person ("English captain Harry Kane"). */
export const ROLE_NOUNS = new Set(
  (
    "captain coach defender goalkeeper striker midfielder forward spokesman spokeswoman spokesperson director " +
    "minister president coauthor co-author author scientist professor chief leader councillor councilor " +
    "candidate politician pan-democrat lawyer official analyst referee general secretary chairman economist " +
    "researcher activist commander senator governor mayor veteran newcomer player manager founder teacher " +
    "doctor reporter journalist singer actor actress artist writer astronaut engineer ceo chancellor"
  ).split(" "),
);
/** Words that mark a name as an organisation. */
export const ORG_WORDS = new Set(
  (
    "Party Agency University College Institute Department Council Association Foundation Ministry Service " +
    "Services Center Centre Inc Corp Company Corporation Group Bank News Office Commission Committee Union " +
    "League Court Army Navy Force Forces Police Organization Organisation Society Authority Board Club Fund " +
    "Network Times Post Press Journal Administration Bureau Parliament Congress Senate Assembly Museum " +
    "School Hospital Airlines Industries Laboratory Labs Systems Machines Technologies FIFA NASA UN EU NATO " +
    "Ltd Plc LLC Co Securities Holdings Institutes Trust Hospice Charity Partners Conservatory Academy Gallery Library Observatory Program Programme Project"
  ).split(" "),
);
/** Words of many names that say where or what, not which one ("National", "Royal", "South"). */
export const GENERIC_NAME_WORDS = new Set(
  "national international world european american british united new north south east west royal general central federal state city interior foreign first".split(
    " ",
  ),
);

/**
 * Common words that names are built of ("Space", "Science", "Memorial"): seen in a prompt, they do not say which
 * name is meant.
 */
export const COMMON_NAME_WORDS = new Set(
  (
    "space science sciences art arts music air sea natural history technology memorial hall plan system systems " +
    "launch research health medical education public human rights development energy environment environmental " +
    "climate nature change studies modern contemporary peace freedom justice affairs defense defence security " +
    "trade economic economics social culture cultural heritage sports olympic games world station centre center " +
    "visitor complex gold silver medal award prize flight aviation aerospace engineering"
  ).split(" "),
);

/** Last words that make a capitalised name a thing, not a person ("Darwin Medal", "Tyler Prize"). */
export const THING_WORDS = new Set(
  "Prize Prizes Medal Award Awards Trophy Cup Glacier Reef Bridge Street Avenue Road Stadium Arena Park Factory Studio Studios Workshop".split(
    " ",
  ),
);

/**
 * Is a word of a name its kind-word ("Center", "Prize") or, in a name that is not itself a place, a place ("Australia"
 * of the Medical Journal of Australia)? Used again in a sentence, it does not give the name away.
 */
export function kindOrPlaceWord(word: string, ofPlace = false): boolean {
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return (
    ORG_WORDS.has(capitalised) ||
    THING_WORDS.has(capitalised) ||
    (!ofPlace && (knownPlace(capitalised) !== undefined || US_STATES.has(capitalised)))
  );
}

/**
 * Does a word of a name leave open which one it is: a kind-word or place (`kindOrPlaceWord`), or a word many names are
 * built of ("National", "Space")? Seen in a prompt, it gives the name away no more than it names another.
 */
export function commonNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  return kindOrPlaceWord(word) || GENERIC_NAME_WORDS.has(lower) || COMMON_NAME_WORDS.has(lower);
}
/** Verbs that introduce what someone said. */
export const SPEECH_VERBS =
  "said|says|told|tells|added|adds|noted|notes|stated|states|announced|announces|asked|explained|warned|insisted|declared|wrote|urged|reaffirmed|stressed|emphasized|emphasised|argued|claimed|commented|replied|remarked|continued";

/** The part a role word says a person plays: "spokesman" and "Secretary" are officials, "goalkeeper" a player. */
const ROLE_CLASS = new Map<string, string>();
for (const [part, words] of Object.entries({
  official:
    "minister president secretary chancellor governor senator mayor king queen prince princess pope ambassador " +
    "commissioner envoy premier spokesman spokeswoman spokesperson official general admiral colonel lieutenant " +
    "sergeant councillor councilor politician candidate lawmaker legislator diplomat pan-democrat administrator",
  player: "captain goalkeeper keeper striker midfielder forward defender winger player",
  coach: "coach manager",
  referee: "referee umpire",
  artist:
    "actor actress singer musician author writer artist poet composer painter photographer novelist " +
    "singer-songwriter playwright dancer",
  scholar: "scientist professor researcher economist mathematician physicist chemist biologist astronomer analyst",
  law: "lawyer attorney judge prosecutor",
  astronaut: "astronaut cosmonaut",
  press: "reporter journalist editor correspondent",
}))
  for (const w of words.split(" ")) ROLE_CLASS.set(w, part);

/** A word that names a title or a part rather than a person ("Mathematician", "Administrator", "Spokesman"). */
export const isRoleWord = (word: string) =>
  TITLE_WORDS.has(word) || ROLE_CLASS.has(word.toLowerCase()) || ROLE_NOUNS.has(word.toLowerCase());

/** What the words around a name say of the person: the part they play, their country, the bodies they belong to. */
export type RoleProfile = { parts: Set<string>; countries: Set<string>; bodies: Set<string> };

const roleOf = (word: string) => {
  const w = word.toLowerCase();
  return ROLE_CLASS.get(w) ?? (w.endsWith("s") ? ROLE_CLASS.get(w.slice(0, -1)) : undefined);
};
// Bodies a lowercase word names when a country goes with it ("the Indonesian military").
const INSTITUTIONS = new Set(["military", "army", "navy", "government", "police", "ministry"]);
const ORG = new Set([...ORG_WORDS, "Department", "Military"]);
const NAME_RUN = /\p{Lu}[\p{L}'’&.-]*(?:\s(?:of\s(?:the\s)?|for\s)?\p{Lu}[\p{L}'’&.-]*)*/gu;

/** Reads the roles, countries and bodies of a phrase next to a name into `into`. */
function readPhrase(phrase: string, into: RoleProfile, named = false) {
  for (const word of phrase.split(/[\s,;:()]+/)) {
    const part = roleOf(word.replace(/['’]s$/, ""));
    if (part) into.parts.add(part);
    if (INSTITUTIONS.has(word.toLowerCase())) into.bodies.add(word.toLowerCase());
  }
  for (const run of phrase.match(NAME_RUN) ?? []) {
    const words = run.replace(/['’]s$/, "").split(/\s+/);
    // "South Korea", "United States": two words first, then one.
    const rest: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const two = i + 1 < words.length ? countryOf(`${words[i]} ${words[i + 1]}`) : undefined;
      const one = countryOf(words[i]!);
      if (two) {
        into.countries.add(two);
        i++;
      } else if (one) into.countries.add(one);
      else if (!/^(?:The|A|An)$|^(?:Pro|Anti|Non|Pan)-/.test(words[i]!) || rest.length) rest.push(words[i]!);
    }
    const body = rest.join(" ").replace(/^(?:of|for)\s|\s(?:of|for)$/g, "");
    // Any name a person is "of" or "from" is their body ("Raymond Chan of People Power"); elsewhere only a body's name.
    if (body && (named || /^[A-Z]{2,6}$/.test(body) || rest.some((w) => ORG.has(w))))
      into.bodies.add(body.toLowerCase());
  }
}

/** The part of its sentence before `start` ("U.S. State" does not end one; "said. The" does). */
function sentenceBefore(text: string, start: number): string {
  return text
    .slice(Math.max(0, start - 300), start)
    .split(/[a-z0-9)][.!?]["”’]?\s+(?=["“]?\p{Lu})|\n/u)
    .pop()!;
}

/** The words just before a name that may describe it: up to six, back to a comma, "and" or a bracket. */
function phraseBefore(before: string): string {
  // A title set off by a comma ("Malaysia's Prime Minister, Najib Razak") counts; other words before a comma do not.
  const titled = /^(.*),\s*$/.exec(before);
  const head = titled ? (roleOf(titled[1]!.trim().split(/\s+/).pop() ?? "") ? titled[1]! : "") : before;
  return head
    .split(/[,;:()“”"]|\s(?:and|or)\s/)
    .pop()!
    .trim()
    .split(/\s+/)
    .slice(-6)
    .join(" ");
}

/** The sentence of `text` around the name at `start`–`end`. */
export function sentenceAround(text: string, start: number, end: number): string {
  const after = /^[^\n]*?(?:[a-z0-9)][.!?](?=\s|$)|$)/mu.exec(text.slice(end, end + 300))?.[0] ?? "";
  return `${sentenceBefore(text, start)}${text.slice(start, end)}${after}`;
}

/** Where `name` stands in `text`, as a whole name ("Chan" not in "Chang"): [start, end] pairs (kept per article). */
export function nameSpans(name: string, text: string): [number, number][] {
  if (SPANS.text !== text) Object.assign(SPANS, { text, byName: new Map() });
  let spans = SPANS.byName.get(name);
  if (!spans) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    spans = [...text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "gu"))].map((m) => [
      m.index,
      m.index + name.length,
    ]);
    SPANS.byName.set(name, spans);
  }
  return spans;
}
const SPANS = { text: "", byName: new Map<string, [number, number][]>() };

/**
 * The role profile of the name at `start`–`end` of `text`: the words just before it ("Tunisia's goalkeeper",
 * "Malaysia's Prime Minister,", "The US State Department said"), its appositive (", spokesman for the Indonesian
 * military,") and the body it is "of" or "from" ("of the Labour Party").
 */
export function roleProfileAt(
  text: string,
  start: number,
  end: number,
  into: RoleProfile = { parts: new Set(), countries: new Set(), bodies: new Set() },
): RoleProfile {
  const before = sentenceBefore(text, start);
  // "DAB's Starry Lee and _____", "veteran politicians Lee Cheuk-yan of the Labour Party and _____": the words
  // before the first of two names go with both (not the first one's "of" body).
  const pair = /^(.*)\s(?:and|or)\s$/su.exec(before)?.[1];
  const first = pair
    ?.replace(/\s(?:of|from)\s(?:the\s)?(?:\p{Lu}[\p{L}&.-]*\s?)+$/u, "")
    .replace(/(?:^|\s)\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*$/u, "");
  const near = phraseBefore(before) || (first && first !== pair ? phraseBefore(first) : "");
  readPhrase(near, into);
  const after = text.slice(end, end + 200);
  if (/^['’]s?\b/.test(after)) return into;
  const appositive = /^,\s+(?!who\b|which\b|that\b|and\b|but\b)([^,;:.()]{1,70})(?=[,;:.)]|$)/.exec(after)?.[1];
  if (appositive && appositive.split(/\s+/).some((w) => roleOf(w))) readPhrase(appositive, into);
  const of = /^\s(?:of|from)\s(?:the\s)?(\p{Lu}[\p{L}'’&.-]*(?:\s(?:of\s|for\s)?\p{Lu}[\p{L}'’&.-]*)*)/u.exec(
    after,
  )?.[1];
  if (of) readPhrase(of, into, true);
  return into;
}

/**
 * Does a wrong choice with profile `other` fit a blank whose words give `answer`? Of the answer's country or body when
 * the blank names one (never of another country), and of its part when it names one (or of its very body).
 */
export function fitsRole(answer: RoleProfile, other: RoleProfile): boolean {
  const shares = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));
  const sameBody = shares(answer.bodies, other.bodies);
  if (answer.countries.size || answer.bodies.size) {
    if (answer.countries.size && other.countries.size && !shares(answer.countries, other.countries)) return false;
    if (!shares(answer.countries, other.countries) && !sameBody) return false;
  }
  return answer.parts.size === 0 || shares(answer.parts, other.parts) || sameBody;
}
