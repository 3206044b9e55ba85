// Loaded on demand (it brings Zod): the cards of the saved store, read as the store reads them on load.
import type { CardsData } from "@/lib/schemas/cards";
import { PERSIST_VERSION } from "@/lib/store/persisted-keys";
import { migratePersisted, validatePersisted } from "@/lib/store/read-back";

/**
 * The cards slice of a saved store's text (`{ state, version }`), migrated and validated with the store's own
 * schema (a record that fails is left out, as on load), or null when there is none to read: not JSON, from a
 * newer version, or without cards. Read only to show counts; nothing is written.
 */
export function savedCards(raw: string, now: number): CardsData | null {
  try {
    const saved = JSON.parse(raw) as { state?: unknown; version?: unknown };
    const version = typeof saved?.version === "number" ? saved.version : 0;
    if (version > PERSIST_VERSION) return null;
    const result = validatePersisted(migratePersisted(saved.state, version, now));
    return result.ok ? (result.data.cards ?? null) : null;
  } catch {
    return null;
  }
}
