import { Fragment } from "react";
import { splitGlued } from "@/lib/quiz/glued";

/**
 * `text` with a space shown between glued sentences (lib/quiz/glued): an empty `.gap` element whose space
 * is drawn by CSS, so the text in the page (and every offset into it) stays the article's own.
 */
export function SpacedText({ text, gapBefore = false }: { text: string; gapBefore?: boolean }) {
  const parts = splitGlued(text);
  return (
    <>
      {gapBefore && <span className="gap" />}
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <span className="gap" />}
          {p}
        </Fragment>
      ))}
    </>
  );
}
