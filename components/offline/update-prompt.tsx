"use client";
import { useEffect, useState, type ComponentType } from "react";

/**
 * Starts the service worker and, when a new build of the app is ready, says so with a button that switches to
 * it (components/offline/update-ready.tsx). Both load after the page, on demand: every page carries only
 * this. The page is never reloaded for the user.
 */
export function UpdatePrompt() {
  const [Ready, setReady] = useState<ComponentType | null>(null);
  useEffect(() => {
    // The root layout's, so it mounts once per visit and never unmounts.
    if (!("serviceWorker" in navigator)) return;
    if (process.env.NODE_ENV !== "production") {
      // `next dev` where a production build ran before: its worker would answer with the kept build.
      void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
      return;
    }
    import("@/components/offline/update-ready").then(
      ({ watchForUpdates }) => watchForUpdates((prompt) => setReady(() => prompt)),
      () => undefined, // not loaded (the network went away before the first visit finished): online only
    );
  }, []);
  // The live region is there from the start, so its content is announced when it appears.
  return (
    <div role="status" className="update-prompt">
      {Ready && <Ready />}
    </div>
  );
}
