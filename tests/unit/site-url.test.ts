import { describe, expect, test } from 'vitest';
import { LOCAL_SITE, siteUrl } from '../../src/lib/site-url';

describe("the site's public address at build time", () => {
  test('SITE_URL wins', () => {
    expect(siteUrl({ SITE_URL: 'https://kap.example', NETLIFY: 'true', URL: 'https://x.netlify.app' }).url).toBe(
      'https://kap.example',
    );
  });

  test("on Netlify it is the site's URL", () => {
    expect(siteUrl({ NETLIFY: 'true', URL: 'https://kap.netlify.app' })).toEqual({
      url: 'https://kap.netlify.app',
      source: 'Netlify URL',
    });
  });

  test('on Vercel it is the production host name, with https', () => {
    expect(siteUrl({ VERCEL_PROJECT_PRODUCTION_URL: 'kap.vercel.app' }).url).toBe('https://kap.vercel.app');
  });

  test('elsewhere it falls back to the local address, marked so the build can warn', () => {
    expect(siteUrl({ URL: 'https://not-netlify.example' })).toEqual({ url: LOCAL_SITE, source: 'local default' });
  });
});
