import { test, expect, type Page } from '@playwright/test';
import { axeViolations, recordCspViolations } from '../support/browser-checks';
import { sitemapPaths, PAGES_WITH_SCRIPT } from '../support/site-pages';
import { describeRequests, recordRequestsByType } from '../support/page-requests';

const paths = sitemapPaths();
/** Requests a content page may make (its own, by kind: see page-requests.ts). */
const CONTENT_PAGE_REQUESTS = 1;

/** Records every request the page makes, so a test can assert none leaves the site. */
function recordRequests(page: Page) {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

test('the sitemap lists the home page and every section', () => {
  for (const p of ['/', '/what-is-kap', '/research', '/faq', '/contact', '/privacy']) expect(paths).toContain(p);
});

test('every page in the sitemap is linked from the home page navigation', async ({ page }) => {
  await page.goto('/');
  const navLinks = await page
    .locator('nav[aria-label="Site"] a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const reachable = new Set(['/', ...navLinks]);
  // Study pages are one level down: each must be linked from the research library, which the menu reaches.
  await page.goto('/research');
  const libraryLinks = await page
    .locator('main a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  for (const p of libraryLinks) reachable.add(p);
  expect(paths.filter((p) => !reachable.has(p))).toEqual([]);
});

for (const path of paths) {
  test.describe(`page ${path}`, () => {
    test('answers 200, has one h1 and the crisis footer, requests nothing off-site, breaks no CSP rule', async ({
      page,
      baseURL,
    }) => {
      const requests = recordRequests(page);
      const cspViolations = recordCspViolations(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      const crisis = page.locator('footer .crisis');
      await expect(crisis).toBeVisible();
      await expect(crisis).toContainText('988');
      await expect(crisis.locator('a[href="tel:988"]').first()).toBeVisible();
      const offsite = requests.filter((u) => !u.startsWith(baseURL!) && !u.startsWith('data:'));
      expect(offsite).toEqual([]);
      expect(cspViolations).toEqual([]);
    });

    if (!PAGES_WITH_SCRIPT.includes(path)) {
      // The budget for a content page: its HTML alone (the CSS and the icon are inlined), never a script.
      test(`loads no JavaScript and makes at most ${CONTENT_PAGE_REQUESTS} requests`, async ({ page }) => {
        const { counted, other } = recordRequestsByType(page);
        await page.goto(path, { waitUntil: 'networkidle' });
        expect(counted.filter((r) => r.type === 'script')).toEqual([]);
        // A photo the owner adds is the page's own content: images are held to the <img> elements it shows.
        const images = counted.filter((r) => r.type === 'image');
        expect(images.length, describeRequests(images)).toBeLessThanOrEqual(await page.locator('img').count());
        const rest = counted.filter((r) => r.type !== 'image');
        expect(rest.length, describeRequests(rest)).toBeLessThanOrEqual(CONTENT_PAGE_REQUESTS);
        expect(other, 'requests of another kind (the icon is written into the page)').toEqual([]);
        const executable = await page.locator('script:not([type="application/ld+json"])').count();
        expect(executable).toBe(0);
      });
    }

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no axe violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test('the menu, opened, has no axe violations and every link is reachable by keyboard', async ({ page }) => {
  await page.goto('/');
  await page.locator('summary', { hasText: 'Menu' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('nav[aria-label="Site"]')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the menu works on a 320 px wide screen without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByText('Menu', { exact: false }).first().click();
  const link = page.locator('nav[aria-label="Site"] a', { hasText: 'Privacy notice' });
  await expect(link).toBeVisible();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(320);
  await context.close();
});

test('the first Tab reaches the skip link, which moves to the main content', async ({ page }) => {
  await page.goto('/what-is-kap');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveText('Skip to main content');
  await expect(focused).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('an unknown path answers 404 with the custom page', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('footer .crisis')).toBeVisible();
});

test('pages carry a canonical URL, a description and the practice JSON-LD', async ({ page }) => {
  await page.goto('/costs');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/costs$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
  const ld = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(JSON.parse(ld!)['@type']).toBe('MedicalBusiness');
});

test('page titles and descriptions are unique', async ({ request }) => {
  const seen = new Map<string, string>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
    const description = html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '';
    for (const key of [`title:${title}`, `description:${description}`]) {
      expect(seen.get(key), `${path} repeats ${key} of ${seen.get(key)}`).toBeUndefined();
      seen.set(key, path);
    }
  }
});

test('robots.txt points to the sitemap', async ({ request }) => {
  const body = await (await request.get('/robots.txt')).text();
  expect(body).toMatch(/Sitemap: http.*\/sitemap-index\.xml/);
  expect((await request.get('/sitemap-index.xml')).status()).toBe(200);
});
