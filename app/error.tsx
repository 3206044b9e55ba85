"use client";

import { useEffect, useRef } from "react";
import { AppLink } from "@/components/ui/app-link";

/**
 * What a page shows in place of its content when that content failed to render (the header stays): what
 * happened, that nothing saved is lost by it, a way to try again and a way back. The heading takes focus,
 * so a keyboard or screen reader user is told the page changed.
 */
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="narrow">
      <h1 ref={heading} tabIndex={-1}>
        Something went wrong
      </h1>
      <p className="lede">
        This page could not be shown. Your saved progress and decks stay as they were in this browser.
      </p>
      <p className="row">
        <button type="button" className="button" onClick={() => retry()}>
          Try again
        </button>
        <AppLink className="button secondary" href="/">
          See all decks
        </AppLink>
      </p>
    </div>
  );
}
