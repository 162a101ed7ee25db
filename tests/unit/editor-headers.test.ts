import { describe, expect, test } from 'vitest';
import { editorCsp, isEditorPath, responseHeaders } from '../../src/server/security-headers';

const SITE_CSP =
  "default-src 'self';img-src 'self' data:;connect-src 'self';form-action 'self';frame-ancestors 'none';" +
  "base-uri 'self';object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def=';";
const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([n]) => n)
      .map(([n, ...s]) => [n, s.join(' ')]),
  );

describe("the editor's headers", () => {
  test('its policy is the site policy plus inline styles, GitHub API and avatars, nothing else', () => {
    const csp = directives(editorCsp(SITE_CSP));
    expect(csp['style-src']).toBe("'self' 'unsafe-inline'"); // no hash left beside it, or browsers ignore it
    expect(csp['script-src']).toBe("'self' 'sha256-abc='");
    expect(csp['connect-src']).toBe("'self' https://api.github.com https://raw.githubusercontent.com");
    expect(csp['img-src']).toBe("'self' data: https://avatars.githubusercontent.com");
    expect(csp['frame-ancestors']).toBe("'none'");
    expect(csp['default-src']).toBe("'self'");
    expect(csp['object-src']).toBe("'none'");
  });

  test('editor answers are never cached or indexed; other answers keep the site policy untouched', () => {
    const editor = responseHeaders({ siteUrl: '', contentType: 'text/html', csp: SITE_CSP, editor: true });
    expect(editor['Cache-Control']).toBe('no-store');
    expect(editor['X-Robots-Tag']).toContain('noindex');
    expect(editor['Content-Security-Policy']).toContain("'unsafe-inline'");
    const api = responseHeaders({ siteUrl: '', contentType: 'text/plain', csp: null, editor: true });
    expect(api['Content-Security-Policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api['Cache-Control']).toBe('no-store');
    // `astro dev` runs the editor with the CSP off; a page with no policy would otherwise get default-src 'none'.
    const devPage = responseHeaders({ siteUrl: '', contentType: 'text/html', csp: null, editor: true });
    expect(devPage['Content-Security-Policy']).toBeUndefined();
    const page = responseHeaders({ siteUrl: '', contentType: 'text/html', csp: SITE_CSP, editor: false });
    expect(page['Content-Security-Policy']).toBeUndefined(); // Astro's policy stays as it is
    expect(page['Cache-Control']).toBeUndefined();
    expect(page['X-Robots-Tag']).toBeUndefined();
  });

  test("only the build's editor paths count, and only whole path segments", () => {
    const paths = ['/keystatic', '/api/keystatic'];
    for (const p of ['/keystatic', '/keystatic/collection/faq', '/api/keystatic', '/api/keystatic/github/login']) {
      expect(isEditorPath(p, paths), p).toBe(true);
    }
    for (const p of ['/keystatics', '/faq', '/api/contact', '/api/keystaticx/y', '/x/keystatic']) {
      expect(isEditorPath(p, paths), p).toBe(false);
    }
    expect(isEditorPath('/keystatic', [])).toBe(false);
  });
});
