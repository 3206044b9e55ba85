/** The kinds of name the generator finds. */
export type EntityKind = "person" | "place" | "organization";
/** A name in the article: offsets are in the article; `name` is the full name it refers to. */
export type Mention = {
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
  name: string;
  sentence: number;
  role?: string;
  placeKind?: "country" | "city" | "other";
  /** Used as a modifier ("U.S. backing"): blanking it leaves only one grammatical choice. */
  attributive?: boolean;
};
