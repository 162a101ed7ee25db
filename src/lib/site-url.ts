/**
 * The site's public address for the build (canonical links, the sitemap), chosen at build time: SITE_URL
 * when set, else the address the host gives the build (Netlify's `URL`, Vercel's
 * `VERCEL_PROJECT_PRODUCTION_URL`), else the local address, which is only right on this computer.
 */
export const LOCAL_SITE = 'http://127.0.0.1:4321';

export interface SiteUrl {
  url: string;
  /** Where it came from, for the build's log. */
  source: 'SITE_URL' | 'Netlify URL' | 'Vercel VERCEL_PROJECT_PRODUCTION_URL' | 'local default';
}

export function siteUrl(env: Record<string, string | undefined>): SiteUrl {
  if (env.SITE_URL) return { url: env.SITE_URL, source: 'SITE_URL' };
  if (env.NETLIFY === 'true' && env.URL) return { url: env.URL, source: 'Netlify URL' };
  if (env.VERCEL_PROJECT_PRODUCTION_URL) {
    // Vercel gives a host name without the scheme, e.g. "kap-practice.vercel.app".
    return { url: `https://${env.VERCEL_PROJECT_PRODUCTION_URL}`, source: 'Vercel VERCEL_PROJECT_PRODUCTION_URL' };
  }
  return { url: LOCAL_SITE, source: 'local default' };
}

/** What a production build with no public address says, loudly: every canonical link would be wrong. */
export const NO_SITE_URL_WARNING = [
  '',
  '!!! SITE_URL is not set, and no host address was found (Netlify URL, Vercel VERCEL_PROJECT_PRODUCTION_URL).',
  `!!! Canonical links and the sitemap will point at ${LOCAL_SITE}.`,
  '!!! That is right only for `npm start` on this computer. For the live site, build with',
  '!!!   SITE_URL=https://your-practice.example npm run build',
  '',
].join('\n');
