import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, resolveChromium } from '../support/chromium.mjs';
import { copyProject } from '../support/project-copy.mjs';
import { freePort } from '../support/server';

// The editor on the live site (Keystatic's GitHub mode), tested offline up to GitHub itself: builds with fake
// GitHub settings, each in its own copy of the project (dist/ untouched), one build per configuration.

const SETTINGS = {
  KEYSTATIC_GITHUB_CLIENT_ID: 'Iv1.testclientid0001',
  KEYSTATIC_GITHUB_CLIENT_SECRET: 'test-client-secret-must-stay-on-the-server',
  KEYSTATIC_SECRET: 'test-cookie-secret-must-stay-on-the-server-0123456789',
  PUBLIC_KEYSTATIC_GITHUB_REPO: 'example-practice/website',
  PUBLIC_KEYSTATIC_GITHUB_APP_SLUG: 'example-practice-editor',
};
const SECRETS = [SETTINGS.KEYSTATIC_GITHUB_CLIENT_SECRET, SETTINGS.KEYSTATIC_SECRET];
const CONTENT_PAGES = ['/', '/what-is-kap', '/faq', '/research', '/research/dore-2019'];

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function build(adapter: string, settings: Record<string, string>) {
  const dir = copyProject(`kap-editor-${adapter}-`);
  copies.push(dir);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ASTRO_ADAPTER: adapter, ...settings },
  });
  return { dir, ...result };
}

function built(adapter: string, settings: Record<string, string>) {
  const result = build(adapter, settings);
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return result.dir;
}

/** Every file below `dir`, as text. */
function files(dir: string) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => ({ path: join(d.parentPath, d.name), text: readFileSync(join(d.parentPath, d.name), 'latin1') }));
}

/** The built site served as `npm start` serves it (src/server/serve.mjs), with the secrets only at run time. */
async function serveBuild(dir: string, env: Record<string, string>) {
  const port = await freePort();
  const script = `const { serve } = await import(${JSON.stringify(join(dir, 'src/server/serve.mjs'))});
    await serve({ distDir: ${JSON.stringify(join(dir, 'dist'))}, host: '127.0.0.1', port: ${port}, siteUrl: 'http://127.0.0.1:${port}' });`;
  const child: ChildProcess = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dir,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  for (let i = 0; i < 200 && !/Serving on/.test(log); i++) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `http://127.0.0.1:${port}`, log: () => log, stop: () => child.kill('SIGTERM') };
}

const cspOf = (res: Response) => res.headers.get('content-security-policy') ?? '';
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

