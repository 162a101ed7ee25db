import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadEnv } from 'vite';
import { githubModeConfigured } from '../editor/github-settings';

const file = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const PAGE = file('../editor/routes/editor-page.astro');
const API = file('../editor/routes/editor-api.ts');
const UI = file('../editor/routes/editor-ui.ts');
/** The paths the editor answers on; robots.txt disallows them when they exist (`virtual:editor-routes`). */
const EDITOR_PATHS = ['/keystatic', '/api/keystatic'];

/**
 * The browser editor (Keystatic), on the routes Keystatic's own Astro integration uses, built from its public
 * `@keystatic/astro/ui` and `/api` exports (no virtual module, no files written to .astro/).
 * - `astro dev` (`npm run edit`): always, saving to content/ (or to GitHub when PUBLIC_KEYSTATIC_GITHUB_REPO is set).
 * - `astro build`: only with every GitHub-mode setting (src/editor/github-settings.ts). Such a build's editor can
 *   only sign in with GitHub and save there; it has no file-writing API. Without them: no routes, no editor code.
 * The decision is made from the command and the settings together, so no setting can ship local mode.
 */
export default function editorRoutes(): AstroIntegration {
  return {
    name: 'editor-routes',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute, updateConfig, logger }) => {
        const env = loadEnv(command === 'dev' ? 'development' : 'production', fileURLToPath(config.root), '');
        const enabled = command === 'dev' || (command === 'build' && githubModeConfigured(env));
        const paths = enabled ? EDITOR_PATHS : [];
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'editor-routes',
                resolveId: (id) => (id === 'virtual:editor-routes' ? '\0virtual:editor-routes' : null),
                load: (id) =>
                  id === '\0virtual:editor-routes' ? `export const editorPaths = ${JSON.stringify(paths)};` : null,
              },
            ],
            ...(command === 'dev' && { optimizeDeps: { entries: [UI] } }),
          },
          // In dev the editor's UI runs with no CSP (every build keeps it; the editor's own policy is tested there).
          ...(command === 'dev' && { security: { csp: false } }),
          // Keystatic signs in from 127.0.0.1 in dev; listen there unless told otherwise.
          ...(command === 'dev' && !config.server.host && { server: { host: '127.0.0.1' } }),
        });
        if (!enabled) return;
        injectRoute({ pattern: '/keystatic/[...params]', entrypoint: PAGE, prerender: false });
        injectRoute({ pattern: '/api/keystatic/[...params]', entrypoint: API, prerender: false });
        if (command === 'build') logger.info('the editor (GitHub mode) is included at /keystatic');
      },
    },
  };
}
