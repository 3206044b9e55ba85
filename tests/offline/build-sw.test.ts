import { describe, expect, it } from "vitest";
import { SHELLS, iconLinks, swOptions } from "../../scripts/build-sw.mjs";

type Entry = { url: string; revision: string | null };
type Options = {
  swSrc: string;
  swDest: string;
  globPatterns: string[];
  additionalPrecacheEntries: Entry[];
  manifestTransforms: ((entries: Entry[]) => { manifest: Entry[]; warnings: string[] })[];
};

// @serwist/next's helper is replaced by the identity: these are the options this app gives it.
const options = swOptions((o: Options) => o, "build-42", ["/icon.svg?icon.abc.svg"]) as Options;

describe("the service worker build's options", () => {
  it("keeps every static file of the build whatever its extension (the generator's worker included), the icons and the prerendered files", () => {
    expect(options.globPatterns).toEqual(
      expect.arrayContaining([".next/static/**/*", "public/**/*", ".next/server/app/**/*.body"]),
    );
    expect(options.swDest).toBe("public/sw.js");
  });

  it("keeps the saved-deck shells and the icon at the URL pages ask for, fetched again with each build", () => {
    expect(options.additionalPrecacheEntries).toEqual(
      [...SHELLS, "/icon.svg?icon.abc.svg"].map((url) => ({ url, revision: "build-42" })),
    );
  });

  it("finds the icon links of a page", () => {
    const html =
      '<head><link rel="manifest" href="/manifest.webmanifest"/><link rel="icon" href="/icon.svg?icon.1fq.svg" sizes="any" type="image/svg+xml"/><link rel="stylesheet" href="/a.css"/></head>';
    expect(iconLinks(html)).toEqual(["/icon.svg?icon.1fq.svg"]);
    expect(iconLinks("<head></head>")).toEqual([]);
  });

  it("keeps a prerendered route handler's output at its URL", () => {
    const [transform] = options.manifestTransforms;
    const { manifest } = transform!([
      { url: ".next/server/app/decks/a-1/deck.json.body", revision: "r1" },
      { url: ".next/server/app/manifest.webmanifest.body", revision: "r2" },
      { url: ".next/static/chunks/x.js", revision: null },
    ]);
    expect(manifest.map((e) => e.url)).toEqual([
      ".next/server/app/decks/a-1/deck.json",
      ".next/server/app/manifest.webmanifest",
      ".next/static/chunks/x.js",
    ]);
    expect(manifest.map((e) => e.revision)).toEqual(["r1", "r2", null]);
  });
});
