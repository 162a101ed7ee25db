import { afterEach, describe, expect, test, vi } from 'vitest';
import { health, logDeliveryProblems } from '../../src/lib/health';
import { readContactConfig } from '../../src/server/config';

const check = (env: Record<string, string>) => health(readContactConfig(env), 'abc123');

describe('health of the contact form', () => {
  afterEach(() => vi.restoreAllMocks());

  test('development (no key, the outbox): ready', () => {
    expect(check({})).toEqual({ ready: true, mailer: 'outbox', build: 'abc123', problems: [] });
  });

  test('Resend fully set up: ready', () => {
    expect(
      check({ RESEND_API_KEY: 're_secret', CONTACT_TO: 'in@practice.example', CONTACT_FROM: 'web@practice.example' }),
    ).toMatchObject({
      ready: true,
      mailer: 'resend',
    });
  });

  test('a key without CONTACT_TO: not ready, naming the variable and never the key or an address', () => {
    const result = check({ RESEND_API_KEY: 're_secret', CONTACT_FROM: 'web@practice.example' });
    expect(result).toMatchObject({
      ready: false,
      mailer: 'resend',
      problems: [expect.stringMatching(/^CONTACT_TO is not set/)],
    });
    expect(JSON.stringify(result)).not.toMatch(/re_secret|practice\.example/);
  });

  test('a public site with no key would only fill a disk outbox: not ready', () => {
    expect(check({ SITE_URL: 'https://practice.example' })).toMatchObject({
      ready: false,
      problems: [expect.stringMatching(/RESEND_API_KEY/)],
    });
  });

  test('npm start logs each problem once', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    logDeliveryProblems({ RESEND_API_KEY: 're_secret' });
    expect(log.mock.calls.map((c) => c[0])).toEqual([
      'contact form: CONTACT_TO is not set: the form cannot send messages',
      'contact form: CONTACT_FROM is not set: the form cannot send messages',
    ]);
  });
});