describe('a Node build with the GitHub settings', () => {
  let dir: string;
  let plainDir: string;
  let server: Awaited<ReturnType<typeof serveBuild>>;
  let plain: Awaited<ReturnType<typeof serveBuild>>;
  const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, { redirect: 'manual', ...init });

  beforeAll(async () => {
    dir = built('node', SETTINGS);
    plainDir = built('node', {});
    server = await serveBuild(dir, SETTINGS);
    plain = await serveBuild(plainDir, {});
  }, 400_000);
  afterAll(() => {
    server?.stop();
    plain?.stop();
  });

  test('serves the editor shell at /keystatic and below, with the editor island', async () => {
    for (const path of ['/keystatic', '/keystatic/collection/faq', '/keystatic/singleton/settings']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html).toMatch(/<astro-island[^>]+client="only"/);
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    }
  });

  test("the editor's pages and API carry its own headers", async () => {
    for (const path of ['/keystatic', '/api/keystatic/github/login', '/api/keystatic/github/oauth/callback']) {
      const res = await get(path);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('x-robots-tag'), path).toContain('noindex');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    const csp = cspOf(await get('/keystatic'));
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(csp, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive(csp, 'connect-src')).toBe(
      "connect-src 'self' https://api.github.com https://raw.githubusercontent.com",
    );
    expect(directive(csp, 'img-src')).toBe("img-src 'self' data: https://avatars.githubusercontent.com");
    expect(directive(csp, 'script-src')).toMatch(/^script-src 'self'/);
    expect(directive(csp, 'script-src')).not.toMatch(/unsafe|https?:/);
    expect(directive(csp, 'default-src')).toBe("default-src 'self'");
    // GitHub is the only third party the editor may reach.
    const hosts = [...csp.matchAll(/https:\/\/([^\s;]+)/g)].map((m) => m[1]);
    expect(new Set(hosts)).toEqual(
      new Set(['api.github.com', 'raw.githubusercontent.com', 'avatars.githubusercontent.com']),
    );
  });

  test('content pages keep exactly the CSP of a build without the editor, and load no script', async () => {
    for (const path of CONTENT_PAGES) {
      const [withEditor, without] = await Promise.all([get(path), fetch(`${plain.url}${path}`)]);
      expect(withEditor.status, path).toBe(200);
      expect(cspOf(withEditor), path).toBe(cspOf(without));
      expect(cspOf(withEditor), path).not.toContain('unsafe-inline');
      expect(withEditor.headers.get('cache-control'), path).not.toBe('no-store');
      // Structured data (JSON-LD) is the only <script> a content page has: data, never run.
      expect(await withEditor.text(), path).not.toMatch(/<script(?! type="application\/ld\+json")|modulepreload/);
    }
    const contact = await get('/contact');
    expect(cspOf(contact)).toBe(cspOf(await fetch(`${plain.url}/contact`)));
    expect(cspOf(contact)).not.toContain('github');
  });

  test('sign-in sends the person to GitHub with the client id and a state remembered in a cookie', async () => {
    for (const query of ['', '?from=branch/main/collection/faq']) {
      const res = await get(`/api/keystatic/github/login${query}`);
      expect(res.status).toBe(307);
      const location = new URL(res.headers.get('location')!);
      expect(`${location.origin}${location.pathname}`).toBe('https://github.com/login/oauth/authorize');
      expect(location.searchParams.get('client_id')).toBe(SETTINGS.KEYSTATIC_GITHUB_CLIENT_ID);
      expect(location.searchParams.get('redirect_uri')).toBe(`${server.url}/api/keystatic/github/oauth/callback`);
      const state = location.searchParams.get('state');
      expect(state).toMatch(/^[0-9a-f]{20,}$/);
      expect(res.headers.getSetCookie().some((c) => c.startsWith(`ks-${state}=`) && /HttpOnly/i.test(c))).toBe(true);
    }
  });

  test('forged or broken sign-in callbacks get a plain 4xx, never a 5xx, and GitHub is never asked', async () => {
    const callback = '/api/keystatic/github/oauth/callback';
    const known = new URL((await get('/api/keystatic/github/login')).headers.get('location')!).searchParams.get(
      'state',
    );
    const cookie = `ks-${known}=1`;
    const cases: [string, string?][] = [
      [`${callback}`],
      [`${callback}?code=abc123`],
      [`${callback}?code=abc123&state=`],
      [`${callback}?code=abc123&state=0123456789abcdef0123`],
      [`${callback}?code=abc123&state=close`],
      [`${callback}?code=abc123&state=${known}`], // a real state, but not this browser's (no cookie)
      [`${callback}?code=abc123&state=..%2F..%2Fetc`, cookie],
      [`${callback}?state=${known}`, cookie], // no code
      [`${callback}?code=&state=${known}`, cookie],
      [`${callback}?error=access_denied&error_description=The+user+denied&state=${known}`, cookie],
    ];
    for (const [path, sentCookie] of cases) {
      const res = await get(path, { headers: sentCookie ? { cookie: sentCookie } : {} });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/plain/);
      expect(
        res.headers.getSetCookie().filter((c) => c.startsWith('keystatic-gh-')),
        path,
      ).toEqual([]);
    }
  });

  test('has no file-writing API: the local-mode routes answer 404 and content/ is untouched', async () => {
    const faq = join(dir, 'content/faq');
    const before = readdirSync(faq).map((f) => readFileSync(join(faq, f), 'utf8'));
    const headers = { 'no-cors': '1', 'content-type': 'application/json' };
    const addition = { additions: [{ path: 'content/faq/new.mdx', contents: 'eA' }], deletions: [] };
    expect((await get('/api/keystatic/tree', { headers })).status).toBe(404);
    expect(
      (await get('/api/keystatic/update', { method: 'POST', headers, body: JSON.stringify(addition) })).status,
    ).toBe(404);
    expect((await get('/api/keystatic/github/created-app?code=abc')).status).toBe(404);
    expect(readdirSync(faq).map((f) => readFileSync(join(faq, f), 'utf8'))).toEqual(before);
  });

  test('the sitemap leaves the editor out and robots.txt disallows it', async () => {
    const sitemap = readFileSync(join(dir, 'dist/client/sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/what-is-kap');
    expect(sitemap).not.toMatch(/keystatic/i);
    const robots = await (await get('/robots.txt')).text();
    expect(robots).toMatch(/^Disallow: \/keystatic$/m);
    expect(robots).toMatch(/^Disallow: \/api\/keystatic$/m);
    expect(await (await fetch(`${plain.url}/robots.txt`)).text()).not.toMatch(/keystatic/i);
  });

  test('secrets reach neither the browser, the build output, nor the log', async () => {
    await get('/api/keystatic/github/oauth/callback?code=abc&state=0123456789abcdef0123');
    const html = await (await get('/keystatic')).text();
    const output = files(join(dir, 'dist'));
    for (const secret of SECRETS) {
      expect(html).not.toContain(secret);
      expect(output.filter((f) => f.text.includes(secret)).map((f) => f.path)).toEqual([]);
      expect(server.log()).not.toContain(secret);
    }
    // The browser does get the repository and the app's slug, which it needs.
    const client = files(join(dir, 'dist/client/_astro'))
      .map((f) => f.text)
      .join('\n');
    expect(client).toContain(SETTINGS.PUBLIC_KEYSTATIC_GITHUB_APP_SLUG);
  });

  test('in a browser, the editor renders styled under its policy; a content page stays script-free', async () => {
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ executablePath: await resolveChromium(), args: CHROMIUM_ARGS });
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()));
      await page.goto(`${server.url}/keystatic`);
      const signIn = page.getByRole('button', { name: 'Log in with GitHub' }); // an <a role="button">
      await signIn.waitFor({ timeout: 20_000 });
      expect(await signIn.getAttribute('href')).toBe('/api/keystatic/github/login');
      // Unstyled (a CSP blocking the editor's inline styles), the link would be square with no background.
      expect(await signIn.evaluate((el) => getComputedStyle(el).borderRadius)).not.toBe('0px');
      // The only thing blocked is the web font Keystatic links to on Google's servers.
      expect(violations.filter((v) => !v.includes('fonts.googleapis.com'))).toEqual([]);

      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.resourceType()));
      await page.goto(`${server.url}/what-is-kap`, { waitUntil: 'networkidle' });
      expect(requests.filter((t) => t === 'script')).toEqual([]);
      expect(requests.filter((t) => t === 'document' || t === 'stylesheet').length).toBeLessThanOrEqual(3);
    } finally {
      await browser?.close();
    }
  }, 60_000);
});

