/**
 * The one place that decides which security headers a response carries, on every host:
 * - `src/server/serve.mjs` applies `responseHeaders` to every response of the Node server;
 * - `src/middleware.ts` applies it to on-demand responses on Netlify and Vercel;
 * - `src/integrations/host-headers.ts` writes `securityHeaders` into their static-file config.
 * Pages get their own Content-Security-Policy from Astro (`security.csp`, hashed scripts and styles);
 * anything else gets `NON_PAGE_CSP`. The browser editor's pages and API, in builds that have it, get their
 * own policy on top (`EDITOR_SOURCES`, `EDITOR_HEADERS`), applied by the middleware.
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
  };
  if (siteUrl.startsWith('https://')) {
    headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  }
  return headers;
}

/**
 * For what is rendered on demand: the contact form and its answers, and the editor, which hold what a person
 * types. COOP cuts them off from any window that opened them (no look-alike swapped in, no probing), and on
 * Android it also gives the site a process of its own. Public articles go without it: they hold nothing
 * personal, and the extra process costs a phone about 0.15 s before the first paint (Lighthouse mobile LCP
 * 0.91 s with it, 0.73 s without, on the same page).
 */
const ON_DEMAND_HEADERS: Record<string, string> = { 'Cross-Origin-Opener-Policy': 'same-origin' };

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
  /** The response was rendered on demand (the middleware's), not served from the build's files. */
  onDemand?: boolean;
  /** The response is one of the editor's (`isEditorPath`). */
  editor?: boolean;
}

/**
 * Everything a response must carry besides what it has: the site-wide headers, and a CSP when it has none.
 * Pages get theirs from Astro (hashed for that page); a page shown under another address (the 404 page for
 * a missing one) gets `pageCsp`. An HTML answer with neither is left alone: that only happens in `astro dev`,
 * where Astro's CSP is off and a strict one would blank the page.
 */
export function responseHeaders({
  siteUrl,
  contentType,
  csp,
  pageCsp,
  onDemand,
  editor,
}: ResponseFacts): Record<string, string> {
  const headers = securityHeaders(siteUrl);
  if (onDemand) Object.assign(headers, ON_DEMAND_HEADERS);
  const isPage = (contentType ?? '').startsWith('text/html');
  const policy = isPage ? pageCsp : NON_PAGE_CSP;
  if (!csp && policy) headers['Content-Security-Policy'] = policy;
  if (editor) {
    Object.assign(headers, EDITOR_HEADERS);
    if (csp) headers['Content-Security-Policy'] = editorCsp(csp);
  }
  return headers;
}

/**
 * The editor's page policy: the site's (Astro's, for the same response), with exactly what the editor needs:
 * - style-src 'unsafe-inline': its UI inserts <style> tags at run time (it renders unstyled without this);
 *   the site's style hashes are dropped, since a hash beside 'unsafe-inline' makes browsers ignore it;
 * - connect-src: GitHub's API (api.github.com, GraphQL and REST) and raw.githubusercontent.com, which the
 *   editor reads files from when the repository is public;
 * - img-src: the signed-in person's avatar (avatars.githubusercontent.com).
 * Scripts stay as the site allows them ('self' plus Astro's hashes). Anything else third-party, such as the
 * Google Fonts stylesheet the editor links to, is blocked, so it uses the system font.
 */
const EDITOR_SOURCES: Record<string, string> = {
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: https://avatars.githubusercontent.com",
  'connect-src': "'self' https://api.github.com https://raw.githubusercontent.com",
  'frame-ancestors': "'none'",
};

/** The editor's pages and answers carry the person's session (tokens in cookies): never cached, never indexed. */
const EDITOR_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
};

export function editorCsp(siteCsp: string): string {
  const directives = new Map<string, string>();
  for (const part of siteCsp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources.join(' '));
  }
  for (const [name, sources] of Object.entries(EDITOR_SOURCES)) directives.set(name, sources);
  return [...directives].map(([name, sources]) => `${name} ${sources}`).join('; ');
}

/** True for the editor's pages and API; `paths` is the build's list (empty in a build without the editor). */
export function isEditorPath(pathname: string, paths: readonly string[]): boolean {
  return paths.some((base) => pathname === base || pathname.startsWith(`${base}/`));
}
