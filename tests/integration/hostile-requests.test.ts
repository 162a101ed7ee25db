import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rawRequest } from '../support/raw-http';
import { startServer, type RunningServer } from '../support/server';

// What an attacker can send in one request costs at most that request's own answer: the process keeps
// serving, nothing is 5xx, and no redirect leaves the site.
let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

const host = () => new URL(server.url).host;

async function expectStillServing() {
  expect((await fetch(`${server.url}/`)).status).toBe(200);
  expect(server.process.exitCode).toBeNull();
}

function expectStaysOnSite(location: string | undefined) {
  if (location === undefined) return;
  expect(location).toMatch(/^\/(?![/\\])/);
}

describe('methods pages do not answer', () => {
  for (const method of ['TRACE', 'PROPFIND', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
    test(`${method} on a page gets 405 with Allow`, async () => {
      const answer = await rawRequest(server.url, `${method} /about HTTP/1.1\r\nHost: ${host()}`);
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD, POST');
      expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
      await expectStillServing();
    });
  }

  test('TRACK, a method Node does not parse, is refused with a 4xx', async () => {
    const answer = await rawRequest(server.url, `TRACK / HTTP/1.1\r\nHost: ${host()}`);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    await expectStillServing();
  });

  test('TRACE on the form endpoint is refused too; other methods there keep the endpoint rule (POST only)', async () => {
    expect((await rawRequest(server.url, `TRACE /api/contact HTTP/1.1\r\nHost: ${host()}`)).status).toBe(405);
    const put = await rawRequest(server.url, `PUT /api/contact HTTP/1.1\r\nHost: ${host()}\r\nContent-Length: 0`);
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('POST');
    await expectStillServing();
  });
});

describe('Host headers that are not a plain host name and port', () => {
  const hosts = {
    credentials: 'a:b@c',
    empty: '',
    'with a path': 'example.com/x',
    'with a space': 'a b',
    'very long': 'a'.repeat(300),
  };
  for (const [what, value] of Object.entries(hosts)) {
    test(`${what}: 400`, async () => {
      expect((await rawRequest(server.url, `GET / HTTP/1.1\r\nHost: ${value}`)).status).toBe(400);
      await expectStillServing();
    });
  }

  test('a plain host with a port, an IPv4 and a bracketed IPv6 address are served', async () => {
    for (const value of [host(), 'kap.example', '[::1]:8080']) {
      expect((await rawRequest(server.url, `GET / HTTP/1.1\r\nHost: ${value}`)).status).toBe(200);
    }
  });
});

describe('targets that could lead off the site', () => {
  const targets = [
    '//about/',
    '/\\about/',
    '//evil.example/',
    '/\\evil.example/',
    'http://evil.example//x/',
    'http://evil.example/about/',
    '/about//',
  ];
  for (const target of targets) {
    test(`${target} never redirects to another host`, async () => {
      const answer = await rawRequest(server.url, `GET ${target} HTTP/1.1\r\nHost: ${host()}`);
      expect(answer.status).toBeLessThan(500);
      expectStaysOnSite(answer.headers.location);
      await expectStillServing();
    });
  }

  test('the absolute form is served as its path on this site', async () => {
    const answer = await rawRequest(server.url, `GET http://evil.example/about HTTP/1.1\r\nHost: ${host()}`);
    expect(answer.status).toBe(200);
  });

  test('an address that cannot be decoded gets 400', async () => {
    expect((await rawRequest(server.url, `GET /%E0%A4%A HTTP/1.1\r\nHost: ${host()}`)).status).toBe(400);
    await expectStillServing();
  });
});

test('after every probe above the process never logged a crash', () => {
  expect(server.output()).not.toMatch(/Node\.js v\d|uncaught/i);
});
