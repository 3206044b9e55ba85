"use client";
import { lazy, Suspense } from "react";
import { AppLink } from "@/components/ui/app-link";
import { usePathname } from "next/navigation";

// The count loads after the page: the header is on every page, and most never read progress.
const DueBadge = lazy(() => import("./due-badge"));

const links = [
  { href: "/", label: "Decks" },
  { href: "/review", label: "Review" },
  { href: "/progress", label: "Progress" },
  { href: "/new", label: "New deck" },
];

/** The site's main links; the current section is marked with aria-current; Review shows how many cards are due. */
export function MainNav() {
  const path = usePathname();
  return (
    <>
      {links.map((l) => (
        <AppLink key={l.href} href={l.href} aria-current={path === l.href ? "page" : undefined}>
          {l.label}
          {l.href === "/review" && (
            <Suspense fallback={null}>
              <DueBadge />
            </Suspense>
          )}
        </AppLink>
      ))}
    </>
  );
}
