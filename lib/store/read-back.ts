// Loaded on demand when saved data is read, so Zod stays out of the first JavaScript a page loads.
import { persistedStateSchema, type PersistedState } from "@/lib/schemas/persisted";

export { migratePersisted } from "@/lib/store/migrations";
export { mergeHeard, mergeTabs, readOtherTab } from "@/lib/store/cross-tab";

/** Validates migrated saved state; on failure, says why in one line. */
export function validatePersisted(state: unknown): { ok: true; data: PersistedState } | { ok: false; reason: string } {
  const parsed = persistedStateSchema.safeParse(state);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `${issue?.path.join(".") || "state"}: ${issue?.message ?? "invalid"}` };
}
