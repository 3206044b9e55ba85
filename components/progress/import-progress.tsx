import { useEffect, useRef, useState } from "react";
import type { ProgressFile } from "@/lib/schemas/progress-file";
import { useAppStoreApi } from "@/components/store/store-provider";
import { checkFileSize } from "@/lib/transfer/file-size";
import { reviewTotal } from "@/lib/srs/review-history";
import { READ_ONLY } from "./read-only";
import styles from "./progress.module.css";
import { formatLongDateTime } from "@/lib/format";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type Phase =
  { kind: "idle" } | { kind: "checking" } | { kind: "confirm"; file: ProgressFile; name: string; setAside?: number };

/** Import a progress file: checked (size first, then content), then replace or merge after a confirmation. */
export function ImportProgress({ onDone }: { onDone: (message: string) => void }) {
  const api = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [error, setError] = useState("");
  const question = useRef<HTMLParagraphElement>(null);
  // The file input is disabled while asking, so the question takes the focus (and reads itself out).
  useEffect(() => {
    if (phase.kind === "confirm") question.current?.focus();
  }, [phase.kind]);

  const reset = () => {
    setPhase({ kind: "idle" });
    if (input.current) input.current.value = "";
  };
  const cancel = () => {
    reset();
    setTimeout(() => input.current?.focus(), 0);
  };
  const onFile = async (f: File | undefined) => {
    setError("");
    if (!f) return;
    const tooBig = checkFileSize(f.size);
    if (tooBig) {
      setError(`${tooBig.reason} Nothing was changed.`);
      return reset();
    }
    setPhase({ kind: "checking" });
    // Zod and the file format load only now, when someone imports.
    const [{ parseProgressFile }, text] = await Promise.all([import("@/lib/transfer/import-progress"), f.text()]);
    const result = parseProgressFile(text, Date.now());
    if (!result.ok) {
      setError(`${result.reason} Nothing was changed.`);
      return reset();
    }
    setPhase({ kind: "confirm", file: result.file, name: f.name, setAside: result.setAside });
  };
  const apply = (mode: "replace" | "merge") => {
    if (phase.kind !== "confirm") return;
    const result = api.getState().importProgress({ file: phase.file, mode, now: Date.now() });
    // The question and its buttons are gone: focus goes back to the file control, not to the page top.
    cancel();
    if (result === "read-only") setError(READ_ONLY);
    else if (result === "no-room")
      setError(
        "There is no room to keep a backup of your current progress, so nothing was imported. Free some storage and try again.",
      );
    else
      onDone(
        mode === "replace"
          ? "Progress replaced by the imported file. A backup of what was here is kept."
          : "Progress merged with the imported file. A backup of what was here is kept.",
      );
  };

  return (
    <div className="stack">
      <div>
        <label htmlFor="import-file" className={styles.fileLabel}>
          Import a progress file (.json, at most 5 MB)
        </label>
        <input
          id="import-file"
          ref={input}
          type="file"
          accept="application/json,.json"
          className={styles.fileInput}
          onChange={(e) => void onFile(e.target.files?.[0])}
          disabled={phase.kind === "confirm"}
        />
      </div>
      {phase.kind === "checking" && <p className="muted">Checking the file…</p>}
      {phase.kind === "confirm" && (
        <div className="notice stack" role="group" aria-labelledby="import-confirm">
          <p id="import-confirm" ref={question} tabIndex={-1}>
            <strong>{phase.name}</strong> holds{" "}
            {count(phase.file.quiz.attempts.length, "finished quiz", "finished quizzes")},{" "}
            {count(phase.file.cards.cards.length, "card", "cards")} and{" "}
            {count(reviewTotal(phase.file.cards), "review", "reviews")}, exported{" "}
            {formatLongDateTime(phase.file.exportedAt)}.{" "}
            {phase.setAside !== undefined &&
              `${count(phase.setAside, "record", "records")} of it could not be read and will be left out. `}
            What should happen to the progress in this browser? A backup of it is kept either way.
          </p>
          <div className={styles.actions}>
            <button type="button" className="button danger" onClick={() => apply("replace")}>
              Replace my progress
            </button>
            <button type="button" className="button" onClick={() => apply("merge")}>
              Merge into my progress
            </button>
            <button type="button" className="button secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div role="alert">{error && <p className="notice error">{error}</p>}</div>
    </div>
  );
}
