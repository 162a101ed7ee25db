import { axeViolations } from '../support/browser-checks';
import { test, expect, type Page } from '@playwright/test';
import { sitemapPaths } from '../support/site-pages';
import { contentFiles, entryId } from '../support/content-files';

// The header, the sections and "On this page", at a phone's width and a laptop's. Every check is a rule
// that holds for any content the owner writes: nothing here names a page's words.

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const paths = sitemapPaths();
const contentPages = contentFiles('pages').map((f) => `/${entryId(f)}`);

const sections = (page: Page) => page.locator('nav[aria-label="Sections"]');
const crisisLink = (page: Page) => page.locator('header a[href="tel:988"]');
const toc = (page: Page) => page.locator('nav[aria-labelledby="on-this-page"]');

/** Asserts an element is shown and at least 24 × 24 px (WCAG 2.2 target size). */
async function expectTarget(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, selector).not.toBeNull();
  expect(box!.width, `${selector} width`).toBeGreaterThanOrEqual(24);
  expect(box!.height, `${selector} height`).toBeGreaterThanOrEqual(24);
}

for (const width of [320, 390, 1280]) {
  test(`at ${width} px the crisis link shows without opening the menu, calls 988 and is a 24 px target`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', '/contact', '/what-is-kap']) {
      await page.goto(path);
      await expect(page.locator('details.menu')).not.toHaveAttribute('open');
      await expect(crisisLink(page)).toBeVisible();
      await expect(crisisLink(page)).toHaveText(/In crisis\?\s*Call 988/);
      await expectTarget(page, 'header a[href="tel:988"]');
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${path} scrolls sideways`,
      ).toBeLessThanOrEqual(width);
    }
  });
}

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: PHONE });

  test('the header fits in 120 px: the name on at most two lines, then the "ask" link and the menu on one row', async ({
    page,
  }) => {
    for (const path of ['/', '/privacy', '/research']) {
      await page.goto(path);
      const header = await page.locator('header.site-header').boundingBox();
      expect(header!.height, path).toBeLessThanOrEqual(120);
      // Lines of visible text: the tops of the text's line boxes (the hidden comma left out).
      const nameLines = await page.locator('header .brand').evaluate((brand) => {
        const tops = new Set<number>();
        const walker = document.createTreeWalker(brand, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement!.closest('.visually-hidden') || !node.textContent!.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
        }
        return tops.size;
      });
      expect(nameLines, `${path}: lines of the practice name`).toBeLessThanOrEqual(2);
      const ask = await page.locator('header a.cta').boundingBox();
      const menu = await page.locator('header summary').boundingBox();
      // One row: each one's vertical middle lies within the other's height.
      expect(ask!.y + ask!.height / 2).toBeGreaterThan(menu!.y);
      expect(ask!.y + ask!.height / 2).toBeLessThan(menu!.y + menu!.height);
      await expect(sections(page)).toBeHidden();
    }
  });

  test('"On this page" sits above the text, after the title', async ({ page }) => {
    await page.goto(contentPages[0]);
    const title = await page.locator('main h1').boundingBox();
    const list = await toc(page).boundingBox();
    const firstSection = await page.locator('main .prose h2').first().boundingBox();
    expect(list!.y).toBeGreaterThan(title!.y);
    expect(list!.y).toBeLessThan(firstSection!.y);
  });
});

test.describe('on a laptop (1280 px)', () => {
  test.use({ viewport: LAPTOP });

  test('the header shows the sections without opening the menu, on at most two rows', async ({ page }) => {
    await page.goto('/');
    await expect(sections(page)).toBeVisible();
    await expect(page.locator('details.menu')).not.toHaveAttribute('open');
    const links = sections(page).locator('a');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    const tops = await links.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'the sections wrap onto a second line').toBe(1);
    const header = await page.locator('header.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(130);
  });

  test('on every page the section it belongs to is marked, for sight and with aria-current', async ({ page }) => {
    test.setTimeout(paths.length * 5_000);
    await page.goto('/');
    await expect(sections(page).locator('a[aria-current]')).toHaveCount(0);
    // Which menu group (its label) holds each page, read from the full menu.
    const groupOf = new Map<string, string>(
      await page.locator('nav[aria-label="Site"] .group').evaluateAll((groups) =>
        groups.flatMap((g) => {
          const label = g.querySelector('.group-label')!.textContent!.trim();
          return [...g.querySelectorAll('a')].map((a) => [new URL(a.href).pathname, label] as [string, string]);
        }),
      ),
    );
    for (const path of paths.filter((p) => p !== '/')) {
      await page.goto(path);
      const marked = sections(page).locator('a[aria-current]');
      await expect(marked, path).toHaveCount(1);
      const href = new URL((await marked.getAttribute('href'))!, 'http://x').pathname;
      if (href === path) {
        await expect(marked, path).toHaveAttribute('aria-current', 'page');
      } else {
        await expect(marked, path).toHaveAttribute('aria-current', 'true');
        // A study belongs to the research library; any other page to the section named like its menu group.
        if (path.startsWith('/research/')) expect(href, path).toBe('/research');
        else await expect(marked, path).toHaveText(groupOf.get(path)!);
      }
      // Marked for sight too, not only for screen readers: a visible bar under it that the others lack.
      const bar = (a: Element) => getComputedStyle(a).borderBottomColor;
      const unmarked = await sections(page).locator('a:not([aria-current])').first().evaluate(bar);
      expect(await marked.evaluate(bar), path).not.toBe(unmarked);
    }
  });

  test('"On this page" sits in the right-hand column, beside the text', async ({ page }) => {
    await page.goto(contentPages[0]);
    const list = await toc(page).boundingBox();
    const text = await page.locator('main .prose').boundingBox();
    expect(list!.x).toBeGreaterThanOrEqual(text!.x + text!.width);
    expect(list!.y).toBeLessThan(text!.y + 100);
  });
});

for (const path of contentPages) {
  test(`${path}: "On this page" lists its sections when it has three or more, and each link reaches its section`, async ({
    page,
  }) => {
    await page.goto(path);
    const sectionIds = await page.locator('main article .prose h2').evaluateAll((hs) => hs.map((h) => h.id));
    if (sectionIds.length < 3) {
      await expect(toc(page)).toHaveCount(0);
      return;
    }
    await expect(toc(page)).toBeVisible();
    const targets = await toc(page)
      .locator('a')
      .evaluateAll((as) => as.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).hash.slice(1))));
    expect(targets[0], 'the first link goes to the top').toBe(await page.locator('main h1').getAttribute('id'));
    const listedSections = await toc(page)
      .locator(':scope > ul > li > a')
      .evaluateAll((as) => as.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).hash.slice(1))));
    expect(listedSections.slice(1)).toEqual(sectionIds);
    for (const id of targets.slice(1)) {
      expect(await page.locator(`[id="${id}"]`).count(), `#${id} exists once`).toBe(1);
    }
    // Following the last link scrolls its section into view.
    const last = targets.at(-1)!;
    await toc(page).locator(`a[href="#${last}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${last}$`));
    await expect(page.locator(`[id="${last}"]`)).toBeInViewport();
  });
}

