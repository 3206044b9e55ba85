import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Readable } from "node:stream";
import {
  checkedLookup,
  fetchPage,
  nodeTransport,
  type FakeResponse,
  type FetchOptions,
  type Transport,
} from "@/lib/extract/fetch-page";
import { ExtractRefused } from "@/lib/extract/problems";
import { ARTICLE_HTML, startFixtureServer } from "./fixture-server";

let server: Awaited<ReturnType<typeof startFixtureServer>>;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

async function refusal(link: string, options?: FetchOptions): Promise<string> {
  try {
    await fetchPage(link, options);
  } catch (e) {
    return e instanceof ExtractRefused ? e.code : `other: ${String(e)}`;
  }
  return "fetched";
}

/** A transport that never opens a socket: it records the URLs asked for, and fails the test if used. */
function noNetwork() {
  const asked: string[] = [];
  const transport: Transport = async (url) => {
    asked.push(url.href);
    throw new Error("no request may be made");
  };
  return { asked, transport };
}

const response = (status: number, headers: Record<string, string>, body = ""): FakeResponse =>
  Object.assign(Readable.from([Buffer.from(body)]), { statusCode: status, headers });

describe("fetchPage with the test setting off (as in production)", () => {
  it("refuses the loopback fixture server, and the server sees no request", async () => {
    const before = server.seen.length;
    expect(await refusal(server.url("/article"))).toBe("address-not-allowed");
    expect(await refusal(`http://localhost:${server.port}/article`)).toBe("address-not-allowed");
    expect(await refusal(`http://[::ffff:127.0.0.1]:${server.port}/article`)).toBe("address-not-allowed");
    expect(await refusal(`http://0x7f.1:${server.port}/article`)).toBe("address-not-allowed");
    expect(server.seen.length).toBe(before);
  });

  it("refuses private, link-local and loopback addresses without opening a connection", async () => {
    const { asked, transport } = noNetwork();
    for (const link of [
      "http://10.0.0.1/",
      "http://169.254.169.254/latest/meta-data/",
      "http://[::1]/",
      "https://[::ffff:127.0.0.1]/",
      "http://192.168.0.1:8080/",
      "http://[fe80::1]/",
      "http://0.0.0.0/",
      "http://100.64.0.1/",
    ]) {
      expect(await refusal(link, { transport }), link).toBe("address-not-allowed");
    }
    expect(asked).toEqual([]);
  });

  it("refuses a host name whose addresses include a private one", async () => {
    const resolve = async (host: string) =>
      host === "intranet.test"
        ? [{ address: "10.0.0.1", family: 4 }]
        : host === "mixed.test"
          ? [
              { address: "93.184.216.34", family: 4 },
              { address: "fd00::1", family: 6 },
            ]
          : [{ address: "93.184.216.34", family: 4 }];
    const lookup = checkedLookup(resolve, false);
    const look = (host: string) =>
      new Promise<string>((done) =>
        lookup(host, { all: true }, (err, addresses) =>
          done(err instanceof ExtractRefused ? err.code : err ? "other" : JSON.stringify(addresses)),
        ),
      );
    expect(await look("intranet.test")).toBe("address-not-allowed");
    expect(await look("mixed.test")).toBe("address-not-allowed");
    expect(await look("news.test")).toBe(JSON.stringify([{ address: "93.184.216.34", family: 4 }]));
  });

  it("refuses a redirect to a private address, checked before the second request", async () => {
    const asked: string[] = [];
    const resolve = async (host: string) =>
      host === "internal.test" ? [{ address: "192.168.1.10", family: 4 }] : [{ address: "93.184.216.34", family: 4 }];
    for (const target of [
      "http://10.0.0.1/admin",
      "http://169.254.169.254/latest/meta-data/",
      "http://internal.test/",
      "http://[::1]/",
      "file:///etc/passwd",
    ]) {
      // Each request looks its host up through the checked lookup, as a socket would, before "answering".
      const transport: Transport = (url, { lookup }) =>
        new Promise((done, fail) =>
          lookup(url.hostname, { all: true }, (err) => {
            if (err) return fail(err);
            asked.push(url.href);
            done(response(302, { location: target }));
          }),
        );
      asked.length = 0;
      const expected = target.startsWith("file:") ? "not-a-web-link" : "address-not-allowed";
      expect(await refusal("http://news.test/story", { transport, resolve }), target).toBe(expected);
      expect(asked).toEqual(["http://news.test/story"]);
    }
  });

  it("refuses links that are not web links, and links carrying credentials", async () => {
    const { asked, transport } = noNetwork();
    for (const link of [
      "file:///etc/passwd",
      "ftp://example.com/a",
      "javascript:alert(1)",
      "data:text/html,hi",
      "not a link",
      "",
      "gopher://example.com/",
    ]) {
      expect(await refusal(link, { transport }), link).toBe("not-a-web-link");
    }
    expect(await refusal("https://user:secret@example.com/", { transport })).toBe("not-a-web-link");
    expect(asked).toEqual([]);
  });
});

