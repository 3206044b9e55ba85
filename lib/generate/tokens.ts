import nlp from "compromise";

/** A word of a sentence as compromise tags it; offsets are in the sentence. */
export type Token = { text: string; start: number; end: number; pre: string; post: string; tags: ReadonlySet<string> };

type TermJson = { text: string; pre: string; post: string; tags: string[]; offset: { start: number; length: number } };

/**
 * Tags one sentence with compromise. The sentence is already split (compromise splits glued quotes
 * badly), so whatever compromise thinks the sentences are, the tokens keep exact offsets.
 */
export function tokenize(sentence: string): Token[] {
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[];
  return json.flatMap((s) =>
    s.terms
      .filter((t) => t.text.length > 0)
      .map((t) => ({
        text: t.text,
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        pre: t.pre,
        post: t.post,
        tags: new Set(t.tags),
      })),
  );
}
