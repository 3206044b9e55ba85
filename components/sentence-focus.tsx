"use client";
import { useEffect } from "react";

/** Sentence anchors look like `#s-1234` (the evidence's offset in the article). */
const SENTENCE = /^#s-\d+$/;

/**
 * Marks and focuses the article sentence named in the address. `:target` alone is not enough: moving
 * between pages inside the app changes the address without the browser setting `:target`, and focus would
 * stay at the top of the page for keyboard and screen-reader users.
 */
export function SentenceFocus() {
  useEffect(() => {
    const show = () => {
      document.querySelectorAll(".sentence[data-current]").forEach((el) => el.removeAttribute("data-current"));
      const hash = window.location.hash;
      const el = SENTENCE.test(hash) ? document.getElementById(hash.slice(1)) : null;
      if (!el) return;
      el.setAttribute("data-current", "");
      el.tabIndex = -1;
      el.focus();
      el.scrollIntoView({ block: "center" });
    };
    show();
    // The router may write the new address just after this page's first effects: look once more then.
    const frame = requestAnimationFrame(show);
    window.addEventListener("hashchange", show);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", show);
    };
  }, []);
  return null;
}
