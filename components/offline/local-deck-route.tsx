"use client";
import type { ComponentType } from "react";
import { usePathname } from "next/navigation";
import { localDeckIdInPath } from "@/lib/offline/paths";

/**
 * A saved deck's page, shown for the deck its address names. Offline, the service worker answers every saved
 * deck's address with one kept copy of such a page (lib/offline/paths.ts), whose server-given id is the
 * shell's: the address is what tells which deck to read from IndexedDB. Online both agree.
 */
export function LocalDeckRoute({ id, view: View }: { id: string; view: ComponentType<{ id: string }> }) {
  return <View id={localDeckIdInPath(usePathname()) ?? id} />;
}
