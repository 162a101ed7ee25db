// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import node from '@astrojs/node';
import editorInDev from './src/integrations/editor-in-dev.ts';

// The public origin: canonical URLs, the sitemap and the origin check all use it.
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  // One URL form everywhere: the static-header map is keyed without a trailing slash.
  trailingSlash: 'never',
  adapter: node({ mode: 'standalone', staticHeaders: true }),
  // editorInDev: the browser editor, in `astro dev` only (never in a build).
  integrations: [mdx(), react(), sitemap(), editorInDev()],
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
