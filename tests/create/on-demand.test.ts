import { expect, it } from "vitest";
import { onDemand } from "@/components/ui/on-demand";

it("imports once for every caller, and tries again after a failed import", async () => {
  let calls = 0;
  let fail = true;
  const load = onDemand(async () => {
    calls++;
    if (fail) throw new Error("ChunkLoadError");
    return { ok: calls };
  });
  await expect(load()).rejects.toThrow("ChunkLoadError");
  fail = false;
  const [a, b] = await Promise.all([load(), load()]);
  expect(a).toBe(b);
  expect(calls).toBe(2);
  expect(await load()).toEqual({ ok: 2 });
});
