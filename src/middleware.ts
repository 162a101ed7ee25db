import { defineMiddleware } from 'astro:middleware';
import { securityHeaders } from './server/security-headers';

const headers = Object.entries(securityHeaders(import.meta.env.SITE ?? ''));

/** On-demand responses (the contact page and endpoint) carry the same security headers on every host. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  for (const [name, value] of headers) response.headers.set(name, value);
  return response;
});
