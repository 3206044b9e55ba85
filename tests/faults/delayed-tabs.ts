// localStorage as Chromium's tabs see it: each tab (its own process) reads and writes its own copy at once;
// another tab's write reaches that copy, with its `storage` event, only when delivered (a few ms later).
import type { KeyValueStorage } from "@/lib/store/storage";
import type { Store } from "./helpers";
import { STORE_NAME, openTab } from "./helpers";

type Message = { key: string; value: string | null };

/** One tab: its storage, its own copy of what is saved, the writes it has not heard of yet, its app store. */
export type DelayedTab = { kv: KeyValueStorage; copy: Map<string, string>; inbox: Message[]; store?: Store };

/** A shared storage (`disk`: what a reload reads) with tabs whose copies hear of each other's writes late. */
export function delayedStorage(initial: Record<string, string> = {}) {
  const disk = new Map(Object.entries(initial));
  const tabs: DelayedTab[] = [];
  /** Writes to the store's key, by any tab. */
  let writes = 0;

  const send = (from: DelayedTab, key: string, value: string | null) => {
    if (value === null) disk.delete(key);
    else disk.set(key, value);
    if (key === STORE_NAME) writes++;
    for (const t of tabs) if (t !== from) t.inbox.push({ key, value });
  };

  /** A tab's view of the storage (what it has heard of so far). */
  function view(): DelayedTab {
    const copy = new Map(disk);
    const tab: DelayedTab = {
      copy,
      inbox: [],
      kv: {
        getItem: (k) => copy.get(k) ?? null,
        setItem: (k, v) => (copy.set(k, v), send(tab, k, v)),
        removeItem: (k) => (copy.delete(k), send(tab, k, null)),
      },
    };
    tabs.push(tab);
    return tab;
  }

  /** Delivers the oldest write `tab` has not heard of: its copy takes the value, then its storage event fires. */
  async function deliver(tab: DelayedTab): Promise<boolean> {
    const m = tab.inbox.shift();
    if (!m) return false;
    if (m.value === null) tab.copy.delete(m.key);
    else tab.copy.set(m.key, m.value);
    // As the provider does: only the store's own key concerns it.
    if (m.key === STORE_NAME && tab.store) await tab.store.mergeFromOtherTab();
    return true;
  }

  /** Delivers everything, turn about, until no tab has anything left to hear; fails if that never ends. */
  async function drain(max = 50): Promise<number> {
    let delivered = 0;
    while (tabs.some((t) => t.inbox.length > 0)) {
      for (const t of tabs) if (await deliver(t)) delivered++;
      if (delivered > max) throw new Error(`tabs still writing after ${max} deliveries`);
    }
    return delivered;
  }

  /** Opens the app in a new tab (hydrated), listening for the other tabs' writes. */
  async function open(): Promise<Store> {
    const tab = view();
    tab.store = await openTab(tab.kv);
    return tab.store;
  }

  return { disk, tabs, open, view, deliver, drain, writes: () => writes, snapshot: () => Object.fromEntries(disk) };
}
