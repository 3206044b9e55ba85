import type { CardsData, LastUndo } from "@/lib/schemas/cards";
import { MAX_UNDO } from "@/lib/schemas/limits";

type UndoFields = Pick<CardsData, "lastUndo" | "earlierUndo">;

/**
 * The grades undo can take back, oldest first: `earlierUndo`, then `lastUndo` (the newest, undone first).
 * Earlier steps without a last one are none (they could not be reached in order).
 */
export function undoSteps(data: UndoFields): LastUndo[] {
  return data.lastUndo ? [...(data.earlierUndo ?? []), data.lastUndo] : [];
}

/** `data` with `steps` (oldest first) as its undo history: the newest MAX_UNDO of them. */
export function withUndoSteps<T extends UndoFields>(data: T, steps: readonly LastUndo[]): T {
  const kept = steps.slice(-MAX_UNDO);
  const earlier = kept.slice(0, -1);
  const { earlierUndo: _dropped, ...rest } = data;
  void _dropped;
  return { ...rest, lastUndo: kept.at(-1) ?? null, ...(earlier.length > 0 ? { earlierUndo: earlier } : {}) } as T;
}

/**
 * The undo history from the newest step down to the first one `ok` refuses, which goes with every older one:
 * undo takes grades back in order, so a step that can no longer be undone exactly ends the history there.
 * Returns `data` itself when every step is kept.
 */
export function keepUndoWhile<T extends UndoFields>(data: T, ok: (step: LastUndo) => boolean): T {
  const steps = undoSteps(data);
  let from = steps.length;
  while (from > 0 && ok(steps[from - 1]!)) from--;
  if (from === 0 && (data.earlierUndo === undefined || data.lastUndo !== null)) return data;
  return withUndoSteps(data, steps.slice(from));
}

/** The undo history while its grades are in the log in full (not folded, not deleted): undo removes them by id. */
export function keepUndoInLog<T extends UndoFields & Pick<CardsData, "reviewLog">>(data: T): T {
  const ids = new Set(data.reviewLog.map((e) => e.id));
  return keepUndoWhile(data, (s) => ids.has(s.logId));
}

/** `into`'s data with the undo history of `from`, kept while its grades are in `into`'s log (a merge keeps a tab's own undo). */
export function withUndoOf<T extends UndoFields & Pick<CardsData, "reviewLog">>(
  into: T,
  from: UndoFields | undefined,
): T {
  return keepUndoInLog(withUndoSteps(into, from ? undoSteps(from) : []));
}
