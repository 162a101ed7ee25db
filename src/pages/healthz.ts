import type { APIRoute } from 'astro';
import { health } from '../lib/health';
import { readContactConfig } from '../server/config';

// On demand on every host, so it reflects the environment the site runs with now.
export const prerender = false;

/** For uptime monitors: 200 when the form can deliver, 503 when it cannot. No personal data, no secrets. */
export const GET: APIRoute = () => {
  const body = health(readContactConfig(), import.meta.env.BUILD_ID ?? 'unknown');
  return new Response(JSON.stringify(body), {
    status: body.ready ? 200 : 503,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
};
