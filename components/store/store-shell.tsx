import { AppStoreProvider } from "@/components/store/store-provider";
import { StoreNotices } from "@/components/store/store-notices";

/**
 * The store and its notices for one route's subtree. Routes that use the store mount it in their layout,
 * so the store's code stays off the pages that never read it (home, deck pages).
 */
export function StoreShell({ children, narrow = true }: { children: React.ReactNode; narrow?: boolean }) {
  return (
    <AppStoreProvider>
      <div className={narrow ? "narrow" : undefined}>
        <StoreNotices />
        {children}
      </div>
    </AppStoreProvider>
  );
}
