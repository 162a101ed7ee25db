import { test, expect } from '@playwright/test';
import { axeViolations } from '../support/browser-checks';
import { contentFiles, entryId } from '../support/content-files';
import { splitFrontMatter } from '../support/readability';
import settings from '../../content/settings.json' with { type: 'json' };
import { isPlaceholder } from '../../src/lib/settings-schema';
import { inWords, statesServed } from '../../src/lib/states';

const pages = contentFiles('pages').map((f) => ({ id: entryId(f), data: splitFrontMatter(f.source).data }));
const clinical = pages.filter((p) => p.data.clinical === true);
const faqFiles = contentFiles('faq');
const faqIds = faqFiles.map(entryId);
/** Answers whose front-matter asks for the site's one crisis list under them. */
const crisisAnswers = faqFiles.filter((f) => splitFrontMatter(f.source).data.crisisLines === true).map(entryId);
/** Studies that found no benefit: each must point the reader to other options. */
const noBenefitStudies = contentFiles('research')
  .filter((f) => splitFrontMatter(f.source).data.result === 'no-benefit')
  .map(entryId);

/** The `yaml` package reads a front-matter date (YAML 1.2) as the text "YYYY-MM-DD". */
const isoDay = (value: unknown) => String(value);

// Rules every valid edit keeps: the owner may add, remove or review pages, and fill in settings.
test('the explainer pages about the treatment are marked clinical', () => {
  const treatment = [
    'what-is-kap',
    'ketamine',
    'how-it-works',
    'dosing-session',
    'keeping-your-medicine-safe',
    'integration',
    'conditions',
    'safety',
    'medication-management',
    'if-kap-is-not-right',
    'for-your-doctor',
  ];
  const present = pages.filter((p) => treatment.includes(p.id));
  expect(present.filter((p) => p.data.clinical !== true).map((p) => p.id)).toEqual([]);
});

