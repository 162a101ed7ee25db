/**
 * What became of a submission, in one vocabulary for the server, the JSON endpoint, the no-JavaScript page and
 * the island, so both ways of sending tell the person the same thing. Browser-safe: no Node imports.
 */
import type { ContactValues, FieldErrors } from './schema';

/** What the server decided about one submission. */
export type ContactOutcome =
  | { kind: 'accepted'; selfHarm: boolean }
  | { kind: 'invalid'; errors: FieldErrors; values: ContactValues }
  | { kind: 'bad-request'; reason: string }
  | { kind: 'cross-origin' }
  | { kind: 'too-large'; reason: string }
  | { kind: 'rate-limited'; retryAfterSeconds: number; values: ContactValues }
  | { kind: 'send-failed'; values: ContactValues };

export const STATUS: Record<ContactOutcome['kind'], number> = {
  accepted: 200,
  invalid: 422,
  'bad-request': 400,
  'cross-origin': 403,
  'too-large': 413,
  'rate-limited': 429,
  'send-failed': 502,
};

/** Why a form with no mistakes in it did not reach the practice: never the person's fault. */
export type Problem =
  | { kind: 'send-failed' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'wrong-site' }
  /** Only the island knows this one: the answer never arrived. */
  | { kind: 'network' };

/** The problem to show for an outcome; undefined when there is none to show (sent, or answers to change). */
export function problemOf(outcome: ContactOutcome | undefined): Problem | undefined {
  switch (outcome?.kind) {
    case 'send-failed':
      return { kind: 'send-failed' };
    case 'rate-limited':
      return { kind: 'rate-limited', retryAfterSeconds: outcome.retryAfterSeconds };
    case 'bad-request':
    case 'too-large':
      return { kind: 'unreadable', reason: outcome.reason };
    case 'cross-origin':
      return { kind: 'wrong-site' };
    default:
      return undefined;
  }
}

/** The JSON endpoint's answer: never the submitted values (the island still has them), nothing personal. */
export type ContactAnswer = { ok: true } | { ok: false; errors: FieldErrors } | { ok: false; problem: Problem };

export function answerOf(outcome: ContactOutcome): ContactAnswer {
  if (outcome.kind === 'accepted') return { ok: true };
  if (outcome.kind === 'invalid') return { ok: false, errors: outcome.errors };
  return { ok: false, problem: problemOf(outcome)! };
}

function minutes(seconds: number) {
  const n = Math.max(1, Math.ceil(seconds / 60));
  return `${n} minute${n === 1 ? '' : 's'}`;
}

/** What went wrong, in plain words: the same sentence on the page and in the island. */
export function problemMessage(problem: Problem): string {
  switch (problem.kind) {
    case 'send-failed':
      return 'The email service did not take your message, so it has not reached me.';
    case 'network':
      return 'Your device could not reach this website, so your message has not reached me.';
    case 'rate-limited':
      return `Several forms were sent from this connection in a short time. You can send yours again in ${minutes(problem.retryAfterSeconds)}.`;
    case 'unreadable':
      return `Your answers could not be read (${problem.reason}).`;
    case 'wrong-site':
      return 'This website could not accept your message because of a problem on my side, so it has not reached me.';
  }
}
