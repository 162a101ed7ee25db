import type { AstroIntegration } from 'astro';
import keystatic from '@keystatic/astro';
import { fileURLToPath } from 'node:url';

const CONFIG_FILE = fileURLToPath(new URL('../editor/keystatic.config.ts', import.meta.url));

/**
 * The browser editor (Keystatic), added only to `astro dev`. A build never includes it: its routes
 * (/keystatic, /api/keystatic) would serve the editor and a file-writing API with no login. The
 * decision is the command, not an environment variable, so no setting can ship it by mistake.
 */
export default function editorInDev(): AstroIntegration {
  return {
    name: 'editor-in-dev',
    hooks: {
      'astro:config:setup': async (params) => {
        if (params.command !== 'dev') return;
        // Keystatic looks for ./keystatic.config at the top level; ours lives in src/editor/.
        params.updateConfig({
          // The editor's UI injects inline styles and scripts, which the site's CSP blocks (a blank page).
          // The policy still applies to every build, and the browser tests check it on the built site.
          security: { csp: false },
          vite: {
            plugins: [
              {
                name: 'editor-config-location',
                enforce: 'pre',
                resolveId: (id) => (id === 'virtual:keystatic-config' ? CONFIG_FILE : null),
              },
            ],
            optimizeDeps: { entries: [CONFIG_FILE] },
          },
        });
        await keystatic().hooks['astro:config:setup']?.(params);
      },
    },
  };
}
