import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startFakeResend, type FakeResend } from '../support/fake-resend';
import { startServer, type RunningServer } from '../support/server';
import { postForm, postJson } from '../support/contact-requests';
import { validValues } from '../support/contact-values';

// The built server with the real Resend SDK, pointed at a fake Resend on 127.0.0.1.
let resend: FakeResend;
let site: RunningServer;
let second: RunningServer;

/** The whole send's budget here: long enough for a retry after Resend's 1 s Retry-After, short enough to wait out. */
const BUDGET_MS = 2500;

const env = () => ({
  RESEND_API_KEY: 're_test_key',
  RESEND_BASE_URL: resend.url,
  CONTACT_TO: 'practice@example.com',
  CONTACT_FROM: 'Website <website@example.com>',
  CONTACT_RATE_LIMIT: '1000',
  CONTACT_SEND_TIMEOUT_MS: String(BUDGET_MS),
});

beforeAll(async () => {
  resend = await startFakeResend();
  [site, second] = await Promise.all([startServer(env()), startServer(env())]);
});

afterAll(async () => {
  await Promise.all([site?.stop(), second?.stop()]);
  await resend?.close();
});

beforeEach(() => {
  resend.requests.length = 0;
  resend.delivered.length = 0;
  resend.script.length = 0;
});

describe('a valid submission through Resend', () => {
  test('sends one email to the practice, replying to the person, with their answers', async () => {
    const values = validValues({ name: 'Sam Rivera', email: 'sam@example.com', message: 'Hello from Reno' });
    const response = await postJson(site.url, values);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(resend.delivered).toHaveLength(1);
    const email = resend.delivered[0];
    expect(email.to).toBe('practice@example.com');
    expect(email.from).toBe('Website <website@example.com>');
    expect(email.reply_to).toBe('sam@example.com');
    expect(email.subject).toBe('New enquiry from the website form');
    expect(email.text).toContain('Name: Sam Rivera');
    expect(email.text).toContain('Hello from Reno');
    expect(email.html).toContain('Sam Rivera');
    expect(resend.requests[0].authorization).toBe('Bearer re_test_key');
    expect(resend.requests[0].idempotencyKey).toMatch(new RegExp(`^contact-${values.submissionId}-`));
  });

  test('the subject never carries health details, and a "yes" to self-harm is flagged first in the body', async () => {
    await postJson(site.url, validValues({ selfHarm: 'yes', redFlags: 'yes' }));
    const email = resend.delivered[0];
    expect(email.subject).toBe('New enquiry from the website form');
    expect(String(email.text).trimStart().startsWith('Thoughts of self-harm: yes')).toBe(true);
  });

  test('the same submission sent twice at once gives one email and two successes', async () => {
    const values = validValues();
    const [a, b] = await Promise.all([postJson(site.url, values), postJson(site.url, values)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(resend.requests).toHaveLength(1);
    expect(resend.delivered).toHaveLength(1);
  });

  test('a double submission from the plain form and the island still gives one email', async () => {
    const values = validValues();
    const [a, b] = await Promise.all([postForm(site.url, values), postJson(site.url, values)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(resend.delivered).toHaveLength(1);
  });

  test('the same submission edited after it was sent is a second email, not silently dropped', async () => {
    const values = validValues({ message: 'First version' });
    expect((await postJson(site.url, values)).status).toBe(200);
    expect((await postJson(site.url, { ...values, message: 'Second version' })).status).toBe(200);
    expect(resend.delivered.map((e) => String(e.text).includes('Second version'))).toEqual([false, true]);
  });

  test('two server instances sending the same submission deliver one email (idempotency key)', async () => {
    const values = validValues();
    const [a, b] = await Promise.all([postJson(site.url, values), postJson(second.url, values)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(resend.requests).toHaveLength(2);
    expect(resend.requests[0].idempotencyKey).toBe(resend.requests[1].idempotencyKey);
    expect(resend.delivered).toHaveLength(1);
  });
});

describe('when Resend fails', () => {
  test('a 500 is retried once with the same key, then reported as a failure (502), nothing sent', async () => {
    resend.script.push('error-500', 'error-500');
    const response = await postJson(site.url, validValues());
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ ok: false, problem: { kind: 'send-failed' } });
    expect(resend.requests).toHaveLength(2);
    expect(resend.requests[0].idempotencyKey).toBe(resend.requests[1].idempotencyKey);
    expect(resend.delivered).toHaveLength(0);
  });

  test('one 500 then success is a success after the retry, with one email', async () => {
    resend.script.push('error-500');
    expect((await postJson(site.url, validValues())).status).toBe(200);
    expect(resend.delivered).toHaveLength(1);
  });

  test('a 429 from Resend is retried once and then succeeds', async () => {
    resend.script.push('rate-limited');
    expect((await postJson(site.url, validValues())).status).toBe(200);
    expect(resend.requests).toHaveLength(2);
    expect(resend.delivered).toHaveLength(1);
  });

  test('a Resend that never answers uses up the one send budget, is not retried, and is reported (502) in time', async () => {
    resend.script.push('hang', 'hang');
    const started = Date.now();
    const response = await postJson(site.url, validValues());
    expect(response.status).toBe(502);
    expect(resend.requests).toHaveLength(1);
    // Two attempts of a full timeout each, as before, would take twice the budget.
    expect(Date.now() - started).toBeLessThan(BUDGET_MS * 1.6);
  });

  test('after a failure, sending the same submission again works and delivers once', async () => {
    const values = validValues();
    resend.script.push('error-500', 'error-500');
    expect((await postJson(site.url, values)).status).toBe(502);
    expect((await postJson(site.url, values)).status).toBe(200);
    expect((await postJson(site.url, values)).status).toBe(200);
    expect(resend.delivered).toHaveLength(1);
  });

  test('without JavaScript the failure page gives another way to reach the practice and keeps every answer', async () => {
    resend.script.push('error-500', 'error-500');
    const values = validValues({
      name: 'Ana <Díaz>',
      phone: '555 010 0100',
      message: 'Line one\nLine two',
      concerns: ['anxiety', 'ocd'],
    });
    const response = await postForm(site.url, values);
    expect(response.status).toBe(502);
    const html = await response.text();
    expect(html).toMatch(/<title>Error: /);
    expect(html).toContain('Your message was not sent');
    expect(html).toMatch(/Phone: .*(tel:|to be added)/);
    expect(html).toMatch(/Email: .*(mailto:|to be added)/);
    expect(html).toContain('value="Ana &lt;Díaz&gt;"');
    expect(html).toContain('value="555 010 0100"');
    expect(html).toContain('Line one\nLine two</textarea>');
    const checked = (name: string, value?: string) =>
      new RegExp(`<input(?=[^>]*name="${name}")${value ? `(?=[^>]*value="${value}")` : ''}(?=[^>]*checked)[^>]*>`).test(
        html,
      );
    expect(checked('concerns', 'anxiety')).toBe(true);
    expect(checked('concerns', 'ocd')).toBe(true);
    expect(checked('concerns', 'depression')).toBe(false);
    expect(checked('consentPrivacy')).toBe(true);
    expect(checked('selfHarm', 'no')).toBe(true);
    expect(html).toContain(`value="${values.submissionId}"`);
  });

  test('logs name the failure but never the person or their answers', async () => {
    resend.script.push('error-500', 'error-500');
    await postJson(site.url, validValues({ name: 'Unforgettable Name', email: 'private@example.com' }));
    expect(site.output()).toContain('email not sent');
    expect(site.output()).not.toContain('Unforgettable');
    expect(site.output()).not.toContain('private@example.com');
  });
});
