// `node scripts/make-icons.mjs`: draws the app's install icons (public/icons/*.png) from app/icon.svg with the
// local Chromium, no network. Run again after changing the icon; the PNGs are committed.
//   icon-192.png, icon-512.png: the icon as it is (rounded corners, transparent around them).
//   maskable-192.png, maskable-512.png: full-bleed background, the card drawn well inside the central circle, so any
//   mask a launcher applies (circle, squircle) keeps all of it (the safe zone is the central 80% circle).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const svg = fs.readFileSync(path.join(root, "app", "icon.svg"), "utf8");
const background = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? "#1d4ed8";
// The card and its lines, without the rounded background square.
const glyph = svg
  .replace(/^<svg[^>]*>/, "")
  .replace(/<\/svg>\s*$/, "")
  .replace(/<rect width="32" height="32"[^>]*\/>/, "");

const page = (size, maskable) => {
  const inner = maskable
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}"><rect width="32" height="32" fill="${background}"/><g transform="translate(16 16) scale(1.05) translate(-16 -16)">${glyph}</g></svg>`
    : svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
  return `<!doctype html><html><body style="margin:0;background:transparent">${inner}</body></html>`;
};

const executablePath = fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const browser = await chromium.launch({ executablePath, args: process.getuid?.() === 0 ? ["--no-sandbox"] : [] });
try {
  // favicon.ico: browsers ask for /favicon.ico on their own (a reopened tab may before it reads the page's icon
  // link); a 48 px PNG in an ICO wrapper answers them instead of a 404.
  {
    const tab = await browser.newPage({ viewport: { width: 48, height: 48 } });
    await tab.setContent(page(48, false));
    const png = await tab.screenshot({ omitBackground: true });
    await tab.close();
    const head = Buffer.alloc(22);
    head.writeUInt16LE(0, 0); // reserved
    head.writeUInt16LE(1, 2); // an icon
    head.writeUInt16LE(1, 4); // one image
    head.writeUInt8(48, 6); // width
    head.writeUInt8(48, 7); // height
    head.writeUInt16LE(1, 10); // colour planes
    head.writeUInt16LE(32, 12); // bits per pixel
    head.writeUInt32LE(png.length, 14);
    head.writeUInt32LE(22, 18); // the PNG follows the header
    const file = path.join(root, "app", "favicon.ico");
    fs.writeFileSync(file, Buffer.concat([head, png]));
    console.log(`wrote ${path.relative(root, file)}`);
  }
  for (const size of [192, 512]) {
    for (const maskable of [false, true]) {
      const tab = await browser.newPage({ viewport: { width: size, height: size } });
      await tab.setContent(page(size, maskable));
      const file = path.join(root, "public", "icons", `${maskable ? "maskable" : "icon"}-${size}.png`);
      await tab.screenshot({ path: file, omitBackground: true });
      await tab.close();
      console.log(`wrote ${path.relative(root, file)}`);
    }
  }
} finally {
  await browser.close();
}
