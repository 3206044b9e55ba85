import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/extract/route";
import { loopbackFetchAllowed } from "@/lib/extract/test-setting";
import { extractResponseSchema } from "@/lib/schemas/extract";
import { startFixtureServer } from "./fixture-server";
import { applyLoopbackSetting } from "../../scripts/test-setting.mjs";

let server: Awaited<ReturnType<typeof startFixtureServer>>;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  POST(new Request("http://127.0.0.1:3000/api/extract", { method: "POST", headers, body }));

async function read(res: Response) {
  const parsed = extractResponseSchema.safeParse(await res.json());
  expect(parsed.success).toBe(true);
  return parsed.data!;
}

describe("POST /api/extract", () => {
  it("has the loopback test setting off unless FACTDECK_ALLOW_LOOPBACK_FETCH is exactly 1", () => {
    expect(process.env.FACTDECK_ALLOW_LOOPBACK_FETCH).toBeUndefined();
    expect(loopbackFetchAllowed()).toBe(false);
    expect(loopbackFetchAllowed({ FACTDECK_ALLOW_LOOPBACK_FETCH: "true" })).toBe(false);
    expect(loopbackFetchAllowed({ FACTDECK_ALLOW_LOOPBACK_FETCH: "1" })).toBe(true);
  });

  it("is removed from `npm start`'s environment unless the tests' flag is given", () => {
    expect(applyLoopbackSetting([], { FACTDECK_ALLOW_LOOPBACK_FETCH: "1", PORT: "3000" })).toEqual({ PORT: "3000" });
    expect(applyLoopbackSetting(["--test-loopback-fetch"], {})).toEqual({ FACTDECK_ALLOW_LOOPBACK_FETCH: "1" });
  });

  it("refuses a loopback link with 'address not allowed', and the fixture server sees nothing", async () => {
    const before = server.seen.length;
    const res = await post(JSON.stringify({ url: server.url("/article") }));
    expect(res.status).toBe(200);
    expect(await read(res)).toMatchObject({ ok: false, code: "address-not-allowed" });
    expect(server.seen.length).toBe(before);
  });

  it("refuses a file: link as not a web link", async () => {
    const res = await post(JSON.stringify({ url: "file:///etc/passwd" }));
    expect(res.status).toBe(200);
    expect(await read(res)).toMatchObject({ ok: false, code: "not-a-web-link" });
  });

  it("refuses requests that are not JSON from this site, or not the expected shape", async () => {
    const plain = await post(JSON.stringify({ url: "https://example.com/" }), { "content-type": "text/plain" });
    expect(plain.status).toBe(400);
    expect(await read(plain)).toMatchObject({ code: "bad-request" });
    expect(
      await read(
        await post(JSON.stringify({ url: "https://example.com/" }), {
          "content-type": "application/json",
          "sec-fetch-site": "cross-site",
        }),
      ),
    ).toMatchObject({ code: "bad-request" });
    expect(await read(await post("{not json"))).toMatchObject({ code: "bad-request" });
    expect(await read(await post(JSON.stringify({ link: "https://example.com/" })))).toMatchObject({
      code: "bad-request",
    });
    expect(await read(await post(JSON.stringify({ url: `https://example.com/${"a".repeat(3000)}` })))).toMatchObject({
      code: "bad-request",
      message: "That link is too long.",
    });
  });
});
