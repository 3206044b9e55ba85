// Loaded on demand when saved data is read, so Zod stays out of the first JavaScript a page loads.
import { persistedStateSchema, type PersistedState } from "@/lib/schemas/persisted";
import { describeIssue } from "@/lib/schemas/issues";
import { salvagePersisted } from "@/lib/store/salvage";

export { migratePersisted } from "@/lib/store/migrations";
export { mergeHeard, mergeTabs, readOtherTab } from "@/lib/store/cross-tab";

/**
 * Validates migrated saved state. A record that fails is set aside (`aside` lists where, the reason says why
 * in one line), the rest is kept; it fails only when nothing can be read as state.
 */
export function validatePersisted(
  state: unknown,
): { ok: true; data: PersistedState; aside: string[]; reason?: string } | { ok: false; reason: string } {
  const parsed = persistedStateSchema.safeParse(state);
  if (parsed.success) return { ok: true, data: parsed.data, aside: [] };
  const reason = describeIssue(parsed.error, "state");
  const salvaged = salvagePersisted(state);
  return salvaged.ok ? { ...salvaged, reason } : { ok: false, reason };
}
