import type { Tombstones } from "@/lib/schemas/tombstones";
import type { SliceCreator } from "@/lib/store/app-state";
import { emptyTombstones } from "@/lib/sync/tombstones";

/** What was deleted in this browser (persisted), so another tab's older copy cannot bring it back. */
export type TombstonesSlice = { tombstones: Tombstones };

/** Data only: the quiz, cards and progress slices record their deletions here (lib/sync/tombstones.ts). */
export const createTombstonesSlice: SliceCreator<TombstonesSlice> = () => ({ tombstones: emptyTombstones() });
