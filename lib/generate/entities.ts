import type { Sentence } from "./sentences";
import { tokenize, type Token } from "./tokens";
import { knownPlace } from "./pools";
import { definedThings, resolveNames } from "./names";
import type { EntityKind, Mention } from "./mention";
import { HONORIFICS, ORG_WORDS, ROLE_NOUNS, SPEECH_VERBS, THING_WORDS, TITLE_WORDS } from "./roles";

export type { EntityKind, Mention } from "./mention";

/** Longest sentence (characters) the generator reads; longer runs are unpunctuated text. */
export const MAX_SENTENCE = 1500;
const FUNCTION_WORDS = new Set(
  "The A An In On At For But And Or Of To From By With As After Before This That These Those It He She They We I His Her Its Their Our If When While Also Other Both Each".split(
    " ",
  ),
);
const SPEECH = new RegExp(`^,?\\s*(?:${SPEECH_VERBS})\\b`);
const SPEECH_WORD = new RegExp(`^(?:${SPEECH_VERBS})$`);
const SPEECH_BEFORE = new RegExp(`(?:${SPEECH_VERBS})\\s*$`);
const has = (t: Token, ...tags: string[]) => tags.some((x) => t.tags.has(x));
const CAPITAL = /^\p{Lu}/u;
const PARTICLES = new Set("de du da di del della van von der den le la ibn bin".split(" "));
/** First words of a named event or act: "Siege of Savannah", "Battle of Hastings", "Treaty of Paris". */
export const EVENT_WORDS = new Set(
  "Battle Siege Treaty Sack Massacre Peace Edict Congress Council Capture Invasion Conquest Bombing Battles Wars War Act Declaration Revolution".split(
    " ",
  ),
);
/** Forms of address from other languages, which English text keeps ("Mademoiselle Poterin du Motel"). */
const FOREIGN_HONORIFICS = new Set(
  "Mademoiselle Madame Monsieur Mme Mlle Mlle. Signor Signora Herr Frau Senhor Señor Señora".split(" "),
);
export const isHonorific = (w: string) =>
  HONORIFICS.has(w.replace(/\.$/, "")) || FOREIGN_HONORIFICS.has(w.replace(/\.$/, ""));