describe('a build with only some of the GitHub settings', () => {
  test('stops, naming the missing ones', () => {
    const { KEYSTATIC_SECRET: _left, ...partial } = SETTINGS;
    const result = build('node', partial);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('Missing: KEYSTATIC_SECRET');
  }, 120_000);
});

describe.concurrent('serverless builds with the GitHub settings', () => {
  /** The editor's code and policy are in the function bundle; no secret is baked into any output. */
  function expectEditorFunction(functionDir: string, outputs: string[]) {
    const bundle = files(functionDir).filter((f) => f.path.endsWith('.mjs') && !f.path.includes('node_modules'));
    const all = bundle.map((f) => f.text).join('\n');
    expect(all).toContain('/api/keystatic/[...params]');
    expect(all).toContain('https://avatars.githubusercontent.com'); // the editor's policy (src/editor/headers.ts)
    for (const output of outputs) {
      const leaked = files(output).filter((f) => SECRETS.some((s) => f.text.includes(s)));
      expect(leaked.map((f) => f.path)).toEqual([]);
    }
  }

  test('Netlify: the editor is in the function, its pages are not static files, headers in the host config', () => {
    const dir = built('netlify', SETTINGS);
    expect(existsSync(join(dir, 'dist/keystatic'))).toBe(false);
    expect(readFileSync(join(dir, 'dist/robots.txt'), 'utf8')).toContain('Disallow: /keystatic');
    expectEditorFunction(join(dir, '.netlify/v1/functions/ssr'), [
      join(dir, 'dist'),
      join(dir, '.netlify/v1/functions'),
    ]);
    const config = JSON.parse(readFileSync(join(dir, '.netlify/v1/config.json'), 'utf8'));
    const everyPath = config.headers.find((h: { for: string }) => h.for === '/*');
    expect(everyPath.values).toHaveProperty('X-Content-Type-Options', 'nosniff');
  }, 240_000);

  test('Vercel: /keystatic and /api/keystatic go to the function, headers in the host config', () => {
    const dir = built('vercel', SETTINGS);
    const output = join(dir, '.vercel/output');
    const config = JSON.parse(readFileSync(join(output, 'config.json'), 'utf8'));
    const routes: { src: string; dest?: string; headers?: Record<string, string> }[] = config.routes;
    const destination = (path: string) => routes.find((r) => r.dest && new RegExp(r.src).test(path))?.dest;
    for (const path of ['/keystatic', '/keystatic/collection/faq', '/api/keystatic/github/login']) {
      expect(destination(path), path).toBe('_render');
    }
    expect(destination('/what-is-kap')).not.toBe('_render');
    expect(routes.find((r) => r.src === '/(.*)')!.headers).toHaveProperty('X-Content-Type-Options', 'nosniff');
    expect(existsSync(join(output, 'static/keystatic'))).toBe(false);
    expectEditorFunction(join(output, 'functions/_render.func'), [output]);
  }, 240_000);
});
