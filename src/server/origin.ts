/**
 * Whether a POST comes from a page of another site (a cross-site form or script). Browsers send
 * Origin on every POST; Referer and Sec-Fetch-Site are fallbacks for privacy tools that strip it.
 * A request with none of them is not from a browser page, so it cannot be a cross-site forgery.
 *
 * @param request the incoming request; its own origin is always allowed
 * @param allowed further allowed origins, e.g. the public SITE_URL behind a proxy
 */
export function isCrossOrigin(request: Request, allowed: readonly (string | undefined)[] = []): boolean {
  const ownOrigins = new Set([new URL(request.url).origin, ...allowed.filter(Boolean)]);
  const origin = request.headers.get('origin');
  if (origin !== null) return !ownOrigins.has(origin); // "null" (sandboxed or opaque) is never ours
  const referer = request.headers.get('referer');
  if (referer !== null) return !ownOrigins.has(originOfUrl(referer));
  const fetchSite = request.headers.get('sec-fetch-site');
  return fetchSite === 'cross-site' || fetchSite === 'same-site';
}

function originOfUrl(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}
