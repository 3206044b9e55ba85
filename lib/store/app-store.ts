import { createStore } from "zustand/vanilla";
import { persist } from "zustand/middleware";
import { PERSIST_VERSION, persistedKeys, persistedStateSchema, type PersistedState } from "@/lib/schemas/persisted";
import type { AppState } from "@/lib/store/app-state";
import { createMetaSlice } from "@/lib/store/meta-slice";
import { createQuizSlice } from "@/lib/store/quiz-slice";
import { migratePersisted } from "@/lib/store/migrations";
import { persistGuard, type PersistGuard } from "@/lib/store/persist-guard";
import { memoryStorage, type KeyValueStorage } from "@/lib/store/storage";

/** The storage key the store is saved under; backups go to `<name>:backup:<n>`. */
export const STORE_NAME = "factdeck";

/** Only the persisted slices, by the keys of the persisted schema. */
function partialize(s: AppState): PersistedState {
  const out: Record<string, unknown> = {};
  for (const k of persistedKeys) out[k] = s[k];
  return out as PersistedState;
}

/**
 * Creates the app's one store: slices for meta and quiz (and later ones), persisted to `storage` with a
 * version, migrations, and validation of what is read back. Nothing is read until
 * `store.persist.rehydrate()` (the provider calls it after mount); until then nothing is written either.
 */
export function createAppStore(options: { storage?: KeyValueStorage; name?: string } = {}) {
  const kv = options.storage ?? memoryStorage();
  const name = options.name ?? STORE_NAME;
  // The guard reports into the store; it is only called after the store exists (during rehydrate).
  const notify = (fn: (s: AppState) => void): void => fn(store.getState());
  const guard: PersistGuard<PersistedState> = persistGuard<PersistedState>(kv, name, PERSIST_VERSION, {
    corrupt: (info) => notify((s) => s.addNotice({ kind: "corrupt", ...info })),
    newer: (version) => notify((s) => s.addNotice({ kind: "newer", version })),
    writeFailed: () => notify((s) => s.addNotice({ kind: "write-failed" })),
    writeOk: () => notify((s) => s.dismissNotice("write-failed")),
  });

  let invalid: string | undefined;
  const store = createStore<AppState>()(
    persist(
      (...a) => ({ ...createMetaSlice(kv)(...a), ...createQuizSlice(...a) }),
      {
        name,
        version: PERSIST_VERSION,
        storage: guard,
        skipHydration: true,
        partialize,
        migrate: (state, version) => migratePersisted(state, version) as PersistedState,
        merge: (persisted, current) => {
          if (persisted === undefined) return current;
          const parsed = persistedStateSchema.safeParse(persisted);
          if (!parsed.success) {
            // Data from a newer version that we cannot read stays untouched (read-only); anything else is backed up.
            // (Quarantined after the merge, so its notice is not lost when the merged state is set.)
            if (!guard.isReadOnly()) invalid = `saved data failed validation: ${parsed.error.issues[0]?.message ?? "invalid"}`;
            return current;
          }
          const slices = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
          return { ...current, ...slices };
        },
        onRehydrateStorage: () => (_state, error): void => {
          if (error) guard.quarantine(`saved data could not be migrated: ${String(error)}`);
          else if (invalid) guard.quarantine(invalid);
          invalid = undefined;
          guard.setReady();
          store.getState().setHydrated(guard.isReadOnly());
        },
      },
    ),
  );
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
