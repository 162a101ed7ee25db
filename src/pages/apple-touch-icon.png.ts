import type { APIRoute } from 'astro';
import sharp from 'sharp';
import svg from '../../public/favicon.svg?raw';

/**
 * The site's icon as a 180 px PNG, made once at build time: for an iPhone's home screen, and for Google
 * Search, which shows the icon a home page links to by address (the inline one in every page does not count).
 */
export const prerender = true;

const SIZE = 180;
/** The page background behind it: iOS shows a transparent icon on black. */
const BACKGROUND = '#fbfaf7';

export const GET: APIRoute = async () => {
  // The SVG's viewBox is 32 units wide: this density draws it at 180 px, sharp, before any resizing.
  const png = await sharp(Buffer.from(svg), { density: (72 * SIZE) / 32 })
    .resize(SIZE, SIZE)
    .flatten({ background: BACKGROUND })
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
