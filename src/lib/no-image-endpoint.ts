import type { APIRoute } from 'astro';

/**
 * Replaces Astro's on-demand image endpoint (/_image). Every image on the site is built at build time
 * (the pages with photos are static), so nothing needs resizing at request time: this keeps sharp out
 * of the server bundle and the serverless functions, and gives nobody a way to make the server resize images.
 */
export const GET: APIRoute = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
