import type { PersistStorage, StorageValue } from "zustand/middleware";
import type { KeyValueStorage } from "@/lib/store/storage";
import { keepBackup } from "@/lib/store/backups";

/** What the guard reports to the store, which turns it into notices. */
export type GuardEvents = {
  /** Saved data could not be used. `backupKey` holds the raw value; without it, saving is off. */
  corrupt(info: { backupKey?: string; reason: string; setAside?: number }): void;
  /** Saved data comes from a newer app version: it is used read-only. */
  newer(version: number): void;
  writeFailed(): void;
  writeOk(): void;
  /**
   * Another tab saved `raw` since this tab last read or wrote it: the state to save instead of `ours` (both
   * merged, and set in the store), or why it cannot be merged. Without this handler the other tab's save is
   * overwritten. `heard`: the save came by a `storage` event, not found before a write; then `adds` says
   * whether the merged state holds anything `raw` lacks (only then is it written back).
   */
  /**
   * True when a state to save holds nothing the user made (the store's data as it starts). While nothing is
   * saved, such a state is not written: a visit that changes nothing leaves no saved data behind.
   */
  pristine?(value: unknown): boolean;
  otherTab?(
    raw: string,
    ours: unknown,
    heard: boolean,
  ): { save: unknown; adds?: boolean } | { newer: number } | { unreadable: string };
};

/** A persist storage around a KeyValueStorage that never lets a write destroy data it could not read. */
export type PersistGuard<S> = PersistStorage<S, void> & {
  /**
   * Keeps the raw saved value as a backup (or turns saving off if that fails); `setAside` records of it could
   * not be read (the rest was), or all of it when absent.
   */
  quarantine(reason: string, setAside?: number): void;
  /** Writes are held back until hydration is over, so nothing read is overwritten before it is checked. */
  setReady(): void;
  isReadOnly(): boolean;
  /**
   * Another tab saved (a `storage` event for `key`): its save is merged into this tab's state (`ours()`), and
   * the result written back when it holds something that save lacks. Resolves false when this tab cannot
   * merge (not hydrated yet, read-only, or the merge code did not load): the caller reads the save instead.
   */
  mergeFromOtherTab(key: string, ours: () => StorageValue<S>): Promise<boolean>;
};

/**
 * The code that reading saved data needs (the store's validation and merge code, loaded on demand):
 * `load` is awaited before saved data is returned and before another tab's save is merged; `loaded` says
 * whether it is there already. With nothing saved, nothing is loaded (a first visit never pays for it).
 */
export type ReadCode = { load: () => Promise<void>; loaded: () => boolean };

const UNREADABLE = Symbol("unreadable");

const alwaysLoaded: ReadCode = { load: async () => {}, loaded: () => true };

