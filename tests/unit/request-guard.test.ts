import { describe, expect, test } from 'vitest';
import { guardRequest, isPlainHost } from '../../src/server/request-guard';
import { DEFAULT_LIMITS, readServerLimits } from '../../src/server/limits';

describe('the request guard', () => {
  test('passes ordinary page requests on unchanged', () => {
    expect(guardRequest('GET', '127.0.0.1:4321', '/faq?x=1')).toEqual({ ok: true, target: '/faq?x=1' });
    expect(guardRequest('POST', 'kap.example', '/contact')).toEqual({ ok: true, target: '/contact' });
  });

  test('collapses leading slashes and backslashes, so no target reads as another host', () => {
    for (const target of ['//evil.example/', '/\\evil.example/', '///\\\\evil.example/']) {
      expect(guardRequest('GET', 'kap.example', target)).toEqual({ ok: true, target: '/evil.example/' });
    }
  });

  test('keeps only the path of an absolute-form target', () => {
    expect(guardRequest('GET', 'kap.example', 'http://evil.example//about?x')).toEqual({
      ok: true,
      target: '/about?x',
    });
    expect(guardRequest('GET', 'kap.example', 'ftp://evil.example/').ok).toBe(false);
  });

  test('refuses other methods on pages with 405 and Allow, and leaves /api/ endpoints their own rules', () => {
    expect(guardRequest('PUT', 'kap.example', '/about')).toMatchObject({
      ok: false,
      status: 405,
      headers: { Allow: 'GET, HEAD, POST' },
    });
    expect(guardRequest('PUT', 'kap.example', '/api/contact')).toEqual({ ok: true, target: '/api/contact' });
    expect(guardRequest('TRACE', 'kap.example', '/api/contact')).toMatchObject({ ok: false, status: 405 });
  });

  test('accepts only a plain host name and port', () => {
    for (const host of ['kap.example', 'kap.example.', '127.0.0.1:4321', '[::1]:8080', 'localhost'])
      expect(isPlainHost(host), host).toBe(true);
    for (const host of [
      undefined,
      '',
      'a:b@c',
      'a b',
      'kap.example/x',
      'kap.example:port',
      'a'.repeat(300),
      'kap.example\\x',
    ]) {
      expect(isPlainHost(host), String(host)).toBe(false);
    }
  });
});

describe('the server limits', () => {
  test('default to cutting off a client after 10 s of headers and 15 s for the whole request', () => {
    expect(readServerLimits({})).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS).toMatchObject({ headersTimeoutMs: 10_000, requestTimeoutMs: 15_000, maxConnections: 512 });
  });

  test('can be shortened through the environment, and nonsense falls back to the default', () => {
    const limits = readServerLimits({ HEADERS_TIMEOUT_MS: '500', REQUEST_TIMEOUT_MS: '800', MAX_CONNECTIONS: 'lots' });
    expect(limits).toMatchObject({ headersTimeoutMs: 500, requestTimeoutMs: 800, maxConnections: 512 });
  });
});
