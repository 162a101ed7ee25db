// The production HTTP server for the Node build: Astro's handler (static files + on-demand routes)
// wrapped with security headers, gzip, timeouts for slow clients, and a graceful stop on SIGTERM/SIGINT.
import http from 'node:http';
import { constants as zlib } from 'node:zlib';
import compression from 'compression';
import { securityHeaders } from './security-headers.ts';

/**
 * Slow or stalled clients are cut off instead of holding a connection open. Node checks these every
 * `connectionsCheckingInterval` (30 s by default), so check every second.
 */
const TIMEOUTS = { headersTimeout: 10_000, requestTimeout: 15_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 };
/** How long in-flight requests (an email being sent) may take to finish after SIGTERM. */
const DRAIN_MS = 10_000;

export async function serve({ entry, host, port, siteUrl }) {
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  // React (loaded from node_modules at run time, not bundled) picks its build from NODE_ENV when first
  // imported: unset, the email renderer ran React's development build, five times slower.
  process.env.NODE_ENV = 'production';
  const { handler } = await import(entry);
  const headers = Object.entries(securityHeaders(siteUrl));
  // Serverless hosts compress for us; here a cheap phone on a slow network should not pay for raw HTML.
  // Brotli at quality 5 instead of the package's 4: the React runtime comes out 5% smaller than with gzip, for
  // the same CPU per response (4 was larger than gzip).
  const compress = compression({ brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } } });

  const server = http.createServer(TIMEOUTS, (req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    compress(req, res, () => handler(req, res));
  });
  server.listen(port, host, () => console.log(`Serving on http://${host}:${port}`));

  const stop = (signal) => {
    console.log(`${signal}: no new requests; letting requests in flight finish`);
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), DRAIN_MS).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  return server;
}
