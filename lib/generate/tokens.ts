import nlp from "compromise";

/** A word of a sentence as compromise tags it; offsets are in the sentence. */
export type Token = { text: string; start: number; end: number; pre: string; post: string; tags: ReadonlySet<string> };

type Term = { text: string; pre: string; post: string; tags: Set<string> | string[] };
type TermJson = Term & { offset: { start: number; length: number } };

/**
 * Tags one sentence with compromise. The sentence is already split (compromise splits glued quotes
 * badly), so whatever compromise thinks the sentences are, the tokens keep exact offsets.
 */
export function tokenize(sentence: string): Token[] {
  // Walking the parsed terms is ~30% cheaper than `.json({ offset: true })`; it is exact when the
  // terms spell the sentence back, which compromise does for ordinary text.
  const terms = (nlp(sentence) as unknown as { docs: Term[][] }).docs.flat();
  if (terms.map((t) => t.pre + t.text + t.post).join("") === sentence) {
    const out: Token[] = [];
    let at = 0;
    for (const t of terms) {
      const start = at + t.pre.length;
      at = start + t.text.length + t.post.length;
      if (t.text)
        out.push({ text: t.text, start, end: start + t.text.length, pre: t.pre, post: t.post, tags: new Set(t.tags) });
    }
    return out;
  }
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
