import { createStore } from "zustand/vanilla";
import { persist } from "zustand/middleware";
import type { PersistedState } from "@/lib/schemas/persisted";
import type { AppState } from "@/lib/store/app-state";
import { createMetaSlice } from "@/lib/store/meta-slice";
import { createQuizSlice } from "@/lib/store/quiz-slice";
import { createCardsSlice } from "@/lib/store/cards-slice";
import { createTombstonesSlice } from "@/lib/store/tombstones-slice";
import { createProgressSlice } from "@/lib/store/progress-slice";
import { persistGuard, type PersistGuard } from "@/lib/store/persist-guard";
import { PERSIST_VERSION, persistedSlices, STORE_NAME } from "@/lib/store/persisted-keys";
import { memoryStorage, type KeyValueStorage } from "@/lib/store/storage";

export { STORE_NAME };

type ReadBack = typeof import("@/lib/store/read-back");

/** Only the persisted slices. */
function partialize(s: AppState): PersistedState {
  const out: Record<string, unknown> = {};
  for (const k of persistedSlices) out[k] = s[k];
  return out as PersistedState;
}

/**
 * Creates the app's one store from its slices: meta (hydration, notices; not saved), quiz, cards and
 * tombstones (saved: `persistedSlices`), and progress (import, reset, forgetting a deck: actions over the
 * others). The saved slices are written to `storage` under `name` with a version (`PERSIST_VERSION`), through
 * a guard that backs up what it cannot read and merges another tab's save (lib/store/persist-guard.ts). What
 * is read back is migrated and validated with Zod by lib/store/read-back.ts, loaded on demand: only when
 * something was saved or another tab's save must be merged.
 * Nothing is read until `store.persist.rehydrate()` (the provider calls it after mount); until then
 * nothing is written either.
 *
 * `clock`: the time migrations and heard saves are read as of (the browser's clock unless a test sets one): the
 * store's one clock, so the code it calls takes "now" as an argument.
 */
export function createAppStore(options: { storage?: KeyValueStorage; name?: string; clock?: () => number } = {}) {
  const clock = options.clock ?? Date.now;
  const kv = options.storage ?? memoryStorage();
  const name = options.name ?? STORE_NAME;
  let readBack: ReadBack | undefined;
  let invalid: { reason: string; setAside?: number } | undefined;
  // The guard reports into the store; it is only called after the store exists (during rehydrate).
  const notify = (fn: (s: AppState) => void): void => fn(store.getState());
  const guard: PersistGuard<PersistedState> = persistGuard<PersistedState>(
    kv,
    name,
    PERSIST_VERSION,
    {
      corrupt: (info) => notify((s) => s.addNotice({ kind: "corrupt", ...info })),
      newer: (version) =>
        notify((s) => {
          s.addNotice({ kind: "newer", version });
          // Found by another tab's save after loading: from now on this tab is read-only too.
          if (s.meta.hydrated) s.setHydrated(true);
        }),
      writeFailed: () => notify((s) => s.addNotice({ kind: "write-failed" })),
      writeOk: () => notify((s) => s.dismissNotice("write-failed")),
      // Two tabs: what the other one saved is merged in before this one saves (lib/store/cross-tab.ts).
      // A save heard of by a `storage` event is merged the other way round (lib/store/cross-tab.ts, mergeHeard).
      pristine: (value) => JSON.stringify((value as { state: PersistedState }).state) === initialJson,
      otherTab: (raw, ours, heard) => {
        const theirs = readBack!.readOtherTab(raw, clock());
        if (!("state" in theirs)) return theirs;
        const mine = (ours as { state: PersistedState }).state;
        const { state, adds } = heard
          ? readBack!.mergeHeard(mine, theirs.state)
          : { state: readBack!.mergeTabs(mine, theirs.state), adds: true };
        store.setState(state);
        return { save: { state, version: PERSIST_VERSION }, adds };
      },
    },
    {
      load: async () => {
        readBack ??= await import("@/lib/store/read-back");
      },
      loaded: () => readBack !== undefined,
    },
  );

  const store = createStore<AppState>()(
    persist(
      (...a) => ({
        ...createMetaSlice(kv)(...a),
        ...createQuizSlice(...a),
        ...createCardsSlice(...a),
        ...createTombstonesSlice(...a),
        ...createProgressSlice(kv)(...a),
      }),
      {
        name,
        version: PERSIST_VERSION,
        storage: guard,
        skipHydration: true,
        partialize,
        // Both run after the guard's read, which has loaded `readBack`.
        migrate: (state, version) => readBack!.migratePersisted(state, version, clock()) as PersistedState,
        merge: (persisted, current) => {
          if (persisted === undefined || !readBack) return current;
          const result = readBack.validatePersisted(persisted);
          // Quarantined after the merge (so its notice survives the merged state being set). Data from
          // a newer version that this one cannot read is left untouched instead: it is read-only.
          if (!result.ok) {
            if (!guard.isReadOnly()) invalid = { reason: `saved data failed validation (${result.reason})` };
            return current;
          }
          // Records that could not be read are set aside (kept in the backup); the rest loads.
          if (result.aside.length > 0 && !guard.isReadOnly()) {
            invalid = {
              reason: `saved data failed validation (${result.reason}); set aside: ${result.aside.slice(0, 5).join(", ")}${result.aside.length > 5 ? ", …" : ""}`,
              setAside: result.aside.length,
            };
          }
          const slices = Object.fromEntries(Object.entries(result.data).filter(([, v]) => v !== undefined));
          return { ...current, ...slices };
        },
        onRehydrateStorage:
          () =>
          (_state, error): void => {
            if (error && !readBack) {
              // The validation code did not load: nothing was read, so nothing may be written over it.
              notify((s) => s.addNotice({ kind: "unavailable" }));
              store.getState().setHydrated(true);
              return;
            }
            if (error) guard.quarantine(`saved data could not be migrated: ${String(error)}`);
            else if (invalid) guard.quarantine(invalid.reason, invalid.setAside);
            invalid = undefined;
            guard.setReady();
            store.getState().setHydrated(guard.isReadOnly());
          },
      },
    ),
  );
  // The persisted data as the store starts, before anything is read: not worth saving on its own.
  const initialJson = JSON.stringify(partialize(store.getState()));
  /**
   * Another tab saved (the provider calls this on a `storage` event for the store's key): its save is merged
   * into this tab's state, not put in its place, so work this tab saved that the other had not seen yet is
   * kept (and written back). Before hydration, or read-only, the save is read as on load instead.
   */
  const mergeFromOtherTab = async (): Promise<void> => {
    const ours = () => ({ state: partialize(store.getState()), version: PERSIST_VERSION });
    if (!(await guard.mergeFromOtherTab(name, ours))) await store.persist.rehydrate();
  };
  return Object.assign(store, { mergeFromOtherTab });
}

export type AppStore = ReturnType<typeof createAppStore>;