/** Creates the guarded persist storage for the store saved under `name` at `version`. */
export function persistGuard<S>(
  kv: KeyValueStorage,
  name: string,
  version: number,
  events: GuardEvents,
  code: ReadCode = alwaysLoaded,
): PersistGuard<S> {
  let ready = false;
  let readOnly = false;
  let lastRaw: string | null = null;
  let lastWritten: string | null = null;
  let reporting = false;
  let merging = false;
  // The state this tab held when it last declined to answer a rejected save: not written until it changes.
  let unchanged: string | null = null;
  // A save held back while the merge code loads (another tab had saved): written once it is there.
  let held: { key: string; value: StorageValue<S> } | null = null;

  // The saved value, or UNREADABLE (reported: nothing may then be written over it).
  const read = (key: string): string | null | typeof UNREADABLE => {
    try {
      return kv.getItem(key);
    } catch (e) {
      lastRaw = null;
      readOnly = true; // Cannot read, so cannot back up: writing would risk what is there.
      events.corrupt({ reason: `storage could not be read (${String(e)})` });
      return UNREADABLE;
    }
  };

  // Writes `s` unless storage holds it already (as far as this tab knows); reports the outcome.
  const write = (key: string, s: string): void => {
    if (s === lastWritten) return;
    try {
      kv.setItem(key, s);
      lastWritten = s;
      if (!reporting) events.writeOk();
    } catch {
      // Reporting sets state, which writes again: report once per failure, not in a loop.
      if (reporting) return;
      reporting = true;
      try {
        events.writeFailed();
      } finally {
        reporting = false;
      }
    }
  };

  // Merges another tab's save `current` into `ours`: the handler sets the result in the store (the save that
  // causes is skipped: the caller writes). Returns what to write, or null when nothing may or need be.
  const mergeIn = (current: string, ours: StorageValue<S>, heard: boolean): StorageValue<S> | null => {
    // Storage holds `current` now: a write is skipped only when it is that, never because it is what this
    // tab wrote before the other tab saved (that would leave the other tab's save without this tab's work).
    lastWritten = current;
    merging = true;
    let outcome: ReturnType<NonNullable<GuardEvents["otherTab"]>>;
    try {
      outcome = events.otherTab!(current, ours, heard);
    } finally {
      merging = false;
    }
    if ("newer" in outcome) {
      readOnly = true;
      events.newer(outcome.newer);
      return null;
    }
    if ("unreadable" in outcome) {
      // Backed up here, so it may be written over, but only by this tab's next change: a save heard of and
      // rejected is never answered with a write (nor is the notice it raises), or two tabs that read each
      // other's saves differently would write back and forth for ever.
      lastRaw = current;
      if (heard) unchanged = JSON.stringify(ours);
      guard.quarantine(outcome.unreadable);
      return heard || readOnly ? null : ours;
    }
    return heard && !outcome.adds ? null : (outcome.save as StorageValue<S>);
  };

  const guard: PersistGuard<S> = {
    async getItem(key) {
      ready = false;
      readOnly = false;
      unchanged = null;
      let raw = read(key);
      if (raw === UNREADABLE) return null;
      if (raw !== null && !code.loaded()) {
        await code.load();
        raw = read(key); // Again: another tab may have saved while the code loaded.
        if (raw === UNREADABLE) return null;
      }
      lastRaw = raw;
      lastWritten = raw;
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        guard.quarantine("saved data is not valid JSON");
        return null;
      }
      const value = parsed as Partial<StorageValue<S>> | null;
      if (
        typeof value !== "object" ||
        value === null ||
        typeof value.version !== "number" ||
        typeof value.state !== "object"
      ) {
        guard.quarantine("saved data has no version and state");
        return null;
      }
      if (value.version > version) {
        readOnly = true;
        events.newer(value.version);
      }
      return value as StorageValue<S>;
    },
    setItem(key, value) {
      if (!ready || readOnly || merging) return;
      if (lastWritten === null && events.pristine?.(value)) return;
      let current: string | null = lastWritten;
      try {
        current = kv.getItem(key);
      } catch {
        // Unreadable just now: write as if no other tab had saved.
      }
      if (current !== null && current !== lastWritten && events.otherTab) {
        if (!code.loaded()) {
          // Merging needs code not loaded yet (nothing was saved when this tab read): hold the newest
          // state back until it is. Nothing is written over the other tab's save before it is merged.
          const first = held === null;
          held = { key, value };
          if (first) {
            void code.load().then(
              () => {
                const h = held;
                held = null;
                if (h) guard.setItem(h.key, h.value);
              },
              () => {
                held = null;
                events.writeFailed();
              },
            );
          }
          return;
        }
        const merged = mergeIn(current, value, false);
        if (merged === null) return;
        value = merged;
      }
      const json = JSON.stringify(value);
      if (json === unchanged) return;
      unchanged = null;
      write(key, json);
    },
    removeItem(key) {
      if (!readOnly) kv.removeItem(key);
    },
    quarantine(reason, setAside) {
      if (lastRaw === null) return;
      const some = setAside === undefined ? {} : { setAside };
      try {
        events.corrupt({ backupKey: keepBackup(kv, name, lastRaw), reason, ...some });
      } catch (e) {
        readOnly = true;
        events.corrupt({ reason: `${reason}; the backup failed too (${String(e)})`, ...some });
      }
    },
    setReady() {
      ready = true;
    },
    isReadOnly: () => readOnly,
    async mergeFromOtherTab(key, ours) {
      if (!ready || readOnly || !events.otherTab) return false;
      if (!code.loaded()) {
        try {
          await code.load();
        } catch {
          return false;
        }
        if (!ready || readOnly) return false;
      }
      // The save as this tab sees it now (it may be newer than the event that brought the news).
      const current = read(key);
      if (current === UNREADABLE || current === null || current === lastWritten) return true;
      const merged = mergeIn(current, ours(), true);
      if (merged !== null) write(key, JSON.stringify(merged));
      return true;
    },
  };
  return guard;
}
