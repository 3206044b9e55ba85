import { highlightParts } from "@/lib/quiz/highlight";

/** `text` with every one of `marks` in it marked, as quiz feedback marks the answer in its sentence. */
export function MarkedText({ text, marks }: { text: string; marks: readonly string[] }) {
  return highlightParts(text, marks).map((p, i) =>
    p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
  );
}
