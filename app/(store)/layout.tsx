import { StoreShell } from "@/components/store/store-shell";

/**
 * The store and its notices for the study pages: a quiz, a review (of one deck, built-in or saved, or of
 * every deck). The group adds nothing to their addresses; /progress mounts the store in its own, wider layout.
 */
export default function StoreLayout({ children }: { children: React.ReactNode }) {
  return <StoreShell>{children}</StoreShell>;
}
