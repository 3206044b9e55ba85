"use client";
import dynamic from "next/dynamic";

// The form reads the saved draft at its first render, so it renders in the browser only.
export const NewDeckLoader = dynamic(() => import("@/components/create/new-deck").then((m) => m.NewDeck), {
  ssr: false,
  loading: () => <p className="muted">Loading the form…</p>,
});
