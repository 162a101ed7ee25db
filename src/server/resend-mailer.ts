import { Resend } from 'resend';
import type { Mailer, SendResult } from './mailer';

/** Longest wait before the one retry, even if Resend asks for more: the person is waiting. */
const MAX_RETRY_DELAY_MS = 2000;

interface Attempt {
  result: SendResult;
  /** A network error, timeout, 429 or 5xx: the same key can safely be sent again. */
  retryable: boolean;
  retryAfterMs: number;
}

/**
 * Delivery through Resend. The client is made per send so it reads RESEND_BASE_URL as it is now.
 * The idempotency key makes a retry, a double submission or a second server instance deliver once.
 *
 * @param budgetMs how long the whole send may take, retry included: the person is waiting for the answer
 */
export function createResendMailer(apiKey: string, budgetMs: number): Mailer {
  async function attempt(
    message: Parameters<Mailer['send']>[0],
    idempotencyKey: string,
    timeoutMs: number,
  ): Promise<Attempt> {
    const resend = new Resend(apiKey);
    const { error, headers } = await resend.emails.send(message, {
      idempotencyKey,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!error) return { result: { ok: true }, retryable: false, retryAfterMs: 0 };
    const status = error.statusCode ?? null;
    const retryAfterSeconds = Number(headers?.['retry-after']);
    return {
      result: { ok: false, reason: `Resend ${status ?? 'unreachable'} ${error.name}` },
      retryable: status === null || status === 429 || status >= 500,
      retryAfterMs: Number.isFinite(retryAfterSeconds) ? retryAfterSeconds * 1000 : 500,
    };
  }

  return {
    async send(message, idempotencyKey) {
      const deadline = Date.now() + budgetMs;
      const first = await attempt(message, idempotencyKey, budgetMs);
      if (first.result.ok || !first.retryable) return first.result;
      const delay = Math.min(first.retryAfterMs, MAX_RETRY_DELAY_MS);
      const left = deadline - Date.now() - delay;
      // A retry squeezed into the last moments would only make the person wait longer for the same news.
      if (left < budgetMs / 4) return first.result;
      await new Promise((resolve) => setTimeout(resolve, delay));
      return (await attempt(message, idempotencyKey, left)).result;
    },
  };
}