describe("fetchPage against the fixture server (loopback let through, as the e2e tests do)", () => {
  // The real transport, but only to the fixture server: should a check ever fail, no test request leaves
  // this machine (the redirects below point at private addresses).
  const onlyFixture: Transport = (url, init) =>
    url.hostname === "127.0.0.1"
      ? nodeTransport(url, init)
      : Promise.reject(new Error(`would leave the machine: ${url.href}`));
  const on = { allowLoopback: true, transport: onlyFixture };

  it("fetches a page with a plain GET: no cookie, no credentials, no referrer", async () => {
    const page = await fetchPage(server.url("/article"), on);
    expect(page).toEqual({ url: server.url("/article"), type: "text/html", body: ARTICLE_HTML });
    const req = server.seen.at(-1)!;
    expect(req.headers.cookie).toBeUndefined();
    expect(req.headers.authorization).toBeUndefined();
    expect(req.headers.referer).toBeUndefined();
  });

  it("follows a redirect and reports where it ended", async () => {
    expect((await fetchPage(server.url("/redirect"), on)).url).toBe(server.url("/article"));
  });

  it("refuses a redirect to a private address or a file even with loopback let through", async () => {
    expect(await refusal(server.url("/redirect-private"), on)).toBe("address-not-allowed");
    expect(await refusal(server.url("/redirect-metadata"), on)).toBe("address-not-allowed");
    expect(await refusal(server.url("/redirect-file"), on)).toBe("not-a-web-link");
  });

  it("follows at most 3 redirects", async () => {
    const before = server.seen.length;
    expect(await refusal(server.url("/loop"), on)).toBe("too-many-redirects");
    expect(server.seen.length - before).toBe(4);
  });

  it("stops reading past 5 MB, declared or not", async () => {
    expect(await refusal(server.url("/huge"), on)).toBe("too-large");
    expect(await refusal(server.url("/huge-declared"), on)).toBe("too-large");
    expect(await refusal(server.url("/huge"), { ...on, maxBytes: 7 * 1024 * 1024 })).toBe("fetched");
  });

  it("gives up when the site does not answer in time", async () => {
    expect(await refusal(server.url("/slow"), { ...on, timeoutMs: 300 })).toBe("timed-out");
  });

  it("reads only HTML and plain text", async () => {
    expect(await refusal(server.url("/image"), on)).toBe("not-html");
    expect(await refusal(server.url("/no-type"), on)).toBe("not-html");
  });

  it("tells a missing page from a failing site", async () => {
    expect(await refusal(server.url("/missing"), on)).toBe("not-found");
    expect(await refusal(server.url("/error"), on)).toBe("site-error");
  });

  it("decompresses gzip and decodes the charset the site names", async () => {
    expect((await fetchPage(server.url("/gzip"), on)).body).toBe(ARTICLE_HTML);
    expect((await fetchPage(server.url("/latin1"), on)).body).toBe("Café in München");
  });
});
