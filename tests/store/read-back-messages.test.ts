// What the store says about saved data it cannot read: the first issue, written by lib/schemas/issues's
// describeIssue (the one way every schema failure is told), on load and for another tab's save.
import { describe, expect, it } from "vitest";
import { describeIssue } from "@/lib/schemas/issues";
import { persistedStateSchema } from "@/lib/schemas/persisted";
import { PERSIST_VERSION } from "@/lib/store/persisted-keys";
import { readOtherTab, validatePersisted } from "@/lib/store/read-back";
import { T0, openTab, richSave, storageWith } from "../faults/helpers";

/** The helper's line for `state`, which must fail the schema. */
function helperSays(state: unknown): string {
  const parsed = persistedStateSchema.safeParse(state);
  if (parsed.success) throw new Error("the spoiled state is valid");
  return describeIssue(parsed.error, "state");
}

async function savedWithBadGrade(): Promise<{
  version: number;
  state: { cards: { reviewLog: { rating: number }[] } };
}> {
  const saved = JSON.parse(await richSave());
  saved.state.cards.reviewLog[0].rating = 7;
  return saved;
}

describe("a stored value that fails the schema is told in describeIssue's words", () => {
  it("on load: the notice gives the path of the bad field and Zod's message", async () => {
    const saved = await savedWithBadGrade();
    const says = helperSays(saved.state);
    expect(says).toMatch(/^cards\.reviewLog\.0\.rating: \S/);
    const store = await openTab(storageWith(JSON.stringify(saved)));
    const [notice] = store.getState().meta.notices;
    expect(notice).toMatchObject({ kind: "corrupt", setAside: 1 });
    expect(notice?.kind === "corrupt" && notice.reason).toBe(
      `saved data failed validation (${says}); set aside: cards.reviewLog.0`,
    );
  });

  it("validatePersisted: the reason is the helper's line, at the top level named 'state'", () => {
    expect(validatePersisted(5)).toEqual({ ok: false, reason: helperSays(5) });
    expect(helperSays(5)).toMatch(/^state: \S/);
  });

  it("another tab's save: 'could not be read', then the helper's line", async () => {
    const saved = await savedWithBadGrade();
    expect(readOtherTab(JSON.stringify(saved), T0)).toEqual({
      unreadable: `another tab saved data that could not be read (${helperSays(saved.state)})`,
    });
    const top = { state: { quiz: 5 }, version: PERSIST_VERSION };
    expect(readOtherTab(JSON.stringify(top), T0)).toEqual({
      unreadable: `another tab saved data that could not be read (${helperSays(top.state)})`,
    });
    expect(helperSays(top.state)).toMatch(/^quiz: \S/);
    const whole = JSON.stringify({ state: 5, version: PERSIST_VERSION });
    expect(readOtherTab(whole, T0)).toEqual({
      unreadable: `another tab saved data that could not be read (${helperSays(5)})`,
    });
  });
});
