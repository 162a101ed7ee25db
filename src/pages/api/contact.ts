import type { APIRoute } from 'astro';
import { answerOf, STATUS } from '../../lib/contact/outcome';
import { handleContact } from '../../server/contact-handler';

// The island's endpoint: runs on the server for every request.
export const prerender = false;

export const POST: APIRoute = async ({ request, clientAddress }) => {
  const outcome = await handleContact(request, clientAddress, 'json');
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  if (outcome.kind === 'rate-limited') headers.set('Retry-After', String(outcome.retryAfterSeconds));
  return Response.json(answerOf(outcome), { status: STATUS[outcome.kind], headers });
};

export const ALL: APIRoute = () =>
  Response.json(
    { ok: false, problem: { kind: 'unreadable', reason: 'send the form with POST' } },
    { status: 405, headers: { Allow: 'POST' } },
  );
