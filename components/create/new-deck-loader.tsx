"use client";
import dynamic from "next/dynamic";

// The form reads the saved draft when it mounts, so it renders in the browser only.
export const NewDeckLoader = dynamic(() => import("@/components/create/new-deck").then((m) => m.NewDeckStart), {
  ssr: false,
  // Space held for the form (.slot-page in app/globals.css says why).
  loading: () => (
    <p className="muted slot-page" aria-busy="true">
      Loading the form…
    </p>
  ),
});
