import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject } from '../support/project-copy.mjs';
import { fillContent } from '../support/filled-content.mjs';
import { writeFixturePhoto } from '../support/fixture-photos.mjs';

// Each serverless build runs in its own copy of the project, so the dist/ other tests serve is untouched.
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Builds a copy of the project for `adapter`; `prepare` may change the copy's content first. */
async function buildFor(adapter: string, env: Record<string, string> = {}, prepare?: (dir: string) => Promise<void>) {
  const dir = copyProject(`kap-${adapter}-`);
  copies.push(dir);
  await prepare?.(dir);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ASTRO_ADAPTER: adapter, ...env },
  });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return dir;
}

/** Content ready to go live, with a test portrait (so the image pipeline runs in this build). */
async function readyWithPhoto(dir: string) {
  await writeFixturePhoto(join(dir, 'content/photos'), 'portrait.jpg', 900, 1200);
  fillContent(dir, { photos: { portrait: { file: 'portrait.jpg', alt: 'A test portrait' }, office: [] } });
}

/** Total size in bytes of the files below a folder. */
function folderBytes(path: string): number {
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** Each built page's path ("/", "/faq", "/research/dore-2019") and the CSP hashes of its inline <style> tags. */
function pageStyles(staticDir: string) {
  return readdirSync(staticDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name === 'index.html')
    .map((d) => {
      const html = readFileSync(join(d.parentPath, d.name), 'utf8');
      const path = `/${relative(staticDir, d.parentPath).split('\\').join('/')}`.replace(/\/$/, '') || '/';
      const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
        ([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
      );
      return { path, hashes };
    });
}

/**
 * Styles are inlined, so each page needs its own policy (its styles' hashes): exactly one policy must apply
 * to each page's path, and it must allow every style the page holds. `policiesFor` lists the policies the
 * host's config applies to a path.
 */
function expectOwnPolicies(staticDir: string, policiesFor: (path: string) => string[]) {
  const pages = pageStyles(staticDir);
  expect(pages.length).toBeGreaterThan(10);
  for (const { path, hashes } of pages) {
    const policies = policiesFor(path);
    expect(policies, `${path}: policies that apply`).toHaveLength(1);
    expect(hashes.length, `${path}: inline styles`).toBeGreaterThan(0);
    for (const hash of hashes) expect(policies[0], `${path} allows its style ${hash}`).toContain(hash);
  }
}

/** Built without the GitHub-mode settings, no output carries the editor (routes or code). */
function expectNoEditor(...dirs: string[]) {
  for (const dir of dirs) {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && !d.parentPath.includes('node_modules'))
      .map((d) => join(d.parentPath, d.name));
    expect(files.length, dir).toBeGreaterThan(0);
    expect(files.filter((file) => /keystatic/i.test(file + readFileSync(file, 'latin1')))).toEqual([]);
  }
}
const SECURITY_HEADERS = ['Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy', 'X-Frame-Options'];

describe.concurrent('serverless builds', () => {
  // A preview for a public address: the launch gate lets placeholders through only with ALLOW_PLACEHOLDERS=1.
  test('Netlify: content pages are static files, the contact routes a function, headers in the host config', async () => {
    const dir = await buildFor('netlify', { SITE_URL: 'https://preview.example', ALLOW_PLACEHOLDERS: '1' });
    expect(existsSync(join(dir, 'dist/what-is-kap/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'dist/research/dore-2019/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'dist/contact/index.html'))).toBe(false);
    expect(existsSync(join(dir, 'dist/healthz'))).toBe(false);
    const fn = readFileSync(join(dir, '.netlify/v1/functions/ssr/ssr.mjs'), 'utf8');
    expect(fn).toMatch(/preferStatic: true/);

    const config = readJson(join(dir, '.netlify/v1/config.json'));
    const everyPath = config.headers.find((h: { for: string }) => h.for === '/*');
    for (const name of SECURITY_HEADERS) expect(everyPath.values).toHaveProperty(name);
    const page = config.headers.find((h: { for: string }) => h.for === '/faq');
    expect(page.values['Content-Security-Policy']).toContain("frame-ancestors 'none'");

    // Netlify's `for` is an exact path, or a prefix before a `*` (a splat).
    type Rule = { for: string; values: Record<string, string> };
    const matches = (pattern: string, path: string) =>
      new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);
    expectOwnPolicies(join(dir, 'dist'), (path) =>
      (config.headers as Rule[])
        .filter((rule) => rule.values['Content-Security-Policy'] && matches(rule.for, path))
        .map((rule) => rule.values['Content-Security-Policy']),
    );
    expectNoEditor(join(dir, 'dist'), join(dir, '.netlify'));
  }, 240_000);

  // Content ready to go live passes the launch gate with no override; its photo is built at build time, and
  // the function carries no image library (the on-demand /_image endpoint is replaced by a 404).
  test('Vercel: content pages are static files, the contact routes a function, headers in the host config', async () => {
    const dir = await buildFor('vercel', { SITE_URL: 'https://practice.example' }, readyWithPhoto);
    const output = join(dir, '.vercel/output');
    const about = readFileSync(join(output, 'static/about/index.html'), 'utf8');
    const sources = [...about.matchAll(/srcset="([^" ]+)/g)].map((m) => m[1]);
    expect(sources.some((src) => src.endsWith('.avif'))).toBe(true);
    for (const src of sources) expect(existsSync(join(output, 'static', src))).toBe(true);
    const func = join(output, 'functions/_render.func');
    expect(existsSync(join(func, 'node_modules/sharp'))).toBe(false);
    expect(folderBytes(func)).toBeLessThan(15 * 1024 * 1024);
    expect(existsSync(join(output, 'static/what-is-kap/index.html'))).toBe(true);
    expect(existsSync(join(output, 'static/contact/index.html'))).toBe(false);
    expect(readdirSync(join(output, 'functions')).some((f) => f.endsWith('.func'))).toBe(true);

    const config = readJson(join(output, 'config.json'));
    const routes: { src: string; dest?: string; headers?: Record<string, string> }[] = config.routes;
    // The first route with a destination that matches decides: the function (_render) or a static file.
    const destination = (path: string) => routes.find((r) => r.dest && new RegExp(r.src).test(path))?.dest;
    const toFunction = (path: string) => destination(path) === '_render';
    expect(toFunction('/api/contact')).toBe(true);
    expect(toFunction('/healthz')).toBe(true);
    expect(toFunction('/contact')).toBe(true);
    expect(toFunction('/what-is-kap')).toBe(false);
    const global = routes.find((r) => r.src === '/(.*)')!;
    for (const name of SECURITY_HEADERS) expect(global.headers).toHaveProperty(name);

    // Vercel anchors a route's src at both ends (@vercel/routing-utils) and the adapter writes header names in
    // lower case.
    const cspOf = (r: (typeof routes)[number]) =>
      Object.entries(r.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
    const fullMatch = (src: string, path: string) => new RegExp(`^${src.replace(/^\^|\$$/g, '')}$`).test(path);
    expectOwnPolicies(join(output, 'static'), (path) =>
      routes.filter((r) => cspOf(r) && fullMatch(r.src, path)).map((r) => cspOf(r)!),
    );
    expectNoEditor(output);
  }, 240_000);
});
