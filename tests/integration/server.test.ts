import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connect } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, startServer, type RunningServer } from '../support/server';
import { INSPECT_OPTIONS, withInspector } from '../support/inspector.mjs';

describe('the production server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    // Short client limits, so the slow-client test takes about a second (the real ones are unit-tested).
    server = await startServer({
      NODE_OPTIONS: INSPECT_OPTIONS,
      HEADERS_TIMEOUT_MS: '500',
      REQUEST_TIMEOUT_MS: '1000',
    });
  });
  afterAll(() => server.stop());

  // Started, like `npm start`, without NODE_ENV: React would pick its development build, five times slower.
  test("renders with React's production build", async () => {
    expect((await fetch(`${server.url}/contact`)).status).toBe(200); // server-renders the form island
    // Only modules that ran: importing CommonJS from ESM also pre-parses the branch React did not take.
    const expression = `[process.env.NODE_ENV, Object.keys(require.cache).filter((f) => /\\/react(-dom)?\\//.test(f) && require.cache[f].loaded)]`;
    const evaluated = await withInspector(server, (send) =>
      send('Runtime.evaluate', { expression, includeCommandLineAPI: true, returnByValue: true }),
    );
    const [nodeEnv, reactFiles] = (evaluated as { result: { value: [string, string[]] } }).result.value;
    expect(nodeEnv).toBe('production');
    expect(reactFiles.filter((f) => f.endsWith('.production.js')).length).toBeGreaterThan(0);
    expect(reactFiles.filter((f) => f.endsWith('.development.js'))).toEqual([]);
  });

  test('sends the security headers with a static page', async () => {
    const res = await fetch(`${server.url}/what-is-kap`);
    expect(res.status).toBe(200);
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  // Fetched as a file, the icon started before a page's first paint on a slow phone and held it back.
  test('writes the icon into the page, and makes a 180 px PNG of it for home screens and search', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const icon = html.match(/<link rel="icon" type="image\/svg\+xml" href="data:image\/svg\+xml,([^"]+)"/);
    expect(decodeURIComponent(icon?.[1] ?? '')).toMatch(/^<svg[^>]*>.*<\/svg>$/s);
    expect(html).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png">');
    const png = await fetch(`${server.url}/apple-touch-icon.png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    const header = new DataView(await png.arrayBuffer());
    expect([header.getUint32(16), header.getUint32(20)]).toEqual([180, 180]); // IHDR width, height
  });

  // An article holds nothing personal and paints sooner without COOP's own process; the form holds health answers.
  test('cuts the contact page off from whatever window opened it, and only that', async () => {
    const contact = await fetch(`${server.url}/contact`);
    expect(contact.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    const article = await fetch(`${server.url}/what-is-kap`);
    expect(article.headers.get('cross-origin-opener-policy')).toBeNull();
  });

  test('sends them with the 404 page too', async () => {
    const res = await fetch(`${server.url}/missing-page`);
    expect(res.status).toBe(404);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // The 404 page's own policy (it loads the site's styles), not the strict one for non-pages.
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'self'.*frame-ancestors 'none'/);
    expect(await res.text()).toContain('Page not found');
  });

  test('sends them with JSON answers, with a policy that allows nothing', async () => {
    const res = await fetch(`${server.url}/api/contact`);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  test("serves a page at exactly one address, with that page's own policy from the build", async () => {
    const slash = await fetch(`${server.url}/research/`, { redirect: 'manual' });
    expect(slash.status).toBe(301);
    expect(slash.headers.get('location')).toBe('/research');
    // The adapter matched headers with pathname.includes(), so /research could get a study page's policy.
    const built: { pathname: string; headers: { key: string; value: string }[] }[] = JSON.parse(
      readFileSync(join(root, 'dist/_headers.json'), 'utf8'),
    );
    for (const { pathname, headers } of built.filter((p) => p.pathname !== '/404')) {
      const csp = headers.find((h) => h.key === 'Content-Security-Policy')!.value;
      expect((await fetch(`${server.url}${pathname}`)).headers.get('content-security-policy'), pathname).toBe(csp);
    }
  });

  test('never allows unsafe-inline or unsafe-eval scripts', async () => {
    const csp = (await fetch(`${server.url}/`)).headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/script-src 'self'/);
    expect(scriptSrc).not.toMatch(/unsafe-(inline|eval)/);
  });

  test('cuts off a client that never finishes sending its headers', async () => {
    const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n'); // and then nothing more
    socket.resume(); // read whatever comes, so 'close' can fire
    const closed = await new Promise<boolean>((resolve) => {
      socket.once('close', () => resolve(true));
      setTimeout(() => resolve(false), 5_000);
    });
    expect(closed).toBe(true);
    // The server still answers everyone else.
    expect((await fetch(`${server.url}/`)).status).toBe(200);
  });
});

describe('stopping the server', () => {
  test('SIGTERM stops it cleanly with exit code 0', async () => {
    const server = await startServer();
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(server.output()).toContain('SIGTERM');
  });
});
