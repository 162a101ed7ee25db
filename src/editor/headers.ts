/**
 * The editor's own HTTP headers (its pages and API only; content pages keep the site's policy).
 * Its policy is the site's, with exactly what the editor needs added:
 * - style-src 'unsafe-inline': its UI inserts <style> tags at run time (it renders unstyled without this);
 *   the site's style hashes are dropped, since a hash beside 'unsafe-inline' makes browsers ignore it;
 * - connect-src: GitHub's API (api.github.com, GraphQL and REST) and raw.githubusercontent.com, which the editor
 *   reads files from when the repository is public;
 * - img-src: the signed-in person's avatar (avatars.githubusercontent.com).
 * Scripts stay as the site allows them ('self' plus Astro's hashes). Anything else third-party, such as the
 * Google Fonts stylesheet the editor links to, is blocked, so the editor uses the system font.
 */
const EDITOR_SOURCES: Record<string, string> = {
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: https://avatars.githubusercontent.com",
  'connect-src': "'self' https://api.github.com https://raw.githubusercontent.com",
  'frame-ancestors': "'none'",
};

export const EDITOR_HEADERS: Record<string, string> = {
  // Pages and answers carry the person's session (tokens in cookies): never kept by a cache or the browser.
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
};

/** True for the editor's pages and its API (`paths` is `editorPaths`: empty in a build without the editor). */
export function isEditorPath(pathname: string, paths: readonly string[]): boolean {
  return paths.some((base) => pathname === base || pathname.startsWith(`${base}/`));
}

/** The editor's policy, made from the site's policy for the same response. */
export function editorCsp(siteCsp: string): string {
  const directives = new Map<string, string>();
  for (const part of siteCsp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources.join(' '));
  }
  for (const [name, sources] of Object.entries(EDITOR_SOURCES)) directives.set(name, sources);
  return [...directives].map(([name, sources]) => `${name} ${sources}`).join('; ');
}

/**
 * Turns an editor response's headers into the editor's. Without a site policy (`astro dev` runs the editor with
 * the CSP off) it adds none; every build has one.
 */
export function applyEditorHeaders(headers: Headers): void {
  const siteCsp = headers.get('content-security-policy');
  if (siteCsp) headers.set('content-security-policy', editorCsp(siteCsp));
  for (const [name, value] of Object.entries(EDITOR_HEADERS)) headers.set(name, value);
}
