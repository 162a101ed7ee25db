import { test, expect, type Browser, type Page } from '@playwright/test';
import { CONSENTS } from '../../src/lib/contact/fields';
import { problemMessage } from '../../src/lib/contact/outcome';
import { axeViolations, recordCspViolations } from '../support/browser-checks';
import { startFakeResend, type FakeResend } from '../support/fake-resend';
import { startServer, type RunningServer } from '../support/server';

const MODES = [
  { label: 'with JavaScript', javaScriptEnabled: true },
  { label: 'without JavaScript', javaScriptEnabled: false },
] as const;

const group = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

/** Opens the form; with JavaScript, waits until the island has hydrated. */
async function openForm(browser: Browser, javaScriptEnabled: boolean, base = '') {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${base}/contact`);
  if (javaScriptEnabled) await hydrated(page);
  return page;
}

/** The island hydrates when the browser is idle (at most 2 s later); a busy test machine may be slower. */
const hydrated = (page: Page) => expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 15_000 });

async function fillValid(page: Page, { selfHarm = 'No' }: { selfHarm?: 'Yes' | 'No' } = {}) {
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByLabel('Email address').fill('sam@example.com');
  await page.getByLabel('Phone number (optional)').fill('555 010 0100');
  await group(page, 'What is the best way to reach you?').getByLabel('Email', { exact: true }).check();
  await group(page, 'Where would the sessions take place?').getByLabel('Nevada').check();
  await page.getByLabel('I am 18 or older').check();
  await group(page, /What brings you here/).getByLabel('Anxiety').check();
  await group(page, /thoughts of ending your life/).getByLabel(selfHarm, { exact: true }).check();
  await page.getByLabel(/Anything else/).fill('Is KAP possible for me?');
  for (const label of Object.values(CONSENTS)) await page.getByLabel(label).check();
}

const send = (page: Page) => page.getByRole('button', { name: 'Send my message' }).click();

/**
 * axe runs as a script in the page. A page shown without JavaScript is checked as a copy of its HTML,
 * with its scripts removed so the island stays as the server rendered it, served from the same origin
 * in a context that may run axe.
 */
async function expectNoAxeViolations(page: Page, javaScriptEnabled: boolean) {
  let target = page;
  if (!javaScriptEnabled) {
    const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    const twin = await page.context().browser()!.newContext();
    target = await twin.newPage();
    const url = new URL('/contact-as-rendered', page.url()).href;
    await target.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await target.goto(url);
  }
  expect(await axeViolations(target)).toEqual([]);
}

for (const { label, javaScriptEnabled } of MODES) {
  test.describe(`contact form ${label}`, () => {
    test('a valid form is sent and the confirmation says what happens next', async ({ browser }) => {
      const page = await openForm(browser, javaScriptEnabled);
      if (javaScriptEnabled) await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
      await fillValid(page);
      await send(page);
      const confirmation = page.locator('.confirmation');
      await expect(confirmation.getByRole('heading', { name: 'Your message was sent' })).toBeVisible();
      await expect(confirmation).toContainText('I reply');
      await expect(confirmation).toContainText('988');
      if (javaScriptEnabled) {
        // No reload: the page (and what was set on it) is the same one.
        expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
        await expect(confirmation).toBeFocused();
      }
      await expectNoAxeViolations(page, javaScriptEnabled);
    });

    test('an empty form shows the error summary, focused, linking to each answer with its message', async ({ browser }) => {
      const page = await openForm(browser, javaScriptEnabled);
      await send(page);
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
      await expect(page).toHaveTitle(/^Error: /);
      const link = summary.getByRole('link', { name: 'Enter your name' });
      await expect(link).toHaveAttribute('href', '#contact-name');
      await expect(summary.getByRole('link', { name: 'Select where the sessions would take place' })).toHaveAttribute('href', '#contact-location-california');
      const name = page.getByLabel('Your name');
      await expect(name).toHaveAttribute('aria-invalid', 'true');
      await expect(name).toHaveAccessibleDescription(/What you would like me to call you\. Error: Enter your name/);
      await expect(group(page, /thoughts of ending your life/)).toHaveAccessibleDescription(/Error: Select yes or no/);
      await link.click();
      await expect(name).toBeFocused();
      await expectNoAxeViolations(page, javaScriptEnabled);
    });

    test('"yes" to thoughts of self-harm shows the crisis lines at once, in place, and the form still sends', async ({ browser }) => {
      const page = await openForm(browser, javaScriptEnabled);
      const panel = page.locator('.crisis-panel');
      await expect(panel).toBeHidden();
      const yes = group(page, /thoughts of ending your life/).getByLabel('Yes', { exact: true });
      await yes.check();
      await expect(panel).toBeVisible();
      await expect(yes).toBeFocused(); // no focus theft
      await expect(page.locator('.reveal-status').filter({ has: panel })).toHaveAttribute('role', 'status');
      for (const href of ['tel:988', 'sms:988', 'tel:911', 'sms:741741?&body=HOME']) await expect(panel.locator(`a[href="${href}"]`).first()).toBeVisible();
      await expect(panel).toContainText('press 1');
      await expect(panel).toContainText('988lifeline.org');
      await fillValid(page, { selfHarm: 'Yes' });
      await send(page);
      const confirmation = page.locator('.confirmation');
      await expect(confirmation).toContainText('You told me about thoughts of ending your life');
      await expect(confirmation.locator('a[href="tel:988"]').first()).toBeVisible();
    });

    test('"somewhere else" shows the gentle note about licensing', async ({ browser }) => {
      const page = await openForm(browser, javaScriptEnabled);
      const note = page.locator('.location-note');
      await expect(note).toBeHidden();
      await group(page, 'Where would the sessions take place?').getByLabel('Somewhere else').check();
      await expect(note).toBeVisible();
    });
  });
}

test.describe('when the email service is down', () => {
  let resend: FakeResend;
  let site: RunningServer;
  test.beforeAll(async () => {
    resend = await startFakeResend();
    site = await startServer({ RESEND_API_KEY: 're_test', RESEND_BASE_URL: resend.url, CONTACT_TO: 'p@example.com', CONTACT_FROM: 'w@example.com', CONTACT_RATE_LIMIT: '1000' });
  });
  test.beforeEach(() => {
    resend.script.length = 0;
    resend.script.push(...Array(4).fill('error-500'));
  });
  test.afterAll(async () => {
    await site?.stop();
    await resend?.close();
  });

  for (const { label, javaScriptEnabled } of MODES) {
    test(`${label}: the person is told plainly, given another way to reach the practice, and keeps every answer`, async ({ browser }) => {
      const page = await openForm(browser, javaScriptEnabled, site.url);
      await fillValid(page);
      await send(page);
      const problem = page.locator('.service-problem');
      await expect(problem.getByRole('heading', { name: 'Your message was not sent' })).toBeVisible();
      // The same words with and without JavaScript: both come from the server's Problem.
      await expect(problem).toContainText(problemMessage({ kind: 'send-failed' }));
      await expect(problem).toBeFocused();
      await expect(problem).toContainText('Phone:');
      await expect(problem).toContainText('Email:');
      await expect(problem.locator('a[href^="tel:"], .placeholder').first()).toBeVisible();
      await expect(page.getByLabel('Your name')).toHaveValue('Sam Rivera');
      await expect(page.getByLabel('Email address')).toHaveValue('sam@example.com');
      await expect(page.getByLabel('Phone number (optional)')).toHaveValue('555 010 0100');
      await expect(group(page, 'Where would the sessions take place?').getByLabel('Nevada')).toBeChecked();
      await expect(group(page, /What brings you here/).getByLabel('Anxiety')).toBeChecked();
      await expect(page.getByLabel(/Anything else/)).toHaveValue('Is KAP possible for me?');
      for (const consent of Object.values(CONSENTS)) await expect(page.getByLabel(consent)).toBeChecked();
      await expectNoAxeViolations(page, javaScriptEnabled);
      // The service is back: sending again works, and only one email goes out.
      resend.script.length = 0;
      await send(page);
      await expect(page.locator('.confirmation')).toBeVisible();
      expect(resend.delivered).toHaveLength(1);
      resend.delivered.length = 0;
    });
  }
});

test('in dark mode, the error state, the open crisis panel and the confirmation have no axe violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/contact');
  await hydrated(page);
  await send(page);
  await expect(page.locator('.error-summary')).toBeFocused();
  await group(page, /thoughts of ending your life/).getByLabel('Yes', { exact: true }).check();
  await expect(page.locator('.crisis-panel')).toBeVisible();
  await expectNoAxeViolations(page, true);
  await fillValid(page, { selfHarm: 'Yes' });
  await send(page);
  await expect(page.locator('.confirmation')).toBeFocused();
  await expectNoAxeViolations(page, true);
});

test('the form can be completed and sent with the keyboard only', async ({ page }) => {
  await page.goto('/contact');
  await hydrated(page);
  await page.getByLabel('Your name').focus();
  await page.keyboard.type('Kim Lee');
  await page.keyboard.press('Tab'); // email
  await page.keyboard.type('kim@example.com');
  await page.keyboard.press('Tab'); // phone
  await page.keyboard.press('Tab'); // contact method: first radio
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // voicemail box
  await page.keyboard.press('Tab'); // email box
  await page.keyboard.press('Tab'); // location: first radio
  await page.keyboard.press('ArrowDown'); // Nevada
  await page.keyboard.press('Tab'); // 18 or older
  await page.keyboard.press('Space');
  await expect(page.getByLabel('I am 18 or older')).toBeChecked();
  await expect(group(page, 'Where would the sessions take place?').getByLabel('Nevada')).toBeChecked();
  // Jump ahead with Tab until the self-harm question, answering it with the arrow keys.
  const no = group(page, /thoughts of ending your life/).getByLabel('No', { exact: true });
  const yes = group(page, /thoughts of ending your life/).getByLabel('Yes', { exact: true });
  for (let i = 0; i < 40 && !(await yes.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(no).toBeChecked();
  for (const consent of Object.values(CONSENTS)) {
    const box = page.getByLabel(consent);
    for (let i = 0; i < 40 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  await page.keyboard.press('Tab'); // past the hidden trap, straight to the button
  await expect(page.getByRole('button', { name: 'Send my message' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.confirmation')).toBeFocused();
});

test('the form works before the island hydrates (a plain POST)', async ({ page }) => {
  await page.route(/\/_astro\/ContactForm\..*\.js$/, (route) => route.abort());
  await page.goto('/contact');
  await fillValid(page);
  await send(page);
  await expect(page.getByRole('heading', { name: 'Your message was sent' })).toBeVisible();
});

test('answers typed before the island hydrates are kept when it does', async ({ page }) => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/ContactForm\..*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('/contact');
  await page.getByLabel('Your name').fill('Early Typist');
  await group(page, /thoughts of ending your life/).getByLabel('Yes', { exact: true }).check();
  await page.getByLabel('I am 18 or older').check();
  release();
  await hydrated(page);
  await expect(page.getByLabel('Your name')).toHaveValue('Early Typist');
  await expect(group(page, /thoughts of ending your life/).getByLabel('Yes', { exact: true })).toBeChecked();
  await expect(page.getByLabel('I am 18 or older')).toBeChecked();
  await expect(page.locator('.crisis-panel')).toBeVisible();
  // The island holds the early answers too, not only the page: sending them works.
  await page.getByLabel('Email address').fill('early@example.com');
  await group(page, 'What is the best way to reach you?').getByLabel('Email', { exact: true }).check();
  await group(page, 'Where would the sessions take place?').getByLabel('California').check();
  for (const label of Object.values(CONSENTS)) await page.getByLabel(label).check();
  await send(page);
  await expect(page.locator('.confirmation')).toContainText('You told me about thoughts of ending your life');
});

test('the island runs under the site CSP with no violation and loads nothing off-site', async ({ page, baseURL }) => {
  const violations = recordCspViolations(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/contact');
  await hydrated(page);
  await send(page); // runs zod in the browser
  await expect(page.locator('.error-summary')).toBeVisible();
  expect(violations).toEqual([]);
  expect(requests.filter((u) => !u.startsWith(baseURL!))).toEqual([]);
});
