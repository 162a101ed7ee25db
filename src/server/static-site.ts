import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

/** `dist/_headers.json`, written by the Node adapter's `staticHeaders`: each built page's own headers. */
type HeadersJson = { pathname: string; headers: { key: string; value: string }[] }[];

export interface StaticSite {
  /** Serves a built file, or calls `next` when there is none (on-demand routes and the 404 page). */
  serve(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  /** The headers of the built page at `pathname` (`/`, `/faq`, `/404`), by exact path. */
  pageHeaders(pathname: string): Record<string, string> | undefined;
}

function readPageHeaders(file: string): Map<string, Record<string, string>> {
  const list: HeadersJson = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  return new Map(
    list.map(({ pathname, headers }) => [pathname, Object.fromEntries(headers.map((h) => [h.key, h.value]))]),
  );
}

function splitTarget(target: string): [path: string, query: string] {
  const at = target.indexOf('?');
  return at === -1 ? [target, ''] : [target.slice(0, at), target.slice(at)];
}

/** `/faq/index.html`, `/faq.html` and `/faq` are one page. */
function pagePath(pathname: string): string {
  return pathname.replace(/(\/index)?\.html$/, '') || '/';
}

/**
 * The built site's files, served by exact path with each page's own headers. (The adapter's static handler
 * matched headers with `pathname.includes(url)`, so `/research` could get a study page's policy, and it
 * built a WHATWG Request for every file.) Hashed assets are cached for a year; files precompressed at build
 * time (`.br`, `.gz`) are sent as they are.
 *
 * @param clientDir the build's `dist/client`
 * @param headersFile the build's `dist/_headers.json`
 */
export function createStaticSite(clientDir: string, headersFile: string): StaticSite {
  const pages = readPageHeaders(headersFile);
  const pageHeaders = (pathname: string) => pages.get(pagePath(pathname));
  const files = sirv(clientDir, {
    etag: true,
    brotli: true,
    gzip: true,
    setHeaders(res, pathname) {
      if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      for (const [name, value] of Object.entries(pageHeaders(pathname) ?? {})) res.setHeader(name, value);
    },
  });
  return {
    pageHeaders,
    serve(req, res, next) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      const [path, query] = splitTarget(req.url ?? '/');
      // One address per page (trailingSlash: 'never'). The guard has collapsed leading slashes, so the
      // Location always stays on this site.
      if (path !== '/' && /[/\\]$/.test(path)) {
        res.writeHead(301, { Location: (path.replace(/[/\\]+$/, '') || '/') + query }).end();
        return;
      }
      files(req, res, next);
    },
  };
}
