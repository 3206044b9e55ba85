import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import manifest from "@/app/manifest";

const root = path.resolve(__dirname, "../..");

/** Width and height of a PNG file, read from its IHDR chunk; throws when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  if (
    bytes.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a" ||
    bytes.subarray(12, 16).toString("ascii") !== "IHDR"
  )
    throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("the web app manifest", () => {
  const m = manifest();

  it("has what Chromium asks of an installable app", () => {
    expect(m.name).toBe("Factdeck");
    expect(m.short_name).toBeTruthy();
    expect(m.short_name!.length).toBeLessThanOrEqual(12);
    expect(m.start_url).toBe("/");
    expect(m.scope).toBe("/");
    expect(m.display).toBe("standalone");
    expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(m.background_color).toMatch(/^#[0-9a-f]{6}$/);
    const sizes = (purpose: string) =>
      (m.icons ?? []).filter((i) => (i.purpose ?? "any") === purpose).map((i) => i.sizes);
    expect(sizes("any")).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    expect(sizes("maskable")).toEqual(expect.arrayContaining(["512x512"]));
  });

  it("matches the page colours of the light theme", () => {
    const css = fs.readFileSync(path.join(root, "app", "globals.css"), "utf8");
    expect(/--bg:\s*(#[0-9a-f]{6})/.exec(css)?.[1]).toBe(m.background_color);
  });

  it("declares icons that exist, are PNGs and have the sizes it says", () => {
    for (const icon of m.icons ?? []) {
      expect(icon.src.startsWith("/"), icon.src).toBe(true);
      const file = path.join(root, "public", icon.src);
      expect(fs.existsSync(file), icon.src).toBe(true);
      expect(icon.type).toBe("image/png");
      const [w, h] = (icon.sizes ?? "").split("x").map(Number);
      expect(pngSize(file), icon.src).toEqual({ width: w, height: h });
    }
  });
});

describe("pngSize", () => {
  it("refuses a file that is not a PNG", () => {
    expect(() => pngSize(path.join(root, "app", "icon.svg"))).toThrow(/not a PNG/);
  });
});