for (const page of clinical) {
  test.describe(`clinical page /${page.id}`, () => {
    test('says who reviewed it and when, or who wrote it and that its review is pending', async ({
      page: browserPage,
    }) => {
      await browserPage.goto(`/${page.id}`);
      const line = browserPage.locator('.review-line');
      await expect(line).toBeVisible();
      if (page.data.reviewedBy === 'pending') {
        await expect(line).toHaveText(/^Written by .+\. A clinical review of this page is still to come\.$/);
        await expect(line.locator('time')).toHaveCount(0);
      } else {
        // Reviewed, or pending because the named reviewer is not filled in yet in the settings.
        const text = (await line.textContent()) ?? '';
        if (/^Last reviewed/.test(text.trim())) {
          const days = await line.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
          expect(days).toEqual([isoDay(page.data.lastReviewed), isoDay(page.data.nextReview)]);
        } else {
          expect(text).toMatch(/A clinical review of this page is still to come/);
        }
      }
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
      // A review is claimed only with a reviewer (tests/browser/going-live.spec.ts checks both ways).
      if (page.data.reviewedBy === 'pending') expect(ld).not.toHaveProperty('lastReviewed');
      expect(ld.medicalAudience).toEqual({ '@type': 'MedicalAudience', audienceType: 'Patient' });
      if (page.data.reviewedBy === 'pending') expect(ld).not.toHaveProperty('reviewedBy');
      const studies = (page.data.studies as string[] | undefined) ?? [];
      expect(ld.citation.map((c: { url: string }) => new URL(c.url).pathname)).toEqual(
        studies.map((s) => `/research/${s}`),
      );
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
  if (isPlaceholder(credentials))
    await expect(page.locator('.facts mark.placeholder').first()).toContainText('to be added');
  else await expect(page.locator('.facts')).toContainText(credentials);
  await page.goto('/costs');
  await expect(page.locator('.facts')).toContainText('Dosing session');
  await expect(page.locator('.facts mark.placeholder')).toHaveCount(
    Object.values(settings.fees).filter(isPlaceholder).length,
  );
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
    test.slow(); // some 30 open answers: axe needs over 30 s on a loaded machine
    await page.goto('/faq');
    await page.locator('main details').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
    expect(await axeViolations(page)).toEqual([]);
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
    const hrefs = await page
      .locator('article a[href^="/research/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
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
      for (const [value, scheme] of [
        [phone, 'tel:'],
        [email, 'mailto:'],
      ] as const) {
        if (isPlaceholder(value))
          await expect(block.locator('mark.placeholder', { hasText: 'to be added' })).not.toHaveCount(0);
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

test.describe('the one list of crisis lines', () => {
  test('the answers that ask for it show exactly the list in the footer, with the Spanish and Veterans options', async ({
    page,
  }) => {
    expect(crisisAnswers.length).toBeGreaterThan(0);
    await page.goto('/faq');
    const footerList = page.locator('footer .crisis-lines');
    await expect(footerList.locator('a[href="sms:838255"]')).toHaveCount(1);
    await expect(footerList).toContainText('press 2');
    await expect(footerList).toContainText('AYUDA');
    const footer = await footerList.innerHTML();
    for (const id of crisisAnswers) {
      const inAnswer = page.locator(`[id="${id}"] .crisis-lines`);
      await expect(inAnswer, id).toHaveCount(1);
      expect(await inAnswer.innerHTML(), id).toBe(footer);
    }
  });
});

test.describe('pages that give a way forward', () => {
  test('the safety page, the conditions page and every study that found no benefit link to the other options', async ({
    page,
  }) => {
    expect(noBenefitStudies.length).toBeGreaterThan(0);
    for (const path of ['/safety', '/conditions', ...noBenefitStudies.map((id) => `/research/${id}`)]) {
      await page.goto(path);
      await expect(page.locator('main a[href="/if-kap-is-not-right"]').first(), path).toBeVisible();
    }
  });
});

test('the dosing day and the ketamine page show the owner settings they need, placeholders marked', async ({
  page,
}) => {
  await page.goto('/dosing-session');
  const facts = page.locator('.facts');
  for (const fact of [
    'How long to plan for the whole visit',
    'Who checks your blood pressure',
    'If you feel unwell',
    'A medical question after hours',
  ]) {
    await expect(facts.locator('dt', { hasText: fact })).toHaveCount(1);
  }
  const { visitLength, medicineForm, bloodPressure, emergencyPlan, afterHours } = settings.dosingDay;
  const shown = [visitLength, medicineForm, bloodPressure, emergencyPlan, afterHours];
  await expect(facts.locator('mark.placeholder')).toHaveCount(shown.filter(isPlaceholder).length);
  await page.goto('/ketamine');
  await expect(page.locator('.facts dt', { hasText: 'Nasal spray' })).toHaveCount(1);
});

test.describe('the page for your doctor', () => {
  /** Pages in a PDF made by Chromium: one "/Type /Page" object per page ("/Pages" is the tree). */
  const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

  for (const format of ['A4', 'Letter'] as const) {
    test(`prints on at most two ${format} pages`, async ({ page }) => {
      await page.goto('/for-your-doctor');
      const pdf = await page.pdf({ format, printBackground: false });
      const count = pdfPages(pdf);
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count, `${format}: ${count} pages`).toBeLessThanOrEqual(2);
    });
  }

  test('prints without the header, menu and footer, and shows the contact details and its own address', async ({
    page,
  }) => {
    await page.goto('/for-your-doctor');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    const facts = page.locator('.facts');
    await expect(facts).toContainText('Phone');
    await expect(facts).toContainText('Email');
    await expect(facts.locator('a[href$="/for-your-doctor"]')).toHaveCount(1);
  });

  test('the handout rules stay on that page: other pages still print their footer', async ({ page }) => {
    await page.goto('/safety');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-footer')).toBeVisible();
  });
});
