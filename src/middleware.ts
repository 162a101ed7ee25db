import { defineMiddleware } from 'astro:middleware';
import { securityHeaders } from './server/security-headers';
import { editorPaths } from 'virtual:editor-routes';
import { applyEditorHeaders, isEditorPath } from './editor/headers';

const headers = Object.entries(securityHeaders(import.meta.env.SITE ?? ''));

/** On-demand responses (the contact page and endpoint) carry the same security headers on every host. */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  for (const [name, value] of headers) response.headers.set(name, value);
  // The editor (only in builds that include it) has its own policy; see src/editor/headers.ts.
  if (isEditorPath(context.url.pathname, editorPaths)) applyEditorHeaders(response.headers);
  return response;
});
