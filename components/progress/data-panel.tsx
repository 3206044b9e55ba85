import { defaultCardSettings } from "@/lib/srs/defaults";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useAppStore, useAppStoreApi } from "@/components/store/store-provider";
import { buildProgressFile, progressFileName, serializeProgress } from "@/lib/transfer/export-progress";
import { downloadFile } from "@/components/ui/download-file";
import { ImportProgress } from "./import-progress";
import { READ_ONLY } from "./read-only";
import styles from "./progress.module.css";

export type AnkiExport = { deckId: string; title: string; fileName: string; text: string };

/** Your data: export and import progress, the backup, Anki exports, the daily new-card limit, reset. */
export function DataPanel({ ankiExports }: { ankiExports: readonly AnkiExport[] }) {
  const api = useAppStoreApi();
  const hydrated = useAppStore((s) => s.meta.hydrated);
  const limit = useAppStore((s) => s.cards.settings.dailyNewLimit);
  // What is typed in the limit box while it is not a limit the settings take (null: the box shows the limit).
  const [limitText, setLimitText] = useState<string | null>(null);
  const [message, setMessage] = useState<ReactNode>("");
  const [confirmReset, setConfirmReset] = useState(false);
  const [resetError, setResetError] = useState("");
  // Bumped by every other action that succeeds: the import control starts afresh, so an old import
  // error is not left beside the news of a later export or reset.
  const [imports, setImports] = useState(0);
  const done = (m: string) => {
    setMessage(m);
    setResetError("");
  };
  const resetQuestion = useRef<HTMLParagraphElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // Focus follows the confirmation: into the question when it opens, back to the button when it closes.
  useEffect(() => {
    if (confirmReset) resetQuestion.current?.focus();
    else if (wasConfirming.current) resetButton.current?.focus();
    wasConfirming.current = confirmReset;
  }, [confirmReset]);

  // Re-read after every action that reports a message (an import or reset writes the backup).
  const hasBackup = useMemo(
    () => hydrated && message !== null && api.getState().readProgressBackup() !== null,
    [hydrated, api, message],
  );

  const exportProgress = () => {
    const now = Date.now();
    const s = api.getState();
    downloadFile(serializeProgress(buildProgressFile(s.quiz, s.cards, now)), progressFileName(now), "application/json");
    done("Progress exported.");
    setImports((n) => n + 1);
  };
  const downloadBackup = () => {
    const raw = api.getState().readProgressBackup();
    if (raw) downloadFile(raw, "factdeck-progress-backup.json", "application/json");
  };
  const reset = () => {
    setConfirmReset(false);
    const result = api.getState().resetProgress(Date.now());
    if (result === "done") {
      done("Progress reset. A backup of it is kept.");
      setImports((n) => n + 1);
    } else
      setResetError(result === "read-only" ? READ_ONLY : "There is no room to keep a backup, so nothing was reset.");
  };

  return (
    <div className="stack">
      <section aria-labelledby="h-export" className={`card stack ${styles.panel}`}>
        <h3 id="h-export">Export and import</h3>
        <p className="meta">
          One JSON file with your quiz history, cards and reviews, to move them to another browser.
        </p>
        <div className={styles.actions}>
          <button type="button" className="button" onClick={exportProgress} disabled={!hydrated}>
            Export progress
          </button>
          {hasBackup && (
            <button type="button" className="button secondary" onClick={downloadBackup}>
              Download the backup
            </button>
          )}
        </div>
        {hydrated && <ImportProgress key={imports} onDone={done} />}
      </section>

      <section aria-labelledby="h-anki" className={`card stack ${styles.panel}`}>
        <h3 id="h-anki">Export for Anki</h3>
        <p className="meta">
          A text file Anki imports (File › Import) as notes of its Basic type: the question on the front, the answer and
          its sentence on the back; importing it again updates the notes.
        </p>
        <ul className={styles.ankiList}>
          {ankiExports.map((d) => (
            <li key={d.deckId}>
              <bdi className={styles.ankiTitle}>{d.title}</bdi>
              <button
                type="button"
                className="button secondary"
                aria-label={`Download for Anki: ${d.title}`}
                onClick={() => {
                  downloadFile(d.text, d.fileName, "text/plain");
                  setMessage(
                    <>
                      Exported “<bdi>{d.title}</bdi>” for Anki.
                    </>,
                  );
                }}
              >
                Download for Anki
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="h-settings" className={`card stack ${styles.panel}`}>
        <h3 id="h-settings">Review settings</h3>
        <div>
          <label htmlFor="new-limit" className={styles.fileLabel}>
            New cards per day
          </label>
          <input
            id="new-limit"
            type="number"
            min={0}
            max={9999}
            step={1}
            className={styles.limit}
            disabled={!hydrated}
            value={limitText ?? limit}
            aria-invalid={limitText !== null || undefined}
            aria-describedby={limitText !== null ? "new-limit-error" : undefined}
            onChange={(e) => {
              // A whole number from 0 to 9999 is kept; anything else is said, not silently changed.
              const v = e.target.value;
              const n = Number(v);
              if (v !== "" && Number.isInteger(n) && n >= 0 && n <= 9999) {
                api.getState().setDailyNewLimit(n);
                setLimitText(null);
              } else setLimitText(v);
            }}
          />
          {limitText !== null && (
            <p id="new-limit-error" className="notice error">
              New cards per day is a whole number from 0 to 9999; it stays {limit} until then.
            </p>
          )}
        </div>
      </section>

      <section aria-labelledby="h-reset" className={`card stack ${styles.panel}`}>
        <h3 id="h-reset">Reset</h3>
        <p className="meta">
          Deletes your quiz history, cards and reviews from this browser, and sets New cards per day back to{" "}
          {defaultCardSettings.dailyNewLimit}. A backup is kept until the next reset or import.
        </p>
        {confirmReset ? (
          <div className="notice error stack" role="group" aria-labelledby="reset-confirm">
            <p id="reset-confirm" ref={resetQuestion} tabIndex={-1}>
              <strong>Delete all your progress in this browser?</strong>
            </p>
            <div className={styles.actions}>
              <button type="button" className="button danger" onClick={reset}>
                Yes, reset my progress
              </button>
              <button type="button" className="button secondary" onClick={() => setConfirmReset(false)}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <div>
            <button
              ref={resetButton}
              type="button"
              className="button danger"
              onClick={() => {
                setResetError("");
                setConfirmReset(true);
              }}
              disabled={!hydrated}
            >
              Reset progress…
            </button>
          </div>
        )}
        <div role="alert">{resetError && <p className="notice error">{resetError}</p>}</div>
      </section>
      <p role="status" className="muted">
        {message}
      </p>
    </div>
  );
}
