import { usePageKeys } from "@/components/ui/use-page-keys";

type Handlers = { revealed: boolean; reveal: () => void; grade: (g: 1 | 2 | 3 | 4) => void; undo: () => void };

/**
 * Anki's keys: Space or Enter shows the answer (then grades Good), 1–4 grade, Ctrl+Z (⌘Z) undoes.
 * Keys meant for a focused button, link or field are left to it.
 */
export function useReviewKeys(h: Handlers) {
  usePageKeys(
    (e) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === "z") {
        e.preventDefault();
        h.undo();
        return;
      }
      if (e.ctrlKey || e.metaKey) return;
      const onControl = e.target instanceof Element && e.target.closest("button, a, summary") !== null;
      if ((e.key === " " || e.key === "Enter") && !onControl) {
        e.preventDefault();
        if (h.revealed) h.grade(3);
        else h.reveal();
      } else if (h.revealed && /^[1-4]$/.test(e.key)) {
        e.preventDefault();
        h.grade(Number(e.key) as 1 | 2 | 3 | 4);
      }
    },
    { withCtrl: true },
  );
}
