import { useEffect, useLayoutEffect, useRef } from "react";

/** Where typing must not be taken as a shortcut. */
function isTyping(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable || t.closest("dialog[open]")) return true;
  if (t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return true;
  return t instanceof HTMLInputElement && t.type !== "radio" && t.type !== "checkbox";
}

/**
 * The page's keyboard shortcuts (the quiz's 1–9, A–D and Enter; flashcard review's Space, 1–4 and Ctrl+Z):
 * calls `handler` for key presses anywhere on the page that are not typing into a field, not already
 * handled, and carry no Alt — nor Ctrl or ⌘ unless `withCtrl` (the handler then tells them apart).
 * `null` turns it off.
 */
export function usePageKeys(handler: ((e: KeyboardEvent) => void) | null, { withCtrl = false } = {}) {
  const ref = useRef(handler);
  // Updated as each render is committed, before any later key press can be dispatched.
  useLayoutEffect(() => {
    ref.current = handler;
  });
  const on = handler !== null;
  useEffect(() => {
    if (!on) return;
    const listener = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || isTyping(e.target)) return;
      if (!withCtrl && (e.ctrlKey || e.metaKey)) return;
      ref.current?.(e);
    };
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [on, withCtrl]);
}
