/** Largest progress file accepted; checked on the file's size, before it is read or parsed. */
export const MAX_PROGRESS_FILE_BYTES = 5 * 1024 * 1024;

/** A refusal for a file over 5 MB, judged by its size alone (before reading it), or null when the size is fine. */
export function checkFileSize(bytes: number): { ok: false; reason: string } | null {
  if (bytes > MAX_PROGRESS_FILE_BYTES) {
    return {
      ok: false,
      reason: `This file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB); a progress file is at most 5 MB.`,
    };
  }
  return null;
}
