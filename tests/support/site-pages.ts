import { readFileSync } from 'node:fs';

/** Every page path in the built sitemap, e.g. "/", "/faq", "/research/dore-2019". */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../../dist/client/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** The only page allowed to load JavaScript (the contact form island). */
export const PAGES_WITH_SCRIPT = ['/contact'];
