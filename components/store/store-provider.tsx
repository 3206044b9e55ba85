"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { createAppStore, STORE_NAME, type AppStore } from "@/lib/store/app-store";
import type { AppState } from "@/lib/store/app-state";
import { browserStorage } from "@/lib/store/storage";
import { CARDS_EVENT } from "@/lib/store/persisted-keys";

const AppStoreContext = createContext<AppStore | null>(null);

/**
 * Holds one app store per provider (zustand's Next.js pattern). Saved data is read after mount, so the
 * server HTML and the first client render agree; components show stored numbers once `meta.hydrated`.
 * Inside another AppStoreProvider it only passes its children through: one store per page, always.
 */
export function AppStoreProvider({ children }: { children: ReactNode }) {
  const parent = useContext(AppStoreContext);
  return parent ? <>{children}</> : <RootStoreProvider>{children}</RootStoreProvider>;
}

function RootStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createAppStore({ storage: browserStorage() }));
  useEffect(() => {
    void store.persist.rehydrate();
    // Another tab saved: merge its save in (both tabs' work is kept; see createAppStore).
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORE_NAME) void store.mergeFromOtherTab();
    };
    window.addEventListener("storage", onStorage);
    // The cards as they change, for the counts outside the store's pages (components/ui/use-saved-cards.ts).
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.meta.hydrated && (s.cards !== prev.cards || !prev.meta.hydrated))
        window.dispatchEvent(new CustomEvent(CARDS_EVENT, { detail: s.cards }));
    });
    return () => {
      window.removeEventListener("storage", onStorage);
      unsubscribe();
    };
  }, [store]);
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}

/** The provider's store itself, for actions called from event handlers (`useAppStoreApi().getState()`). */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error("useAppStore must be used inside <AppStoreProvider>.");
  return store;
}

/** Selects from the app store; select narrowly (wrap object/array selectors in `useShallow`). */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
