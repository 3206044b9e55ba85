import { PROGRESS_FORMAT_VERSION, progressFileSchema, type ProgressFile } from "@/lib/schemas/progress-file";
import { persistedStateSchema } from "@/lib/schemas/persisted";
import { firstIssue } from "@/lib/schemas/issues";
import { checkFileSize } from "@/lib/transfer/file-size";
import { progressFromFile } from "@/lib/transfer/merge-progress";
import { buildProgressFile } from "@/lib/transfer/export-progress";
import { migratePersisted } from "@/lib/store/migrations";
import { validatePersisted } from "@/lib/store/read-back";
import { PERSIST_VERSION } from "@/lib/store/persisted-keys";
import { emptyQuizData } from "@/lib/quiz/history";
import { emptyCardsData } from "@/lib/srs/defaults";

/** A file checked and ready to import; `setAside` records of a backup could not be read and are left out. */
export type ImportResult = { ok: true; file: ProgressFile; setAside?: number } | { ok: false; reason: string };

type SavedState = { version: number; state: unknown };
const isSavedState = (d: unknown): d is SavedState =>
  typeof d === "object" && d !== null && !("app" in d) && typeof (d as SavedState).version === "number" && "state" in d;

/**
 * The backup the saved-data notice downloads (the store's saved value, kept byte for byte): read exactly as a
 * load reads it (migrated, then each record checked, what cannot be read set aside), as a progress file.
 */
function fromSavedState(saved: SavedState, now: number): ImportResult {
  if (saved.version > PERSIST_VERSION) {
    return {
      ok: false,
      reason: `This backup was saved by a newer version of Factdeck (version ${saved.version}); this app reads version ${PERSIST_VERSION}. Update the app first.`,
    };
  }
  let result: ReturnType<typeof validatePersisted>;
  try {
    result = validatePersisted(migratePersisted(saved.state, saved.version, now));
  } catch (e) {
    return { ok: false, reason: `This backup could not be read (${String(e)}).` };
  }
  if (!result.ok) return { ok: false, reason: `This backup could not be read (${result.reason}).` };
  const { quiz = emptyQuizData(), cards = emptyCardsData() } = result.data;
  const file = buildProgressFile(quiz, cards, now);
  return result.aside.length > 0 ? { ok: true, file, setAside: result.aside.length } : { ok: true, file };
}

// Whether the text ends inside a string or with brackets still open: a file cut short, not a wrong one.
function leftOpen(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
  }
  return inString || depth > 0;
}

function damaged(error: Parameters<typeof firstIssue>[0]): ImportResult {
  const { path, message } = firstIssue(error);
  return { ok: false, reason: `This progress file is damaged${path && ` at ${path}`}: ${message}.` };
}

/**
 * Reads a progress file's text: size, JSON, `__proto__` keys (refused outright: merged
 * carelessly, they replace object prototypes), the format version, then the schema. Returns the file or a clear reason.
 * `now` dates a saved-data backup turned into a progress file (it has no export time of its own).
 */
export function parseProgressFile(text: string, now = 0): ImportResult {
  const tooBig = checkFileSize(new TextEncoder().encode(text).length);
  if (tooBig) return tooBig;
  if (text.trim() === "") return { ok: false, reason: "This file is empty." };
  let forbidden: string | null = null;
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (key === "__proto__") forbidden ??= key;
      return value;
    });
  } catch (e) {
    const truncated = /end of (JSON )?(data|input)|Unterminated/i.test(String(e)) || leftOpen(text);
    return {
      ok: false,
      reason: truncated
        ? "This file is cut short (truncated): it is not a complete progress file."
        : "This file is not valid JSON, so it is not a Factdeck progress file.",
    };
  }
  if (forbidden) return { ok: false, reason: `This file contains a forbidden key "${forbidden}" and was refused.` };
  if (isSavedState(data)) return fromSavedState(data, now);
  if (
    typeof data !== "object" ||
    data === null ||
    Array.isArray(data) ||
    (data as { app?: unknown }).app !== "factdeck"
  ) {
    const isDeck = typeof data === "object" && data !== null && "article" in data && "questions" in data;
    return {
      ok: false,
      reason: isDeck
        ? "This is a deck file, not progress: open it on the New deck page."
        : "This is not a Factdeck progress file.",
    };
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === "number" && version > PROGRESS_FORMAT_VERSION) {
    return {
      ok: false,
      reason: `This file was made by a newer version of Factdeck (format ${version}); this app reads format ${PROGRESS_FORMAT_VERSION}. Update the app first.`,
    };
  }
  const parsed = progressFileSchema.safeParse(data);
  if (!parsed.success) return damaged(parsed.error);
  // Then as the store would hold it, checked with the very schema saved data is read with: what is
  // imported can be read back after a reload.
  const held = persistedStateSchema.safeParse(progressFromFile(parsed.data));
  if (!held.success) return damaged(held.error);
  return { ok: true, file: parsed.data };
}
