// Draws the installable app's icons from app/icon.svg, once: the PNGs are
// committed in public/icons/, so neither the build nor the server draws
// anything. Run again after changing the icon: `npx tsx scripts/make-icons.ts`.
//
// sharp comes with Next.js (it optimises images there); it is not a
// dependency of ours, only of this one-off script.

import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "..");
const svg = readFileSync(path.join(root, "app/icon.svg"));
const out = (name: string) => path.join(root, "public/icons", name);

// The icon's own orange, full bleed behind a maskable icon.
const BACKGROUND = "#c2410c";

async function plain(size: number) {
  await sharp(svg, { density: (72 * size) / 32 }).resize(size, size).png().toFile(out(`icon-${size}.png`));
}

/**
 * A maskable icon may be cut to a circle or a squircle: everything that
 * matters must sit in the middle 80 % (the "safe zone"). The rounded square
 * is drawn at 70 % on a full-bleed background of its own colour.
 */
async function maskable(size: number) {
  const inner = Math.round(size * 0.7);
  const glyph = await sharp(svg, { density: (72 * inner) / 32 }).resize(inner, inner).png().toBuffer();
  await sharp({ create: { width: size, height: size, channels: 4, background: BACKGROUND } })
    .composite([{ input: glyph, gravity: "center" }])
    .png()
    .toFile(out(`maskable-${size}.png`));
}

await plain(192);
await plain(512);
await maskable(192);
await maskable(512);
console.log("✔ public/icons/icon-192.png, icon-512.png, maskable-192.png, maskable-512.png");
