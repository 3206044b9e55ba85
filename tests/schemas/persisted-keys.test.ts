import { describe, expect, it } from "vitest";
import { persistedStateSchema, type PersistedState } from "@/lib/schemas/persisted";
import { persistedSlices } from "@/lib/store/persisted-keys";

// The saved state's schema and the store's list of saved slices name the same keys: checked by the type
// checker (npm test runs it over tests/) and at run time.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameKeys: Same<keyof PersistedState, (typeof persistedSlices)[number]> = true;

describe("persisted keys", () => {
  it("are the schema's keys", () => {
    expect(sameKeys).toBe(true);
    expect(Object.keys(persistedStateSchema.def.shape).sort()).toEqual([...persistedSlices].sort());
  });
});
