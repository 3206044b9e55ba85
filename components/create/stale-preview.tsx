type Props = { changed: "text" | "date"; busy: boolean; onRegenerate: () => void; onRestore: () => void };

/** Shown over a preview made from an article that has since changed: generate again, or undo the change. */
export function StalePreview({ changed, busy, onRegenerate, onRestore }: Props) {
  return (
    <div className="notice error stack" role="status">
      <p>
        <strong>These questions are out of date.</strong>{" "}
        {changed === "text"
          ? "The article text has changed since they were made."
          : "The published date has changed since they were made, and some questions use it to tell which day “on Tuesday” means."}{" "}
        Generate them again from the article as it is now (edits and drops below will be lost), or put the{" "}
        {changed === "text" ? "text" : "date"} back.
      </p>
      <div className="row">
        <button type="button" className="button" onClick={onRegenerate} disabled={busy}>
          Generate again
        </button>
        <button type="button" className="button secondary" onClick={onRestore}>
          Put the {changed === "text" ? "text" : "date"} back
        </button>
      </div>
    </div>
  );
}
