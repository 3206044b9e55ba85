import type { StateCreator } from "zustand/vanilla";
import type { MetaSlice } from "@/lib/store/meta-slice";
import type { QuizSlice } from "@/lib/store/quiz-slice";
import type { CardsSlice } from "@/lib/store/cards-slice";
import type { TombstonesSlice } from "@/lib/store/tombstones-slice";
import type { ProgressSlice } from "@/lib/store/progress-slice";

/** The whole store: every slice's state and actions. A new slice adds its type here. */
export type AppState = MetaSlice & QuizSlice & CardsSlice & TombstonesSlice & ProgressSlice;

/** How a slice is written: it sees the whole store (with persist), and returns its own part. */
export type SliceCreator<T> = StateCreator<AppState, [["zustand/persist", unknown]], [], T>;
