// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import node from '@astrojs/node';
import netlify from '@astrojs/netlify';
import vercel from '@astrojs/vercel';
import hostHeaders from './src/integrations/host-headers.ts';
import editorRoutes from './src/integrations/editor-routes.ts';
import launchGate from './src/integrations/launch-gate.ts';
import buildId from './src/integrations/build-id.ts';
import { NO_SITE_URL_WARNING, siteUrl } from './src/lib/site-url.ts';
import precompress from './src/integrations/precompress.ts';

// The public origin: canonical URLs, the sitemap and the origin check all use it. SITE_URL, else the
// host's own address (Netlify, Vercel), else 127.0.0.1, which a build then warns about loudly.
const { url: site, source: siteSource } = siteUrl(process.env);
/** @type {import('astro').AstroIntegration} */
const siteUrlWarning = {
  name: 'site-url-warning',
  hooks: {
    'astro:config:setup': ({ command, logger }) => {
      if (command === 'build' && siteSource === 'local default') logger.warn(NO_SITE_URL_WARNING);
    },
  },
};

// Where the site runs, chosen at build time: `npm start` (Node) by default, or a serverless host
// with `ASTRO_ADAPTER=vercel npm run build` / `ASTRO_ADAPTER=netlify npm run build`.
// `staticHeaders` puts each page's CSP into the host's header config instead of a <meta> tag.
const adapters = {
  // Node: Astro renders on-demand routes only; src/server/serve.mjs serves the built files itself (exact-path headers).
  node: () => node({ mode: 'middleware', staticHeaders: true }),
  vercel: () => vercel({ staticHeaders: true }),
  netlify: () => netlify({ staticHeaders: true, devFeatures: false }),
};
const adapterName = process.env.ASTRO_ADAPTER || 'node';
if (!(adapterName in adapters)) {
  throw new Error(`ASTRO_ADAPTER must be one of ${Object.keys(adapters).join(', ')}; got "${adapterName}"`);
}

export default defineConfig({
  site,
  // One URL form everywhere: the static-header map is keyed without a trailing slash.
  trailingSlash: 'never',
  adapter: adapters[/** @type {keyof typeof adapters} */ (adapterName)](),
  // Every page carries its own CSS in <style> tags: a content page is then one HTML response, painted
  // without waiting for a stylesheet. Astro's CSP allows each tag by its hash, per page; each host applies
  // a page's own policy by exact path (src/server/static-site.ts on Node; Netlify's and Vercel's header config).
  build: { inlineStylesheets: 'always' },
  // editorRoutes: the browser editor, in `astro dev`, and in a build only with the GitHub-mode settings.
  // launchGate: an https:// build stops while placeholders are left (ALLOW_PLACEHOLDERS=1 for a preview).
  // buildId: the build's id for /healthz.
  // precompress: Brotli files for the Node server's scripts and styles (serverless hosts compress their own).
  integrations: [
    launchGate(),
    buildId(),
    mdx(),
    react(),
    sitemap(),
    hostHeaders(),
    editorRoutes(),
    siteUrlWarning,
    precompress(),
  ],
  // Photos (content/photos) are resized and converted with sharp at build time, on static pages only.
  // No on-demand /_image endpoint: it would pull sharp into the server bundle (19 MB on Vercel).
  image: { endpoint: { route: '/_image', entrypoint: './src/lib/no-image-endpoint.ts' } },
  // No Shiki: its inline styles break the CSP and the site shows no code.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's own marker in the module it generates for each MDX file ("use astro:head-inject") makes
        // the bundler warn once per file, naming the owner's content (110 lines a build); it is harmless.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    // The contact handler checks Origin itself, for every content type (see src/server/origin.ts).
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
