import { PROGRESS_FORMAT_VERSION, progressFileSchema, type ProgressFile } from "@/lib/schemas/progress-file";
import { checkFileSize } from "@/lib/transfer/file-size";

export type ImportResult = { ok: true; file: ProgressFile } | { ok: false; reason: string };


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

/**
 * Reads a progress file's text: size, JSON, `__proto__` keys (refused outright: merged
 * carelessly, they replace object prototypes), the format version, then the schema. Returns the file or a clear reason.
 */
export function parseProgressFile(text: string): ImportResult {
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
      reason: truncated ? "This file is cut short (truncated): it is not a complete progress file." : "This file is not valid JSON, so it is not a Factdeck progress file.",
    };
  }
  if (forbidden) return { ok: false, reason: `This file contains a forbidden key "${forbidden}" and was refused.` };
  if (typeof data !== "object" || data === null || Array.isArray(data) || (data as { app?: unknown }).app !== "factdeck") {
    const isDeck = typeof data === "object" && data !== null && "article" in data && "questions" in data;
    return { ok: false, reason: isDeck ? "This is a deck file, not progress: open it on the New deck page." : "This is not a Factdeck progress file." };
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === "number" && version > PROGRESS_FORMAT_VERSION) {
    return { ok: false, reason: `This file was made by a newer version of Factdeck (format ${version}); this app reads format ${PROGRESS_FORMAT_VERSION}. Update the app first.` };
  }
  const parsed = progressFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
    return { ok: false, reason: `This progress file is damaged${where}: ${issue?.message ?? "it does not match the format"}.` };
  }
  return { ok: true, file: parsed.data };
}
