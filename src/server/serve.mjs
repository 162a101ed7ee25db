// The production HTTP server for the Node build: checks each raw request, serves the built files with their
// own headers, hands everything else to Astro, and puts the security headers on every answer. Slow clients
// are cut off, one request's failure never stops the process, and SIGTERM/SIGINT stop it gracefully.
import http from 'node:http';
import { join } from 'node:path';
import { constants as zlib } from 'node:zlib';
import compression from 'compression';
import onHeaders from 'on-headers';
import { DEFAULT_LIMITS } from './limits.ts';
import { guardRequest } from './request-guard.ts';
import { responseHeaders } from './security-headers.ts';
import { createStaticSite } from './static-site.ts';

/** A short answer of our own (a refused request, a failure): plain text, nothing to load. */
function answer(res, status, message, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(`${message}\n`);
}

/** Logs a failure without anything from the request but its method: URLs and bodies can be personal. */
function logFailure(what, error) {
  console.error(`server: ${what} (${error?.name ?? 'error'}${error?.code ? ` ${error.code}` : ''}); still serving`);
}

/** @typedef {import('./limits.ts').ServerLimits} ServerLimits */

/**
 * @param {{ distDir: string, host: string, port: number, siteUrl: string, limits?: ServerLimits }} options
 */
export async function serve({ distDir, host, port, siteUrl, limits = DEFAULT_LIMITS }) {
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  // React (loaded from node_modules at run time, not bundled) picks its build from NODE_ENV when first
  // imported: unset, the email renderer ran React's development build, five times slower.
  process.env.NODE_ENV = 'production';
  const { handler: astro } = await import(join(distDir, 'server/entry.mjs'));
  const site = createStaticSite(join(distDir, 'client'), join(distDir, '_headers.json'));
  const notFoundCsp = site.pageHeaders('/404')?.['Content-Security-Policy'];
  // Serverless hosts compress for us; here a cheap phone on a slow network should not pay for raw HTML.
  // Brotli at quality 5 instead of the package's 4: the React runtime comes out 5% smaller than with gzip, for
  // the same CPU per response (4 was larger than gzip).
  const compress = compression({ brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } } });

  /** Just before any answer's headers go out, whoever wrote it: the security headers, and a CSP if it has none. */
  function secure(res) {
    onHeaders(res, () => {
      const headers = responseHeaders({
        siteUrl,
        contentType: String(res.getHeader('content-type') ?? ''),
        csp: String(res.getHeader('content-security-policy') ?? ''),
        pageCsp: res.statusCode === 404 ? notFoundCsp : undefined,
      });
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    });
  }

  /** One request failed: a 500 for it alone (or a cut connection, if its answer had begun). */
  function fail(req, res, error) {
    logFailure(`${req.method} request failed`, error);
    if (res.headersSent) res.destroy();
    else answer(res, 500, 'Something went wrong on our side. Please try again in a moment.');
  }

  function handle(req, res) {
    const checked = guardRequest(req.method ?? '', req.headers.host, req.url ?? '/');
    if (!checked.ok) return answer(res, checked.status, checked.message, checked.headers);
    req.url = checked.target;
    const render = () => Promise.resolve(astro(req, res)).catch((error) => fail(req, res, error));
    compress(req, res, () => site.serve(req, res, render));
  }

  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks the two timeouts above every 30 s by default: check every second.
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    },
    (req, res) => {
      secure(res);
      try {
        handle(req, res);
      } catch (error) {
        fail(req, res, error);
      }
    },
  );
  server.maxConnections = limits.maxConnections;
  server.listen(port, host, () => console.log(`Serving on http://${host}:${port}`));

  // A failure outside any request (a timer, a stream) is logged and the process keeps serving, so the
  // in-memory rate limit survives. A supervisor (systemd Restart=always) covers a crash all the same.
  process.on('uncaughtException', (error) => logFailure('uncaught exception', error));
  process.on('unhandledRejection', (error) => logFailure('unhandled rejection', error));

  const stop = (signal) => {
    console.log(`${signal}: no new requests; letting requests in flight finish`);
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), limits.drainMs).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  return server;
}
