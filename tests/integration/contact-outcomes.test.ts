import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { problemMessage, type ContactAnswer } from '../../src/lib/contact/outcome';
import { createContactHandler } from '../../src/server/contact-handler';
import { readContactConfig } from '../../src/server/config';
import { formBody, postJson } from '../support/contact-requests';
import { validValues } from '../support/contact-values';
import { startServer, type RunningServer } from '../support/server';

let site: RunningServer;
let proxied: RunningServer;
let capped: RunningServer;
const outboxes: string[] = [];
const outbox = () => {
  outboxes.push(mkdtempSync(join(tmpdir(), 'kap-outcomes-')));
  return outboxes.at(-1)!;
};

beforeAll(async () => {
  [site, proxied, capped] = await Promise.all([
    startServer({ OUTBOX_DIR: outbox(), CONTACT_RATE_LIMIT: '1' }),
    startServer({ OUTBOX_DIR: outbox(), CONTACT_RATE_LIMIT: '1', TRUST_PROXY_HOPS: '1' }),
    startServer({ OUTBOX_DIR: outbox(), CONTACT_RATE_LIMIT: '1000', CONTACT_HOURLY_LIMIT: '2' }),
  ]);
});
afterAll(async () => {
  await Promise.all([site, proxied, capped].map((s) => s?.stop()));
  for (const dir of outboxes) rmSync(dir, { recursive: true, force: true });
});

const sentFrom = (server: RunningServer, forwardedFor?: string) =>
  postJson(server.url, validValues(), forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}).then((r) => r.status);

/** The same request sent as JSON (the island) and as a plain form post (no JavaScript). */
async function bothWays(server: RunningServer, headers: Record<string, string>, values = validValues()) {
  const json = await fetch(`${server.url}/api/contact`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(values),
  });
  const form = await fetch(`${server.url}/contact`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: formBody(values),
  });
  return { json, answer: (await json.json()) as ContactAnswer, form, page: await form.text() };
}

describe('each outcome says the same thing with and without JavaScript', () => {
  const cases: Record<string, [Record<string, string>, ReturnType<typeof validValues>]> = {
    'cross-origin (403)': [{ origin: 'https://evil.example' }, validValues()],
    'too large to read (413)': [{}, validValues({ message: 'x'.repeat(40_000) })],
  };
  for (const [what, [headers, values]] of Object.entries(cases)) {
    test(what, async () => {
      const { json, answer, form, page } = await bothWays(site, headers, values);
      expect(json.status).toBe(form.status);
      expect(answer.ok).toBe(false);
      const problem = 'problem' in answer ? answer.problem : undefined;
      expect(problem).toBeDefined();
      // The page escapes text as HTML; compare the sentence's words.
      expect(page.replaceAll('&#39;', "'")).toContain(problemMessage(problem!));
    });
  }

  test('rate-limited (429): the second submission from a client', async () => {
    expect(await sentFrom(site)).toBe(200);
    const { json, answer, form, page } = await bothWays(site, {});
    expect([json.status, form.status]).toEqual([429, 429]);
    const problem = 'problem' in answer ? answer.problem : undefined;
    expect(problem?.kind).toBe('rate-limited');
    expect(page).toContain(problemMessage(problem!));
  });

  test('a wrong SITE_URL no longer reads as an email failure: the island is told "wrong-site"', async () => {
    const { answer } = await bothWays(site, { origin: 'https://evil.example' });
    expect(answer).toEqual({ ok: false, problem: { kind: 'wrong-site' } });
  });
});

describe('the rate limit behind a reverse proxy', () => {
  test('TRUST_PROXY_HOPS=0: a forged X-Forwarded-For changes nothing, the connection counts', async () => {
    const server = await startServer({ OUTBOX_DIR: outbox(), CONTACT_RATE_LIMIT: '1' });
    try {
      expect(await sentFrom(server, '198.51.100.1')).toBe(200);
      expect(await sentFrom(server, '198.51.100.2')).toBe(429);
    } finally {
      await server.stop();
    }
  });

  test('TRUST_PROXY_HOPS=1: two clients behind the proxy have separate limits', async () => {
    expect(await sentFrom(proxied, '203.0.113.1')).toBe(200);
    expect(await sentFrom(proxied, '203.0.113.2')).toBe(200);
    expect(await sentFrom(proxied, '203.0.113.1')).toBe(429);
  });

  test('TRUST_PROXY_HOPS=1: a forged leftmost value neither escapes the limit nor blocks its victim', async () => {
    expect(await sentFrom(proxied, '203.0.113.9, 203.0.113.3')).toBe(200);
    expect(await sentFrom(proxied, '203.0.113.10, 203.0.113.3')).toBe(429);
    expect(await sentFrom(proxied, '203.0.113.9')).toBe(200);
  });

  test('IPv6 clients are counted by their /64', async () => {
    expect(await sentFrom(proxied, '2001:db8:5:6::1')).toBe(200);
    expect(await sentFrom(proxied, '2001:db8:5:6::2')).toBe(429);
  });
});

describe('the ceiling on emails the whole site sends per hour', () => {
  test('past it, people hear "not sent" with another way to reach the practice, nothing is sent, and it is logged once', async () => {
    const dir = outboxes[2];
    expect(await sentFrom(capped)).toBe(200);
    expect(await sentFrom(capped)).toBe(200);
    const { json, answer, page } = await bothWays(capped, {});
    expect(json.status).toBe(502);
    expect(answer).toEqual({ ok: false, problem: { kind: 'send-failed' } });
    expect(page).toContain('Your message was not sent');
    expect(readdirSync(dir)).toHaveLength(2);
    expect(capped.output().match(/the ceiling/g)).toHaveLength(1);
  });
});

describe('the origin check', () => {
  const request = (host: string, origin: string) =>
    new Request(`http://${host}/api/contact`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify(validValues()),
    });

  test("with SITE_URL set, only SITE_URL's origin is ours, never one made from the request's Host", async () => {
    const handle = createContactHandler({
      ...readContactConfig({ OUTBOX_DIR: outbox() }),
      siteOrigin: 'https://kap.example',
    });
    expect((await handle(request('evil.example', 'http://evil.example'), '203.0.113.1', 'json')).kind).toBe(
      'cross-origin',
    );
    expect((await handle(request('evil.example', 'https://kap.example'), '203.0.113.2', 'json')).kind).toBe('accepted');
  });

  test("without SITE_URL (a local server), the request's own origin is accepted", async () => {
    const handle = createContactHandler(readContactConfig({ OUTBOX_DIR: outbox() }));
    expect((await handle(request('127.0.0.1:4321', 'http://127.0.0.1:4321'), '127.0.0.1', 'json')).kind).toBe(
      'accepted',
    );
  });
});
