import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../support/project-copy.mjs';

// The editor (Keystatic) runs in `astro dev` only. It has no login, so the production build, served here
// as `npm start` serves it, must carry neither its routes nor its code.

test('the production server has no editor routes', async ({ request }) => {
  for (const path of ['/keystatic', '/keystatic/singleton/settings', '/api/keystatic/tree', '/api/keystatic/update']) {
    expect((await request.get(path)).status(), `GET ${path}`).toBe(404);
    expect((await request.post(path, { data: {} })).status(), `POST ${path}`).toBe(404);
  }
});

test('the production build contains no editor code', () => {
  const dist = join(projectRoot, 'dist');
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((file) => /keystatic/i.test(readFileSync(file, 'latin1')))).toEqual([]);
});

test('the editor address loads no script, like every content page', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  for (const path of ['/keystatic', '/what-is-kap', '/faq']) await page.goto(path);
  expect(scripts).toEqual([]);
});
