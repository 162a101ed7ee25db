import { request as httpRequest } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../support/server';
import { formBody, postForm, postJson } from '../support/contact-requests';
import { validValues } from '../support/contact-values';

// The built server in outbox mode (no RESEND_API_KEY), so every email sent is a file to count.
let site: RunningServer;
let limited: RunningServer;
let outbox: string;
let limitedOutbox: string;

const outboxFiles = () => readdirSync(outbox).filter((f) => f.endsWith('.json'));
const ENDPOINTS = ['/api/contact', '/contact'] as const;

beforeAll(async () => {
  outbox = mkdtempSync(join(tmpdir(), 'kap-outbox-'));
  limitedOutbox = mkdtempSync(join(tmpdir(), 'kap-outbox-limited-'));
  [site, limited] = await Promise.all([
    startServer({ OUTBOX_DIR: outbox, CONTACT_RATE_LIMIT: '1000' }),
    startServer({ OUTBOX_DIR: limitedOutbox, CONTACT_RATE_LIMIT: '2' }),
  ]);
});

afterAll(async () => {
  await Promise.all([site?.stop(), limited?.stop()]);
  rmSync(outbox, { recursive: true, force: true });
  rmSync(limitedOutbox, { recursive: true, force: true });
});

/** Sends `size` bytes with Transfer-Encoding: chunked (no Content-Length), in 1 KiB chunks. */
function postChunked(path: string, size: number, contentType: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, site.url);
    const req = httpRequest(
      url,
      { method: 'POST', headers: { 'content-type': contentType, 'transfer-encoding': 'chunked' } },
      (res) => {
        res.resume();
        resolve(res.statusCode!);
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(1024, 'a');
    let sent = 0;
    const write = () => {
      while (sent < size) {
        sent += chunk.length;
        // The server may answer 413 and close before all chunks are written; that is the point.
        if (!req.write(chunk)) return req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

describe('outbox mode', () => {
  test('a valid submission writes the exact payload as JSON', async () => {
    const before = outboxFiles().length;
    const values = validValues({ email: 'writer@example.com' });
    expect((await postJson(site.url, values)).status).toBe(200);
    const files = outboxFiles().filter((f) => f.includes(values.submissionId));
    expect(files).toHaveLength(1);
    expect(outboxFiles()).toHaveLength(before + 1);
    const payload = JSON.parse(readFileSync(join(outbox, files[0]), 'utf8'));
    expect(Object.keys(payload).sort()).toEqual(['from', 'html', 'replyTo', 'subject', 'text', 'to']);
    expect(payload.to).toBe('practice-inbox@dev.invalid');
    expect(payload.from).toBe('Website form (development) <website@dev.invalid>');
    expect(payload.replyTo).toBe('writer@example.com');
  });

  test('a same-origin post is accepted and sent', async () => {
    const values = validValues();
    const response = await postJson(site.url, values, { origin: site.url });
    expect(response.status).toBe(200);
    expect(outboxFiles().filter((f) => f.includes(values.submissionId))).toHaveLength(1);
  });

  test('names and messages in any script arrive intact', async () => {
    const values = validValues({ name: 'Zoë Nguyễn 李雷', message: 'مرحبا — こんにちは 🌱' });
    expect((await postJson(site.url, values)).status).toBe(200);
    const file = outboxFiles().find((f) => f.includes(values.submissionId))!;
    const payload = JSON.parse(readFileSync(join(outbox, file), 'utf8'));
    expect(payload.text).toContain('Zoë Nguyễn 李雷');
    expect(payload.text).toContain('مرحبا — こんにちは 🌱');
  });

  test('a plain form post is answered with the full confirmation page', async () => {
    const response = await postForm(site.url, validValues({ selfHarm: 'yes' }));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Your message was sent');
    expect(html).toContain('You told me about thoughts of ending your life');
    expect(html).toContain('href="tel:988"');
    expect(html).not.toContain('<astro-island');
  });
});

describe('invalid input: 4xx with reasons, never 5xx, never an email', () => {
  let before: number;
  beforeAll(() => {
    before = outboxFiles().length;
  });
  afterAll(() => {
    expect(outboxFiles()).toHaveLength(before);
  });

  test('malformed JSON is 400 with the reason', async () => {
    const response = await fetch(`${site.url}/api/contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": "Sam",',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      problem: { kind: 'unreadable', reason: 'The body is not valid JSON' },
    });
  });

  test('JSON that is not an object is 400', async () => {
    for (const body of ['[1,2]', 'null', '"text"', '42']) {
      const response = await fetch(`${site.url}/api/contact`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(400);
    }
  });

  test('a wrong content type is 400 on each endpoint', async () => {
    const json = await fetch(`${site.url}/api/contact`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(json.status).toBe(400);
    expect((await json.json()).problem.reason).toMatch(/application\/json/);
    const form = await fetch(`${site.url}/contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toContain('Your message was not sent');
  });

  test('wrong types are 422 with a message per field', async () => {
    const response = await postJson(site.url, {
      ...validValues(),
      name: 42,
      adult: 'yes',
      concerns: 'all',
      submissionId: 7,
    });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.errors).toMatchObject({
      name: 'Enter your name',
      adult: 'Confirm that you are 18 or older',
      concerns: 'Select what brings you here, or leave it empty',
    });
    expect(body.errors.submissionId).toMatch(/reload the page/);
  });

  test('huge fields under the size limit are 422 with the limit in words', async () => {
    const response = await postJson(site.url, validValues({ name: 'N'.repeat(5000), message: 'M'.repeat(20000) }));
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual({
      name: 'Name must be 100 characters or less',
      message: 'Your message must be 1,000 characters or less',
    });
  });

  test('header injection in the name or the email is refused', async () => {
    const response = await postJson(
      site.url,
      validValues({ name: 'Sam\r\nBcc: victim@example.com', email: 'sam@example.com\r\nBcc: victim@example.com' }),
    );
    expect(response.status).toBe(422);
    const { errors } = await response.json();
    expect(errors.name).toBe('Enter your name on one line, as plain text');
    expect(errors.email).toMatch(/correct format/);
  });

  test('without JavaScript, an empty form is answered with the error page, answers kept', async () => {
    const values = { ...validValues({ name: '', email: 'kept@example.com' }), adult: false };
    const response = await postForm(site.url, values);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toMatch(/<title>Error: /);
    expect(html).toContain('There is a problem');
    expect(html).toContain('href="#contact-name"');
    expect(html).toContain('href="#contact-adult"');
    expect(html).toContain('value="kept@example.com"');
    expect(html).toMatch(/id="contact-name"[^>]*aria-describedby="contact-name-hint contact-name-error"/);
    expect(html).toMatch(/id="contact-name"[^>]*aria-invalid="true"/);
  });

  test('a filled honeypot looks like success and sends nothing', async () => {
    const json = await postJson(site.url, validValues({ website: 'https://spam.example' }));
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({ ok: true });
    const form = await fetch(`${site.url}/contact`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: formBody(validValues({ website: 'buy now' })),
    });
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('Your message was sent');
  });

  for (const path of ENDPOINTS) {
    test(`${path}: a body over 32 KiB with Content-Length is 413`, async () => {
      const response = await fetch(`${site.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': path === '/contact' ? 'application/x-www-form-urlencoded' : 'application/json' },
        body: 'a'.repeat(33 * 1024),
      });
      expect(response.status).toBe(413);
    });

    test(`${path}: a chunked body over 32 KiB is 413`, async () => {
      const type = path === '/contact' ? 'application/x-www-form-urlencoded' : 'application/json';
      expect(await postChunked(path, 64 * 1024, type)).toBe(413);
    });

    test(`${path}: a cross-origin post is 403`, async () => {
      const headers = { origin: 'https://evil.example' };
      const response =
        path === '/contact'
          ? await postForm(site.url, validValues(), headers)
          : await postJson(site.url, validValues(), headers);
      expect(response.status).toBe(403);
    });

    test(`${path}: a cross-site Referer or Sec-Fetch-Site without Origin is 403 too`, async () => {
      expect((await postJson(site.url, validValues(), { referer: 'https://evil.example/page' })).status).toBe(403);
      expect((await postForm(site.url, validValues(), { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    });
  }

  test('a burst of 200 concurrent bad requests gets only 4xx answers, and the server still serves the form', async () => {
    const bad = [
      () =>
        fetch(`${site.url}/api/contact`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{',
        }),
      () => postJson(site.url, { name: 'x'.repeat(20000) }),
      () => postJson(site.url, validValues(), { origin: 'https://evil.example' }),
      () => fetch(`${site.url}/contact`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: '<x/>' }),
    ];
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => bad[i % bad.length]().then((r) => r.status)),
    );
    expect(statuses.every((s) => s >= 400 && s < 500)).toBe(true);
    expect((await fetch(`${site.url}/contact`)).status).toBe(200);
  });

  test('GET on the JSON endpoint is 405', async () => {
    const response = await fetch(`${site.url}/api/contact`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('rate limit', () => {
  test('past CONTACT_RATE_LIMIT, a client gets 429 with Retry-After on both endpoints', async () => {
    expect((await postJson(limited.url, validValues())).status).toBe(200);
    expect((await postForm(limited.url, validValues())).status).toBe(200);
    const json = await postJson(limited.url, validValues());
    expect(json.status).toBe(429);
    expect(Number(json.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await json.json()).toMatchObject({ ok: false, problem: { kind: 'rate-limited' } });
    const form = await postForm(limited.url, validValues({ name: 'Kept Name' }));
    expect(form.status).toBe(429);
    expect(Number(form.headers.get('retry-after'))).toBeGreaterThan(0);
    const html = await form.text();
    expect(html).toContain('Your message was not sent');
    expect(html).toContain('value="Kept Name"');
    expect(readdirSync(limitedOutbox)).toHaveLength(2);
  });
});

describe('the form page', () => {
  test('each visit gets its own submission id', async () => {
    const id = async () =>
      (await (await fetch(`${site.url}/contact`)).text()).match(/name="submissionId" value="([^"]+)"/)?.[1];
    const [a, b] = [await id(), await id()];
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });
});
