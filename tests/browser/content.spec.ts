import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { contentFiles, entryId } from '../support/content-files';
import { splitFrontMatter } from '../support/readability';
import settings from '../../content/settings.json' with { type: 'json' };
import { isPlaceholder } from '../../src/lib/settings-schema';
import { inWords, statesServed } from '../../src/lib/states';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const pages = contentFiles('pages').map((f) => ({ id: entryId(f), data: splitFrontMatter(f.source).data }));
const clinical = pages.filter((p) => p.data.clinical === true);
const faqIds = contentFiles('faq').map(entryId);

/** The `yaml` package reads a front-matter date (YAML 1.2) as the text "YYYY-MM-DD". */
const isoDay = (value: unknown) => String(value);

// Rules every valid edit keeps: the owner may add, remove or review pages, and fill in settings.
test('the explainer pages about the treatment are marked clinical', () => {
  const treatment = ['what-is-kap', 'ketamine', 'how-it-works', 'dosing-session', 'integration', 'conditions', 'safety', 'medication-management'];
  const present = pages.filter((p) => treatment.includes(p.id));
  expect(present.filter((p) => p.data.clinical !== true).map((p) => p.id)).toEqual([]);
});

for (const page of clinical) {
  test.describe(`clinical page /${page.id}`, () => {
    test('shows when it was reviewed, when it is due again and who reviewed it', async ({ page: browserPage }) => {
      await browserPage.goto(`/${page.id}`);
      const line = browserPage.locator('.review-line');
      await expect(line).toBeVisible();
      await expect(line).toHaveText(/^Last reviewed .+ · Next review due .+ · Reviewed by .+$/);
      const days = await line.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
      expect(days).toEqual([isoDay(page.data.lastReviewed), isoDay(page.data.nextReview)]);
      // A reviewer not recorded yet shows as "to be added"; a real one as written.
      const reviewer = String(page.data.reviewedBy);
      if (isPlaceholder(reviewer)) await expect(line.locator('mark.placeholder')).toContainText('to be added');
      else await expect(line).toContainText(reviewer);
    });

    test('carries valid MedicalWebPage JSON-LD that cites its studies', async ({ page: browserPage }) => {
      await browserPage.goto(`/${page.id}`);
      const blocks = await browserPage.locator('script[type="application/ld+json"]').allTextContents();
      const medical = blocks.map((b) => JSON.parse(b)).filter((d) => d['@type'] === 'MedicalWebPage');
      expect(medical).toHaveLength(1);
      const [ld] = medical;
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld.name).toBe(await browserPage.locator('h1').textContent());
      expect(new URL(ld.url).pathname).toBe(`/${page.id}`);
      expect(ld.lastReviewed).toBe(isoDay(page.data.lastReviewed));
      expect(ld.medicalAudience).toEqual({ '@type': 'MedicalAudience', audienceType: 'Patient' });
      if (isPlaceholder(String(page.data.reviewedBy))) expect(ld).not.toHaveProperty('reviewedBy');
      const studies = (page.data.studies as string[] | undefined) ?? [];
      expect(ld.citation.map((c: { url: string }) => new URL(c.url).pathname)).toEqual(studies.map((s) => `/research/${s}`));
      for (const article of ld.citation) {
        expect(article['@type']).toBe('ScholarlyArticle');
        expect(article.identifier.map((i: { propertyID: string }) => i.propertyID)).toEqual(
          expect.arrayContaining([expect.stringMatching(/^(DOI|PMID)$/)]),
        );
      }
    });
  });
}

test('pages that are not clinical show no review line and no MedicalWebPage', async ({ page }) => {
  for (const p of pages.filter((x) => x.data.clinical !== true)) {
    await page.goto(`/${p.id}`);
    await expect(page.locator('.review-line')).toHaveCount(0);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks.map((b) => JSON.parse(b)['@type'])).not.toContain('MedicalWebPage');
  }
});

