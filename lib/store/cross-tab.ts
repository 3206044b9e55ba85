import { persistedStateSchema, type PersistedState } from "@/lib/schemas/persisted";
import { describeIssue } from "@/lib/schemas/issues";
import type { Attempt } from "@/lib/schemas/quiz";
import { emptyQuizData } from "@/lib/quiz/history";
import { compareProgress } from "@/lib/quiz/attempt";
import { emptyCardsData } from "@/lib/srs/defaults";
import { buildProgressFile } from "@/lib/transfer/export-progress";
import { mergeProgress } from "@/lib/transfer/merge-progress";
import { migratePersisted } from "@/lib/store/migrations";
import { PERSIST_VERSION } from "@/lib/store/persisted-keys";
import { withoutDeletedBy, type TabData } from "@/lib/sync/drop-deleted";
import { emptyTombstones, mergeTombstones } from "@/lib/sync/tombstones";
import { canonicalJson, fixedPick } from "@/lib/sync/canonical-json";
import { withUndoOf } from "@/lib/srs/undo";

/**
 * Reads what another tab saved: its state (migrated from an older version, validated), the version when it
 * is newer than this app's, or why it cannot be used.
 */
export function readOtherTab(
  raw: string,
  now: number,
): { state: PersistedState } | { newer: number } | { unreadable: string } {
  const why = "another tab saved data that could not be read";
  try {
    const saved = JSON.parse(raw) as { version?: unknown; state?: unknown } | null;
    if (typeof saved?.version !== "number") return { unreadable: `${why} (no version)` };
    if (saved.version > PERSIST_VERSION) return { newer: saved.version };
    const state = saved.version === PERSIST_VERSION ? saved.state : migratePersisted(saved.state, saved.version, now);
    const parsed = persistedStateSchema.safeParse(state);
    if (parsed.success) return { state: parsed.data };
    return { unreadable: `${why} (${describeIssue(parsed.error, "state")})` };
  } catch (e) {
    return { unreadable: `${why} (${String(e)})` };
  }
}

/**
 * Of the quizzes on one deck in the two tabs, the one both tabs settle on whichever of them merges (so they
 * converge): of one quiz, the copy that got further (a tab that heard of a save made before its "next" does
 * not step back); of two quizzes, the one started later, as starting a quiz replaces the one on screen.
 */
function activeOf(ours: Attempt, theirs: Attempt | undefined): Attempt {
  if (!theirs) return ours;
  const d = ours.id === theirs.id ? compareProgress(theirs, ours) : theirs.startedAt - ours.startedAt;
  if (d !== 0) return d > 0 ? theirs : ours;
  // A tie (two copies answered differently at the same moment, or two quizzes started at once): any fixed order.
  return fixedPick(ours, theirs);
}

const tabData = (s: PersistedState): TabData => ({
  quiz: s.quiz ?? emptyQuizData(),
  cards: s.cards ?? emptyCardsData(),
  tombstones: s.tombstones ?? emptyTombstones(),
});

/**
 * The state this tab is about to save, with what another tab saved in the meantime folded in, so two tabs
 * answering or reviewing at once both keep their work: attempts, cards and review-log entries by id (the
 * further copy wins), the better best score; this tab's settings and undo. Of the quizzes on a deck, the one
 * `activeOf` settles on (the other tab's finished one is not added); a quiz finished in either tab is not in
 * progress. Ties go the same way whichever tab merges, so both tabs come to the same data.
 * What either tab deleted (a quit quiz, a forgotten deck, a reset, an undone grade: its tombstones) is first
 * taken out of the other's copy, so an older copy never brings it back.
 */
export function mergeTabs(ours: PersistedState, theirs: PersistedState): PersistedState {
  const [o, t] = [tabData(ours), tabData(theirs)];
  const mine = withoutDeletedBy(o, t.tombstones);
  const other = withoutDeletedBy(t, o.tombstones);
  const merged = mergeProgress(mine, buildProgressFile(other.quiz, other.cards, 0));
  const finished = new Set(merged.quiz.attempts.map((a) => a.id));
  const active: typeof merged.quiz.active = {};
  for (const deckId of new Set([...Object.keys(mine.quiz.active), ...Object.keys(other.quiz.active)])) {
    const [m, th] = [mine.quiz.active[deckId], other.quiz.active[deckId]];
    const a = m ? activeOf(m, th) : th;
    // An attempt in the history finished (in one tab or the other): it is no longer in progress anywhere.
    if (a && !(a.finishedAt === undefined && finished.has(a.id)) && (m || a.finishedAt === undefined))
      active[deckId] = a;
  }
  // Our undo, while its reviews are in the log in full (not folded, nor deleted by the other tab).
  return {
    quiz: { ...merged.quiz, active },
    cards: withUndoOf({ ...merged.cards, settings: mine.cards.settings }, mine.cards),
    tombstones: mergeTombstones(o.tombstones, t.tombstones),
  };
}

/**
 * Another tab's save heard of (a `storage` event), folded into this tab's state `ours`: `mergeTabs` with the
 * other tab's save as the base, so its settings are taken (the newer save's, as a reload would), and this tab
 * keeps its own undo while its grade is still there (an undo never undoes the other tab's grade).
 * `adds` says whether the result holds something the other tab's save lacks (besides the undo): only then must
 * this tab write it back, so two tabs converge on both tabs' work without writing the same data back and forth.
 */
export function mergeHeard(ours: PersistedState, theirs: PersistedState): { state: PersistedState; adds: boolean } {
  const merged = mergeTabs(theirs, ours);
  // Compared with the other tab's save as a merge leaves it (sorted, folded): that merge is only needed when
  // the save as it is differs (rarely: the app saves merged states).
  const m = canonicalJson(merged);
  const adds = m !== canonicalJson(theirs) && m !== canonicalJson(mergeTabs(theirs, theirs));
  return { state: { ...merged, cards: withUndoOf(merged.cards!, ours.cards) }, adds };
}
