import type { Sentence } from "./sentences";

/** A fact as the generator works with it (article offsets); `deck.ts` turns it into the public `Fact`. */
export type RawFact = {
  id: string;
  kind: "money" | "quantity" | "date" | "quote" | "person" | "place" | "organization" | "list" | "score" | "term";
  /** As written in the article. */
  value: string;
  sentence: Sentence;
  /** What a fill-in-the-blank question blanks out (article offsets). */
  blankStart: number;
  blankEnd: number;
  normalized?: string | number;
  unit?: string;
  subject?: string;
  role?: string;
  items?: string[];
  /** Equivalent forms: a bracketed conversion, a full name for a surname. */
  alternatives?: string[];
  /**
   * The other names the article itself uses for a name answer (a surname nobody else bears, the fuller name, an
   * acronym, a short form), accepted when typed; undefined when the fact was built without its article.
   */
  articleForms?: string[];
  currency?: string;
  /** "more than 5,000": a statement with another number is not certainly false. */
  approximate?: boolean;
  placeKind?: string;
  weekday?: string;
  speakerKind?: "person" | "organization";
  /** A quote attributed by "he said": the sentence that names the speaker, which the evidence must show. */
  speakerSentence?: Sentence;
  /** A term in quotation marks ("a 'quasi-state of war'"): chosen among the article's other quoted terms. */
  quoted?: boolean;
};