const bare = (text: string) => text.replace(/['’]s?$/, "");
/** A word the lexicon or the place list knows as a place ("Kazakhstan"), or a person's name ("Brian"). */
const placeLike = (t: Token) =>
  has(t, "Place", "Country", "City", "Region", "Person", "FirstName", "LastName") ||
  knownPlace(bare(t.text)) !== undefined;

/** Maximal runs of capitalised words (hyphenated parts and "of" inside names joined). */
function capitalRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (t.pre) close();
    // "pro-Beijing" is a compound adjective, not a name.
    const prefixed =
      (prev?.post === "-" && !run.includes(prev)) ||
      /^(?:pro|anti|non|pan|ex|post|pre)-/i.test(t.text) ||
      (/^(?:pro|anti|non|pan|ex|post|pre)$/i.test(t.text) && t.post === "-");
    const cap =
      CAPITAL.test(t.text) &&
      !prefixed &&
      !has(t, "Date", "WeekDay", "Month", "Value") &&
      !(FUNCTION_WORDS.has(t.text) && (i === 0 || run.length === 0)) &&
      // A title opens a name even at the start of a sentence ("Chief Financial Officer Tomas Lindqvist said").
      !(
        i === 0 &&
        !has(t, "ProperNoun", "Person", "Place", "Organization", "Acronym", "Demonym") &&
        !knownPlace(t.text) &&
        !TITLE_WORDS.has(t.text) &&
        // "Prime Minister Tomas Aranda ...", "Health Minister ...": the first word of a title opens the name.
        !TITLE_WORDS.has(tokens[1]?.text ?? "") &&
        !(has(t, "Adjective") && CAPITAL.test(tokens[1]?.text ?? "")) &&
        !SPEECH_WORD.test(tokens[1]?.text ?? "")
      );
    // "of" joins only institutions and titles ("University of Sheffield", "Secretary of State"), never a
    // person to a body ("Professor Alan Whitcombe of James Cook University").
    // "Society of the Cincinnati": "of the" too, for an institution.
    const ofThe =
      tokens[i + 1]?.text === "the" &&
      CAPITAL.test(tokens[i + 2]?.text ?? "") &&
      run.some((r) => ORG_WORDS.has(r.text));
    const ofJoin =
      t.text === "of" &&
      (CAPITAL.test(tokens[i + 1]?.text ?? "") || ofThe) &&
      (run.some((r) => ORG_WORDS.has(r.text)) ||
        TITLE_WORDS.has(prev?.text ?? "") ||
        // "Siege of Savannah", "Treaty of Paris": an event or an act named by what it was done to.
        (run.length === 1 && EVENT_WORDS.has(prev?.text ?? "")));
    const theJoin =
      t.text === "the" && prev?.text === "of" && run.includes(prev) && CAPITAL.test(tokens[i + 1]?.text ?? "");
    // "Brennan & Co.": the ampersand joins a firm's name.
    const ampersand = t.text === "&" && CAPITAL.test(tokens[i + 1]?.text ?? "");
    // "Leonardo da Vinci", "Pierre Augustin Caron de Beaumarchais": a particle between two parts of a name.
    const particle =
      run.length > 0 &&
      PARTICLES.has(t.text) &&
      /^\.?\s$/.test(prev?.post ?? "") &&
      t.post === " " &&
      CAPITAL.test(tokens[i + 1]?.text ?? "");
    // "National Air and Space Museum": "and" inside a body's name that has no body word before it; "Academy of
    // Painting and Sculpture": "and" closing an "of" name with a word or two that end the run.
    const caps: Token[] = [];
    for (let j = i + 1; j < tokens.length && CAPITAL.test(tokens[j]!.text); j++) {
      caps.push(tokens[j]!);
      if (!/^[\s-]*$/.test(tokens[j]!.post)) break;
    }
    const lastCap = caps[caps.length - 1];
    const andJoin =
      t.text === "and" &&
      run.length > 0 &&
      prev?.post === " " &&
      t.post === " " &&
      lastCap !== undefined &&
      ((!run.some((r) => ORG_WORDS.has(r.text)) && caps.slice(1, 3).some((c) => ORG_WORDS.has(c.text))) ||
        (run.some((r) => r.text === "of") &&
          caps.length <= 2 &&
          !CAPITAL.test(tokens[i + caps.length + 1]?.text ?? "") &&
          !caps.some((c) => ORG_WORDS.has(c.text) || has(c, "Person", "Place", "Country", "City"))));
    const joined = run.length > 0 && (prev?.post === "-" || ofJoin || theJoin || ampersand || particle || andJoin);
    // "du Motel's fiancé": a particle before a surname belongs to it.
    if (cap && !run.length && prev && PARTICLES.has(prev.text) && prev.post === " ") run.push(prev);
    if (cap || joined) run.push(t);
    else close();
    // "Korean People's Army": a possessive inside an institution's name does not end it.
    const possessiveName = /['’]s$/.test(t.text) && ORG_WORDS.has(tokens[i + 1]?.text ?? "") && t.post === " ";
    // "Dr. Sarah Jones": the honorific's period does not end the name.
    const honorific = isHonorific(t.text) && /^\.?\s$/.test(t.post);
    // "Steven F. Udvar-Hazy", "L. Ron Hubbard": a middle or first initial does not end the name.
    const initial =
      /^\p{Lu}$/u.test(t.text) &&
      /^\.\s$/.test(t.post) &&
      (has(prev ?? t, "FirstName") ||
        // "… Museum Steven F. Udvar-Hazy Center": deep inside a name, whatever the tagger makes of "Steven".
        (run.length > 2 && /^\p{Lu}\p{Ll}/u.test(prev?.text ?? "")) ||
        has(tokens[i + 1] ?? t, "FirstName") ||
        /^\p{Lu}$/u.test(tokens[i + 1]?.text ?? "") ||
        (/^\p{Lu}$/u.test(prev?.text ?? "") && prev?.post === ". ")) &&
      /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "") &&
      !/^\p{Lu}{2,}$/u.test(tokens[i + 1]?.text ?? "");
    if ((!/^[\s-]*$/.test(t.post) && !honorific && !initial) || (/['’]s$/.test(t.text) && !possessiveName)) close();
  });
  close();
  return runs.filter((r) => r[r.length - 1]?.text !== "of");
}

// "the town of Puerto Alba", "the charity Young Minds Matter", "rival Brennan": the noun before a name says what it is.
const PLACE_BEFORE =
  /\b(?:town|village|city|province|county|district|region|state|island|suburb|port|municipality|prefecture|borough|neighbou?rhood|capital|hamlet)\s+of\s+$/;
const ORG_BEFORE =
  /\b(?:charity|company|firm|bank|lender|insurer|retailer|carmaker|airline|club|agency|newspaper|journal|magazine|broadcaster|rival|supplier|brand|foundation|consultancy|startup|start-up|manufacturer|publisher|chain|operator|regulator|organi[sz]ation|group|party|union|campaign group|think tank)\s+$/;
// "J.P. Morgan raised its target": a name that "its" refers back to is a body, not a person.
const ORG_AFTER = /^\s+(?:[a-z]+\s+)?its\b|^,\s+which\b/;

function typeOf(run: Token[], before: string, after: string): EntityKind | undefined {
  const words = run.map((t) => bare(t.text));
  // "Italian", "Japanese": a people's adjective, not a name; "Kazakhstan", "Japan" and "Sudan" end alike but are places.
  if (
    words.length === 1 &&
    run.every((t) => has(t, "Demonym") || (/(?:an|ish|ese|ian)$/.test(t.text) && !placeLike(t)))
  )
    return undefined;
  if (knownPlace(words.join(" "))) return "place";
  // "Siege of Savannah", "Soyuz MS-23", "Expedition 69": an event or a numbered craft or mission, a thing.
  if (EVENT_WORDS.has(words[0]!) && !ORG_WORDS.has(words[0]!) && words.includes("of")) return undefined;
  if (words.length > 1 && /\d/.test(words[words.length - 1]!)) return undefined;
  if (PLACE_BEFORE.test(before)) return "place";
  if (
    ORG_BEFORE.test(before) ||
    (ORG_AFTER.test(after) && !run.some((t) => has(t, "Place", "Country", "City", "Region")))
  )
    return "organization";
  // "Kwong Chun-yu", "Lee Cheuk-yan": a hyphenated given name marks a person, whatever the lexicon says.
  const joined = run.map((t, i) => t.text + (i < run.length - 1 ? t.post : "")).join("");
  if (/^(?:[A-Z][a-z]+\s){1,2}[A-Z][a-z]+-[a-z]+$/.test(joined)) return "person";
  if (words.length > 1 && THING_WORDS.has(words[words.length - 1]!)) return undefined;
  if (words.some((w) => ORG_WORDS.has(w)) || run.some((t) => has(t, "Organization", "SportsTeam", "Company"))) {
    return run.some((t) => has(t, "Person")) && !words.some((w) => ORG_WORDS.has(w)) ? "person" : "organization";
  }
  if (run.some((t) => has(t, "Person", "FirstName", "LastName", "MaleName", "FemaleName"))) return "person";
  // "T. R. Penhallow": initials before a surname.
  if (
    words.length >= 2 &&
    /^\p{Lu}\p{Ll}/u.test(words[words.length - 1]!) &&
    words.slice(0, -1).every((w, i) => /^\p{Lu}$/u.test(w) && run[i]!.post === ". ")
  )
    return "person";
  // "Kwong Chun-yu", "Lee Cheuk-yan": a hyphenated given name marks a person, whatever the lexicon says.
  if (words.length >= 2 && words.length <= 3 && /^[A-Z][a-z]+-[a-z]+$/.test(words[words.length - 1] ?? ""))
    return "person";
  // "Council leader Lezley Picton": a role word right before a name outweighs the lexicon's place guess.
  const prev = /([A-Za-z-]+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? "";
  if (ROLE_NOUNS.has(prev) && words.length >= 2 && words.length <= 4) return "person";
  if (run.some((t) => has(t, "Place", "Country", "City", "Region", "Address"))) return "place";
  if (ROLE_NOUNS.has(prev) || SPEECH_BEFORE.test(before) || SPEECH.test(after)) {
    // "Prosecutors said": a plural common noun opening the sentence is nobody's name.
    if (words.length === 1 && has(run[0]!, "Plural") && !has(run[0]!, "ProperNoun")) return undefined;
    // "Petra Moreau of Banque Lavalle said": the name after "of" is where the speaker works.
    if (/\b(?:of|at|from)\s+(?:the\s+)?$/.test(before) && !ROLE_NOUNS.has(prev)) return "organization";
    return run.some((t) => has(t, "Acronym") || /^[A-Z]{2,}$/.test(t.text))
      ? "organization"
      : words.length <= 4
        ? "person"
        : undefined;
  }
  return undefined;
}

/** Splits "Ukrainian Finance Minister Serhiy Marchenko" into its title and name. */
function splitTitle(run: Token[]): { title?: Token[]; name: Token[] } {
  let k = -1;
  run.forEach((t, i) => {
    if (TITLE_WORDS.has(t.text) || isHonorific(t.text)) k = i;
    // "Secretary of State": the word after a title's "of" belongs to the title.
    if (t.text === "of" && i === k + 1 && i + 1 < run.length) k = i + 1;
  });
  // Words of the name after the title: hyphenated parts and particles ("Poterin du Motel") do not count.
  const rest = run.slice(k + 1).filter((t, i, all) => !PARTICLES.has(t.text) && all[i - 1]?.post !== "-");
  if (k < 0 || k === run.length - 1 || rest.length > 4 || run.slice(k + 1).some((t) => t.text === "of"))
    return { name: run };
  return { title: run.slice(0, k + 1), name: run.slice(k + 1) };
}

const POSTNOMINALS = new Set("KC QC MP MEP MSP MLA OBE MBE CBE KBE DBE PhD MD Jr Sr Esq".split(" "));
const ABBREVIATED = /^(?:Inc|Ltd|Co|Corp|Plc|Bros|Jr|Sr|Pty|Ltda)$/;

/** Finds the people, places and organisations named in each sentence, typed by compromise plus titles. */
export function findMentions(sentences: Sentence[]): Mention[] {
  const out: Mention[] = [];
  const untyped: Mention[] = [];
  const things = definedThings(sentences);
  for (const s of sentences) {
    // compromise slows down sharply on run-on "sentences"; text that long is no sentence to ask about.
    if (s.text.length > MAX_SENTENCE) continue;
    const tokens = tokenize(s.text);
    const position = new Map(tokens.map((t, i) => [t, i]));
    for (const run of capitalRuns(tokens)) {
      const { title, name } = splitTitle(run);
      // "10 Downing Street": the house number belongs to the name.
      const lead = tokens[(position.get(name[0]!) ?? 0) - 1];
      if (!title && lead && has(lead, "Address") && has(lead, "Value")) name.unshift(lead);
      const next = tokens[(position.get(run[run.length - 1]!) ?? tokens.length) + 1];
      const attributive =
        !/['’]s$/.test(run[run.length - 1]!.text) &&
        run[run.length - 1]!.post === " " &&
        next !== undefined &&
        /^[a-z]/.test(next.text) &&
        // "in Oslo last spring", "in Paris this week": a time phrase follows the name; nothing is modified.
        !/^(?:last|next|this|that|early|late|earlier|later|each|every)$/.test(next.text) &&
        has(next, "Noun", "Adjective", "Gerund") &&
        !has(
          next,
          "Pronoun",
          "Preposition",
          "Conjunction",
          "Determiner",
          "Modal",
          "Auxiliary",
          "Copula",
          "PastTense",
          "Adverb",
        ) &&
        (has(next, "Gerund") || !has(next, "PresentTense"));
      // "Helen Ashworth KC" is Helen Ashworth: letters after a name are no part of it.
      while (name.length > 1 && POSTNOMINALS.has(name[name.length - 1]!.text.replace(/\.$/, ""))) name.pop();
      const first = name[0]!;
      const last = name[name.length - 1]!;
      // "Halvorsen Foods Inc. reported": the abbreviation's period belongs to the name when the sentence goes on.
      const dot = ABBREVIATED.test(last.text) && /^\.\s*[a-z,;:)]/.test(s.text.slice(last.end)) ? 1 : 0;
      const text = bare(s.text.slice(first.start, last.end + dot));
      const before = s.text.slice(0, first.start);
      const after = s.text.slice(last.end);
      const titleText = title?.filter((t) => !isHonorific(t.text)).length
        ? s.text.slice(title[0]!.start, title[title.length - 1]!.end)
        : undefined;
      const kind: EntityKind | undefined = title ? "person" : typeOf(name, before, after);
      // "the State Department Spokesperson" is a title, not a name.
      const isTitle = !title && TITLE_WORDS.has(name[name.length - 1]!.text);
      if (
        text.length < 2 ||
        things.has(text) ||
        isTitle ||
        (name.length === 1 && ABBREVIATED.test(first.text)) ||
        name.every((t) => isHonorific(t.text) || TITLE_WORDS.has(t.text))
      )
        continue;
      if (!kind) {
        // Untyped for now: it may be the surname of a person named elsewhere ("Later, Marchenko spoke").
        if (name.length === 1)
          untyped.push({
            kind: "person",
            start: s.start + first.start,
            end: s.start + first.start + text.length,
            text,
            name: text,
            sentence: s.index,
          });
        continue;
      }
      const placeKind =
        kind === "place"
          ? (knownPlace(text) ??
            (name.some((t) => has(t, "Country")) ? "country" : name.some((t) => has(t, "City")) ? "city" : "other"))
          : undefined;
      out.push({
        kind,
        start: s.start + first.start,
        end: s.start + first.start + text.length,
        text,
        name: text,
        sentence: s.index,
        role: titleText,
        placeKind,
        attributive,
      });
    }
  }
  const people = out.filter((m) => m.kind === "person" && m.text.includes(" "));
  const surnames = untyped.filter((u) => people.some((p) => p.text.split(" ").pop() === u.text));
  return resolveNames([...out, ...surnames].sort((a, b) => a.start - b.start));
}
