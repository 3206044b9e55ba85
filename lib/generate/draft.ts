import type { Question } from "@/lib/schemas/deck";
import type { RawFact } from "./raw-fact";

/** A question before `deck.ts` gives it its id, evidence and shuffled choices. */
export type Draft = Omit<Question, "id" | "evidence" | "factId"> & {
  fact: RawFact;
  variant?: string;
  /** The sentence before, shown at the start of the prompt because the question's sentence points back to it. */
  context?: string;
};