test('about, costs and privacy show the owner settings, with placeholders marked', async ({ page }) => {
  await page.goto('/about');
  await expect(page.locator('.facts')).toContainText(settings.therapist.name);
  const credentials = settings.therapist.credentials;
  if (isPlaceholder(credentials)) await expect(page.locator('.facts mark.placeholder').first()).toContainText('to be added');
  else await expect(page.locator('.facts')).toContainText(credentials);
  await page.goto('/costs');
  await expect(page.locator('.facts')).toContainText('Dosing session');
  await expect(page.locator('.facts mark.placeholder')).toHaveCount(Object.values(settings.fees).filter(isPlaceholder).length);
  await page.goto('/privacy');
  await expect(page.locator('.facts')).toContainText('How long I keep messages');
});

test.describe('the questions page', () => {
  test('groups at least 20 questions under a heading per topic, each a closed <details>', async ({ page }) => {
    await page.goto('/faq');
    const sections = page.locator('main section:has(> h2)');
    expect(await sections.count()).toBeGreaterThanOrEqual(5);
    for (const section of await sections.all()) {
      await expect(section.locator('details')).not.toHaveCount(0);
    }
    const details = page.locator('main details');
    expect(await details.count()).toBeGreaterThanOrEqual(20);
    expect(await details.count()).toBe(faqIds.length);
    await expect(page.locator('main details[open]')).toHaveCount(0);
  });

  test('every answer has an id and a visible link to itself', async ({ page }) => {
    await page.goto('/faq');
    for (const id of faqIds) {
      const answer = page.locator(`details > .answer[id="${id}"]`);
      await expect(answer).toHaveCount(1);
      await expect(answer.locator(`a[href="#${id}"]`)).toHaveText(/Link to this answer/);
    }
  });

  test('a link to /faq#<id> opens and shows that answer without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const id of faqIds) {
      await page.goto(`/faq#${id}`);
      const answer = page.locator(`[id="${id}"]`);
      await expect(answer).toBeVisible();
      await expect(answer).toBeInViewport();
      await expect(page.locator(`details:has([id="${id}"])`)).toHaveAttribute('open', '');
    }
    await context.close();
  });

  test('has no axe violations with every answer open', async ({ page }) => {
    await page.goto('/faq');
    await page.locator('main details').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('the conditions page', () => {
  // Rules the owner's edits keep (headings and studies may change): every grade is one of the four plain
  // levels, and the page shows the trials that found no benefit, not only the ones that did.
  test('states each evidence level in plain words', async ({ page }) => {
    await page.goto('/conditions');
    const levels = page.locator('article p', { hasText: /^Evidence level:/ });
    expect(await levels.count()).toBeGreaterThan(0);
    for (const level of await levels.all()) {
      await expect(level).toHaveText(/^Evidence level: (well studied|promising|early|mixed)\b/);
    }
  });

  test('links to the studies, including the trials that found no benefit', async ({ page }) => {
    await page.goto('/conditions');
    const hrefs = await page.locator('article a[href^="/research/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const noBenefit = contentFiles('research')
      .filter((f) => splitFrontMatter(f.source).data.result === 'no-benefit')
      .map((f) => `/research/${entryId(f)}`);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => noBenefit.includes(h ?? ''))).not.toEqual([]);
  });
});

test.describe('practice details from the settings', () => {
  const { phone, email } = settings;

  test('the footer and the contact page show phone, email, office and hours, linked or marked', async ({ page }) => {
    for (const [path, details] of [
      ['/', 'footer .contact-details'],
      ['/contact', 'aside:has(#contact-aside-heading) .contact-details'],
    ] as const) {
      await page.goto(path);
      const block = page.locator(details);
      await expect(block.locator('dt')).toHaveText(['Phone', 'Email', 'Office', 'Hours']);
      for (const [value, scheme] of [[phone, 'tel:'], [email, 'mailto:']] as const) {
        if (isPlaceholder(value)) await expect(block.locator('mark.placeholder', { hasText: 'to be added' })).not.toHaveCount(0);
        else await expect(block.locator(`a[href^="${scheme}"]`, { hasText: value })).toHaveCount(1);
      }
    }
    await expect(page.getByRole('complementary', { name: 'Other ways to reach me' })).toBeVisible();
  });

  test('the home page title names the states of the licences', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(new RegExp(inWords(statesServed(settings.licences))));
  });
});
