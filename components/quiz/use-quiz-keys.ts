"use client";

import { useEffect, useRef } from "react";

/** Where typing must not be taken as a shortcut. */
function isTyping(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable || t.closest("dialog[open]")) return true;
  if (t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return true;
  return t instanceof HTMLInputElement && t.type !== "radio" && t.type !== "checkbox";
}

/** Whether Enter on this target already does something of its own (a button press, a link). */
export function enterActivates(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && t.closest("button, a[href], summary, input:not([type=radio])") !== null;
}

/**
 * Calls `handler` for key presses anywhere on the page that are not typing into a field and carry no
 * modifier (so 1–9, A–D and Enter work as quiz shortcuts). `null` turns it off.
 */
export function useQuizKeys(handler: ((e: KeyboardEvent) => void) | null) {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  const on = handler !== null;
  useEffect(() => {
    if (!on) return;
    const listener = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      ref.current?.(e);
    };
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [on]);
}
