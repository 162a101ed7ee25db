/**
 * Whether a POST comes from a page of another site (a cross-site form or script). Browsers send
 * Origin on every POST; Referer and Sec-Fetch-Site are fallbacks for privacy tools that strip it.
 * A request with none of them is not from a browser page, so it cannot be a cross-site forgery.
 *
 * @param request the incoming request
 * @param ownOrigin the site's origin: SITE_URL's in production, never one taken from a header the client writes
 */
export function isCrossOrigin(request: Request, ownOrigin: string): boolean {
  const origin = request.headers.get('origin');
  if (origin !== null) return origin !== ownOrigin; // "null" (sandboxed or opaque) is never ours
  const referer = request.headers.get('referer');
  if (referer !== null) return originOfUrl(referer) !== ownOrigin;
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
