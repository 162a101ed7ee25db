import { describe, expect, test } from 'vitest';
import { NON_PAGE_CSP, responseHeaders, securityHeaders } from '../../src/server/security-headers';

const COOP = 'Cross-Origin-Opener-Policy';

describe('security headers', () => {
  test('keep page addresses from other sites and forbid framing and sniffing', () => {
    const h = securityHeaders('http://127.0.0.1:4321');
    expect(h['Referrer-Policy']).toBe('same-origin');
    expect(h['X-Frame-Options']).toBe('DENY');
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Permissions-Policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });

  test('add Strict-Transport-Security only when the site is served over https', () => {
    expect(securityHeaders('http://127.0.0.1:4321')['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders('https://kap.example')['Strict-Transport-Security']).toMatch(/^max-age=31536000/);
  });
});

describe('the headers a response gets besides its own', () => {
  const PAGE_CSP = "default-src 'self'; style-src 'self' 'sha256-x'";

  test('a JSON answer or a file gets a policy that allows nothing', () => {
    for (const contentType of ['application/json', 'image/svg+xml', 'text/plain', null]) {
      expect(responseHeaders({ siteUrl: '', contentType, csp: null })['Content-Security-Policy']).toBe(NON_PAGE_CSP);
    }
  });

  test("the 404 page shown at a missing address gets the 404 page's own policy", () => {
    const headers = responseHeaders({
      siteUrl: '',
      contentType: 'text/html; charset=utf-8',
      csp: null,
      pageCsp: PAGE_CSP,
    });
    expect(headers['Content-Security-Policy']).toBe(PAGE_CSP);
  });

  test('only what is rendered on demand (the form and its answers, the editor) is cut off from its opener', () => {
    const html = { siteUrl: '', contentType: 'text/html', csp: PAGE_CSP };
    expect(responseHeaders({ ...html, onDemand: true })[COOP]).toBe('same-origin');
    expect(responseHeaders(html)).not.toHaveProperty(COOP);
    expect(securityHeaders('https://kap.example')).not.toHaveProperty(COOP);
  });

  test('a policy the response already has is kept', () => {
    expect(responseHeaders({ siteUrl: '', contentType: 'application/json', csp: PAGE_CSP })).not.toHaveProperty(
      'Content-Security-Policy',
    );
  });

  test('a page with no policy at all (astro dev, where Astro adds none) is not blanked by a strict one', () => {
    expect(responseHeaders({ siteUrl: '', contentType: 'text/html', csp: null })).not.toHaveProperty(
      'Content-Security-Policy',
    );
  });
});
