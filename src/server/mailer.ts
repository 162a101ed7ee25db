/**
 * The one seam between the form and an email provider. Anything that can deliver an `EmailMessage`
 * once per idempotency key can replace Resend (e.g. a HIPAA-ready provider with a BAA).
 */
export interface EmailMessage {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** The person's own address, so the practice answers them with Reply. */
  replyTo: string;
}

export type SendResult = { ok: true } | { ok: false; reason: string };

export interface Mailer {
  /** Delivers `message`; the same key must never deliver twice. Never throws. */
  send(message: EmailMessage, idempotencyKey: string): Promise<SendResult>;
}
