import type { KeyValueStorage } from "@/lib/store/storage";
import type { SliceCreator } from "@/lib/store/app-state";

/**
 * Something the user must know about their saved data. `corrupt` without a backup key means the raw
 * value could not be copied, so saving is off and the value is still under the store's own key; with
 * `setAside`, only that many records could not be read and the rest was loaded.
 */
export type Notice =
  | { kind: "corrupt"; backupKey?: string; reason: string; setAside?: number }
  | { kind: "newer"; version: number }
  | { kind: "write-failed" }
  /** The code that reads saved data did not load (offline mid-deploy): nothing was read or will be written. */
  | { kind: "unavailable" };

export type MetaSlice = {
  meta: {
    /** False until saved data has been read; components render stored numbers only after. */
    hydrated: boolean;
    /** True when nothing will be saved (data from a newer version, or data that could not be backed up). */
    readOnly: boolean;
    notices: Notice[];
  };
  setHydrated(readOnly: boolean): void;
  addNotice(notice: Notice): void;
  dismissNotice(kind: Notice["kind"]): void;
  /** The raw text under a storage key (a backup), for download; null when it is gone. */
  readRaw(key: string): string | null;
};

/** The meta slice: hydration, notices, and raw access for backups. Nothing of it is persisted. */
export function createMetaSlice(kv: KeyValueStorage): SliceCreator<MetaSlice> {
  return (set, get) => ({
    meta: { hydrated: false, readOnly: false, notices: [] },
    setHydrated: (readOnly) => set((s) => ({ meta: { ...s.meta, hydrated: true, readOnly } })),
    addNotice: (notice) => {
      // One notice per kind: a later one replaces an earlier one of the same kind.
      const notices = get().meta.notices;
      const same = notices.find((n) => n.kind === notice.kind);
      if (same && JSON.stringify(same) === JSON.stringify(notice)) return;
      set((s) => ({ meta: { ...s.meta, notices: [...notices.filter((n) => n.kind !== notice.kind), notice] } }));
    },
    dismissNotice: (kind) => {
      if (!get().meta.notices.some((n) => n.kind === kind)) return;
      set((s) => ({ meta: { ...s.meta, notices: s.meta.notices.filter((n) => n.kind !== kind) } }));
    },
    readRaw: (key) => {
      try {
        return kv.getItem(key);
      } catch {
        return null;
      }
    },
  });
}
