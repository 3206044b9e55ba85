"use client";
import { AppLink } from "@/components/ui/app-link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/", label: "Decks" },
  { href: "/review", label: "Review" },
  { href: "/progress", label: "Progress" },
  { href: "/new", label: "New deck" },
];

/** The site's main links; the current section is marked with aria-current. */
export function MainNav() {
  const path = usePathname();
  return (
    <>
      {links.map((l) => (
        <AppLink key={l.href} href={l.href} aria-current={path === l.href ? "page" : undefined}>
          {l.label}
        </AppLink>
      ))}
    </>
  );
}
