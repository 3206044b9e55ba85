import { AppStoreProvider } from "@/components/store/store-provider";
import { StoreNotices } from "@/components/store/store-notices";

// The store provider lives here until the root layout mounts it app-wide.
export default function ProgressLayout({ children }: { children: React.ReactNode }) {
  return (
    <AppStoreProvider>
      <div>
        <StoreNotices />
        {children}
      </div>
    </AppStoreProvider>
  );
}
