import type { APIRoute } from 'astro';
import { editorPaths } from 'virtual:editor-routes';

// The editor's pages, when this build has them, are for the owner only: no crawler should fetch them.
const disallow = editorPaths.map((path) => `Disallow: ${path}\n`).join('');

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${disallow}\nSitemap: ${new URL('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