test('pages that are not long articles have no "On this page"', async ({ page }) => {
  for (const path of ['/', '/contact', '/no-such-page']) {
    await page.goto(path);
    await expect(toc(page), path).toHaveCount(0);
  }
});

for (const viewport of [PHONE, LAPTOP]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the header, the open menu and "On this page" have no axe violations (${viewport.width} px, ${colorScheme})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto(contentPages[0]);
      await page.locator('header summary').click();
      await expect(page.locator('nav[aria-label="Site"]')).toBeVisible();
      expect(await axeViolations(page, ['header', 'nav[aria-labelledby="on-this-page"]'])).toEqual([]);
      for (const selector of ['header a[href="tel:988"]', 'header summary', 'header a.cta', 'header .brand']) {
        await expectTarget(page, selector);
      }
    });
  }
}

test('the header prints without its menu, sections and links to other pages', async ({ page }) => {
  await page.goto(contentPages[0]);
  await page.emulateMedia({ media: 'print' });
  for (const selector of [
    'header details.menu',
    'nav[aria-label="Sections"]',
    'header a.cta',
    'nav[aria-labelledby="on-this-page"]',
  ]) {
    await expect(page.locator(selector), selector).toBeHidden();
  }
  await expect(page.locator('header .brand')).toBeVisible();
});
