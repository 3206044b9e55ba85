// Kept apart from the Zod schemas so the store can be created without loading Zod (it loads with the data).

/** The version of the persisted shape this app writes. Bump it with a migration in lib/store/migrations.ts. */
export const PERSIST_VERSION = 3;

/** The store keys that are saved: one per slice with persisted data (must match persistedStateSchema). */
export const persistedSlices = ["quiz", "cards", "tombstones"] as const;

/** The storage key the store is saved under; backups go to `<name>:backup:<n>`. */
export const STORE_NAME = "factdeck";

/** The window event a page's store sends with its cards (validated) whenever they change: the header's count hears it. */
export const CARDS_EVENT = "factdeck:cards";
