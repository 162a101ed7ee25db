import type { ContactAnswer, Problem } from '../../lib/contact/outcome';
import type { ContactSubmission, FieldErrors } from '../../lib/contact/schema';

/** What became of a submission sent from the island. */
export type PostResult =
  { kind: 'sent' } | { kind: 'invalid'; errors: FieldErrors } | { kind: 'problem'; problem: Problem };

/**
 * Sends a valid submission to the JSON endpoint and says what became of it, as the server said it
 * (src/lib/contact/outcome.ts). Only a lost or unreadable answer is the island's own to name. Never throws.
 */
export async function postContact(submission: ContactSubmission): Promise<PostResult> {
  const network: PostResult = { kind: 'problem', problem: { kind: 'network' } };
  let answer: ContactAnswer;
  try {
    const response = await fetch('/api/contact', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(submission),
    });
    answer = await response.json();
  } catch {
    return network;
  }
  if (answer.ok) return { kind: 'sent' };
  if ('errors' in answer) return { kind: 'invalid', errors: answer.errors };
  if ('problem' in answer) return { kind: 'problem', problem: answer.problem };
  return network;
}
