"use client";

import { useEffect, useRef } from "react";

type Handlers = { revealed: boolean; reveal: () => void; grade: (g: 1 | 2 | 3 | 4) => void; undo: () => void };

/**
 * Anki's keys: Space or Enter shows the answer (then grades Good), 1–4 grade, Ctrl+Z (⌘Z) undoes.
 * Keys meant for a focused button, link or field are left to it.
 */
export function useReviewKeys(handlers: Handlers) {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const h = ref.current;
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === "z") {
        e.preventDefault();
        h.undo();
        return;
      }
      if (e.ctrlKey || e.metaKey) return;
      const onControl = Boolean(target?.closest("button, a, summary"));
      if ((e.key === " " || e.key === "Enter") && !onControl) {
        e.preventDefault();
        if (h.revealed) h.grade(3);
        else h.reveal();
      } else if (h.revealed && /^[1-4]$/.test(e.key)) {
        e.preventDefault();
        h.grade(Number(e.key) as 1 | 2 | 3 | 4);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
