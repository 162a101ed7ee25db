import { defineMiddleware } from 'astro:middleware';
import { editorPaths } from 'virtual:editor-routes';
import { isEditorPath, responseHeaders } from './server/security-headers';

/**
 * On-demand responses (the contact page and endpoint, the editor when the build has it) carry the security
 * headers on every host, plus the on-demand ones (these pages hold what a person types), and a CSP when
 * Astro gave them none (JSON answers). On Node, src/server/serve.mjs applies the same rules again.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const headers = responseHeaders({
    siteUrl: import.meta.env.SITE ?? '',
    contentType: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    onDemand: true,
    editor: isEditorPath(context.url.pathname, editorPaths),
  });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
});
