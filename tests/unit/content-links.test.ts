import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, contentFiles, entryId, type ContentFile } from '../support/content-files';
import { splitFrontMatter } from '../support/readability';

const pages = contentFiles('pages');
const faq = contentFiles('faq');
const studies = new Set(contentFiles('research').map(entryId));

/** Routes written as .astro files (not content), e.g. "/contact"; dynamic routes and the 404 page are left out. */
const astroRoutes = readdirSync(join(ROOT, 'src/pages'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.astro') && !f.includes('[') && !f.startsWith('404'))
  .map((f) => `/${f.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}`);

const routes = new Set([
  ...astroRoutes,
  ...pages.map((p) => `/${entryId(p)}`),
  ...[...studies].map((id) => `/research/${id}`),
]);

/** Internal link targets in a Markdown body, without any #fragment. */
function internalLinks(file: ContentFile): string[] {
  return [...splitFrontMatter(file.source).body.matchAll(/\]\((\/[^)\s#]*)/g)].map((m) => m[1]);
}

describe('links in pages and answers lead somewhere', () => {
  test.each([...pages, ...faq].map((f) => [f.path, f] as const))('%s', (_, file) => {
    const broken = internalLinks(file).filter((href) => !routes.has(href));
    expect(broken, `${file.path} links to pages that do not exist: ${broken.join(', ')}`).toEqual([]);
  });
});

// The front-matter list feeds the page's "Studies this page draws on" list and its citations for search engines.
describe('each page lists in its front-matter every study its text links to', () => {
  test.each(pages.map((p) => [p.path, p] as const))('%s', (_, page) => {
    const listed = (splitFrontMatter(page.source).data.studies as string[] | undefined) ?? [];
    const linked = internalLinks(page)
      .filter((h) => h.startsWith('/research/'))
      .map((h) => h.slice('/research/'.length));
    const unlisted = linked.filter((id) => !listed.includes(id));
    expect(unlisted, `${page.path}: add these to "studies" in its front-matter`).toEqual([]);
    const missing = listed.filter((id) => !studies.has(id));
    expect(missing, `${page.path} lists studies with no file in content/research`).toEqual([]);
  });
});
