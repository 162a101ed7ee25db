import type { ContactSubmission, FieldErrors } from '../../lib/contact/schema';
import type { Problem } from './problems';

/** What became of a submission sent from the island. */
export type PostResult = { kind: 'sent' } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'problem'; problem: Problem };

/** The JSON endpoint's answer, as far as the island uses it (see src/pages/api/contact.ts). */
interface Answer {
  errors?: FieldErrors;
  message?: string;
}

/** Sends a valid submission to the JSON endpoint and says what became of it. Never throws. */
export async function postContact(submission: ContactSubmission): Promise<PostResult> {
  let response: Response;
  try {
    response = await fetch('/api/contact', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(submission),
    });
  } catch {
    return { kind: 'problem', problem: { kind: 'network' } };
  }
  const answer = (await response.json().catch(() => ({}))) as Answer;
  if (response.ok) return { kind: 'sent' };
  if (response.status === 422 && answer.errors) return { kind: 'invalid', errors: answer.errors };
  if (response.status === 429) {
    return { kind: 'problem', problem: { kind: 'rate-limited', retryAfterSeconds: Number(response.headers.get('Retry-After')) || 600 } };
  }
  if (response.status === 400 || response.status === 413) {
    return { kind: 'problem', problem: { kind: 'unreadable', reason: answer.message ?? 'no reason given' } };
  }
  return { kind: 'problem', problem: { kind: 'send-failed' } };
}
