/**
 * Checks a raw request before Astro sees it. Astro builds a WHATWG `Request` from every Node request, and that
 * constructor throws on methods such as TRACE and on a Host holding credentials (`a:b@c`): outside any
 * try/catch, one such request stopped the whole process. What fails here is answered with a plain 4xx.
 */

/** What pages answer to; the form's endpoints under /api/ keep their own rules for the others. */
export const PAGE_METHODS = ['GET', 'HEAD', 'POST'] as const;
/** Methods `new Request()` refuses outright (Fetch standard "forbidden methods"): never passed on. */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** A plain `hostname[:port]`: DNS name, IPv4 or bracketed IPv6, nothing else (no credentials, path or spaces). */
const PLAIN_HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const MAX_HOST_LENGTH = 260;

export type GuardResult =
  { ok: true; target: string } | { ok: false; status: 400 | 405; message: string; headers?: Record<string, string> };

function refuse(status: 400 | 405, message: string, headers?: Record<string, string>): GuardResult {
  return { ok: false, status, message, headers };
}

/**
 * The request target as a path on this site. The absolute form (`GET http://other.example/x`) keeps only its
 * path, and leading slashes and backslashes collapse to one, so `//other.example/` can never become a redirect
 * to another host (browsers read `//x` and `/\x` in a Location as "the host x").
 */
function pathTarget(target: string): string | undefined {
  let path = target;
  if (!path.startsWith('/')) {
    try {
      const url = new URL(path);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
      path = url.pathname + url.search;
    } catch {
      return undefined;
    }
  }
  path = path.replace(/^[/\\]+/, '/');
  try {
    decodeURI(path);
  } catch {
    return undefined;
  }
  return path;
}

export function isPlainHost(host: string | undefined): boolean {
  return host !== undefined && host.length <= MAX_HOST_LENGTH && PLAIN_HOST.test(host);
}

/**
 * @param method the request method as sent
 * @param host the Host header (undefined when absent)
 * @param target the request target as sent (`req.url`)
 * @returns the path to serve, or the 4xx answer to send instead
 */
export function guardRequest(method: string, host: string | undefined, target: string): GuardResult {
  if (!isPlainHost(host)) return refuse(400, 'Bad request: the Host header must be a plain host name and port.');
  const path = pathTarget(target);
  if (path === undefined) return refuse(400, 'Bad request: the address could not be read.');
  const isPageMethod = (PAGE_METHODS as readonly string[]).includes(method);
  if (!isPageMethod && (FORBIDDEN_METHODS.has(method) || !path.startsWith('/api/'))) {
    return refuse(405, `Method not allowed: use ${PAGE_METHODS.join(', ')}.`, { Allow: PAGE_METHODS.join(', ') });
  }
  return { ok: true, target: path };
}
