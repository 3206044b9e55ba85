import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashSource, inlinedStyleTexts, styleElements, withStyleHashes } from "../../scripts/csp-style-hashes.mjs";

const css = (content: string, inlined = true) => ({ path: `static/chunks/${content.length}.css`, inlined, content });

describe("inlinedStyleTexts", () => {
  it("joins each segment's inlined CSS files in order, and keeps each file alone too", () => {
    const texts = inlinedStyleTexts({
      "/progress/page": {
        entryCSSFiles: { "app/layout": [css("a{}")], "app/progress/page": [css("a{}"), css("b{color:red}")] },
      },
      "/new/page": { entryCSSFiles: { "app/new/page": [css("c{}", false)] } },
    });
    expect(texts).toEqual(["a{}", "a{}b{color:red}", "b{color:red}"].sort());
  });
});

describe("withStyleHashes", () => {
  const csp = "default-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'";

  it("adds the hashes to style-src only, replacing any from an earlier build", () => {
    const once = withStyleHashes(csp, ["'sha256-AAA='"]);
    expect(once).toBe("default-src 'self'; style-src 'self' 'sha256-AAA='; style-src-attr 'unsafe-inline'");
    expect(withStyleHashes(once, ["'sha256-BBB='"])).toBe(
      "default-src 'self'; style-src 'self' 'sha256-BBB='; style-src-attr 'unsafe-inline'",
    );
  });

  it("refuses a CSP whose style-src allows any inline style, or has none", () => {
    expect(() => withStyleHashes("style-src 'self' 'unsafe-inline'", [])).toThrow(/unsafe-inline/);
    expect(() => withStyleHashes("default-src 'self'", [])).toThrow(/no style-src/);
  });
});

it("hashes a style element's exact text as CSP does", () => {
  const [text] = styleElements('<head><style data-precedence="next">:root{--x:1}</style></head>');
  expect(text).toBe(":root{--x:1}");
  expect(hashSource(text)).toBe(`'sha256-${crypto.createHash("sha256").update(":root{--x:1}").digest("base64")}'`);
  expect(hashSource(`${text} `)).not.toBe(hashSource(text));
});
