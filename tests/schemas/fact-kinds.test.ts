import { describe, expect, it } from "vitest";
import { factKinds, type Fact } from "@/lib/schemas/deck";
import type { RawFact } from "@/lib/generate/raw-fact";

// The deck format names the kinds of fact the generator makes, and no others (a "statement" kind stood in
// the format for a long time, never made by any version of the generator). Checked by the type checker
// (npm test runs it over tests/) and here at run time.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameKinds: Same<Fact["kind"], RawFact["kind"]> = true;

describe("fact kinds", () => {
  it("are the generator's kinds", () => {
    expect(sameKinds).toBe(true);
    expect(factKinds).not.toContain("statement");
  });
});
