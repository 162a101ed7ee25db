import type { APIRoute } from 'astro';
import { handleContact, STATUS, type ContactOutcome } from '../../server/contact-handler';

// The island's endpoint: runs on the server for every request.
export const prerender = false;

/** The JSON answer: never the submitted values (the island still has them), never anything personal. */
function body(outcome: ContactOutcome) {
  switch (outcome.kind) {
    case 'accepted':
      return { ok: true };
    case 'invalid':
      return { ok: false, error: 'invalid', message: 'Some answers need changing', errors: outcome.errors };
    case 'bad-request':
      return { ok: false, error: 'bad_request', message: outcome.reason };
    case 'cross-origin':
      return { ok: false, error: 'cross_origin', message: 'The form can only be sent from this website' };
    case 'too-large':
      return { ok: false, error: 'too_large', message: outcome.reason };
    case 'rate-limited':
      return { ok: false, error: 'rate_limited', message: 'Too many forms were sent from here', retryAfterSeconds: outcome.retryAfterSeconds };
    case 'send-failed':
      return { ok: false, error: 'send_failed', message: 'The email service did not take the message' };
  }
}

export const POST: APIRoute = async ({ request, clientAddress }) => {
  const outcome = await handleContact(request, clientAddress, 'json');
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  if (outcome.kind === 'rate-limited') headers.set('Retry-After', String(outcome.retryAfterSeconds));
  return Response.json(body(outcome), { status: STATUS[outcome.kind], headers });
};

export const ALL: APIRoute = () =>
  Response.json({ ok: false, error: 'method_not_allowed', message: 'Send the form with POST' }, { status: 405, headers: { Allow: 'POST' } });
