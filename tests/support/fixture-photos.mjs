// Test photos made on the spot (never a stock photo): a gradient with shapes and coarse colour texture, so
// they compress roughly like a real photo. Used by the browser tests and to measure Lighthouse.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** Writes a JPEG of the given size into `folder` and returns its file name. */
export async function writeFixturePhoto(folder, name, width, height, hue = 30) {
  mkdirSync(folder, { recursive: true });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},45%,70%)"/><stop offset="1" stop-color="hsl(${hue + 40},35%,35%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width / 2}" cy="${height * 0.38}" r="${width * 0.22}" fill="hsl(${hue},30%,80%)"/>
    <rect x="${width * 0.2}" y="${height * 0.62}" width="${width * 0.6}" height="${height * 0.4}" rx="${width * 0.2}" fill="hsl(${hue + 180},25%,40%)"/>
  </svg>`;
  // Colour texture at a coarse scale, so it survives resizing: real photos carry detail that costs bytes,
  // a flat drawing would make the images unrealistically small (and Lighthouse figures too kind).
  const [w, h] = [Math.ceil(width / 6), Math.ceil(height / 6)];
  const grain = Buffer.alloc(w * h * 3);
  for (let i = 0; i < grain.length; i++) grain[i] = Math.floor(Math.random() * 256);
  const texture = await sharp(grain, { raw: { width: w, height: h, channels: 3 } })
    .resize(width, height)
    .png()
    .toBuffer();
  await sharp(Buffer.from(svg))
    .composite([{ input: texture, blend: 'soft-light' }])
    .jpeg({ quality: 85 })
    .toFile(join(folder, name));
  return name;
}
