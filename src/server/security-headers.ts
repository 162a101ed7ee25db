/**
 * The one place that decides which security headers a response carries, on every host:
 * - `src/server/serve.mjs` applies `responseHeaders` to every response of the Node server;
 * - `src/middleware.ts` applies it to on-demand responses on Netlify and Vercel;
 * - `src/integrations/host-headers.ts` writes `securityHeaders` into their static-file config.
 * Pages get their own Content-Security-Policy from Astro (`security.csp`, hashed scripts and styles);
 * anything else gets `NON_PAGE_CSP`.
 */

/** Headers sent with every response, whatever it holds. */
export function securityHeaders(siteUrl: string): Record<string, string> {
  const headers: Record<string, string> = {
    // "same-origin" keeps page addresses (which can hint at a health condition) from other sites,
    // while same-origin form posts still carry a real Origin header for the origin check.
    'Referrer-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  if (siteUrl.startsWith('https://')) {
    headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  }
  return headers;
}

/** For answers that are not pages (JSON, plain text, scripts, images): they may load and be framed by nothing. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";

interface ResponseFacts {
  siteUrl: string;
  /** The response's Content-Type, if any. */
  contentType?: string | null;
  /** The CSP the response already has (Astro sets one on on-demand pages). */
  csp?: string | null;
  /** The CSP of the built page that this HTML response shows, if known (the 404 page for a 404). */
  pageCsp?: string;
}

/**
 * Everything a response must carry besides what it has: the site-wide headers, and a CSP when it has none.
 * An HTML response with no known page policy gets the strictest one: better an unstyled page than an open one.
 */
export function responseHeaders({ siteUrl, contentType, csp, pageCsp }: ResponseFacts): Record<string, string> {
  const headers = securityHeaders(siteUrl);
  if (!csp) {
    const isPage = (contentType ?? '').startsWith('text/html');
    headers['Content-Security-Policy'] = (isPage && pageCsp) || NON_PAGE_CSP;
  }
  return headers;
}
