// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import node from '@astrojs/node';

// The public origin: canonical URLs, the sitemap and the origin check all use it.
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  // One URL form everywhere: the static-header map is keyed without a trailing slash.
  trailingSlash: 'never',
  adapter: node({ mode: 'standalone', staticHeaders: true }),
  // Keep every stylesheet in a file (allowed by style-src 'self') instead of inlining small ones by hash.
  // @astrojs/node picks a prerendered page's headers with `pathname.includes(url)`, so /research got the
  // CSP of /research/abdallah-2022 and the browser blocked the index's inlined styles.
  build: { inlineStylesheets: 'never' },
  integrations: [mdx(), react(), sitemap()],
  // No Shiki: its inline styles break the CSP and the site shows no code.
  markdown: { syntaxHighlight: false },
  security: {
    // The contact handler checks Origin itself, for every content type (see src/lib/server/origin.ts).
    checkOrigin: false,
    // Astro adds hashed script-src and style-src; everything else is locked to this origin.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "object-src 'none'",
      ],
    },
  },
});
