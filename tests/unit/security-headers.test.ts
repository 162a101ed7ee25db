import { describe, expect, test } from 'vitest';
import { securityHeaders } from '../../src/server/security-headers';

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
