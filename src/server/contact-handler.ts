import { createHash } from 'node:crypto';
import { contactSchema, firstErrors, type ContactSubmission, type ContactValues, type FieldErrors } from '../lib/contact/schema';
import { valuesFromFormData } from '../lib/contact/form-data';
import { readLimitedBody } from './body-limit';
import { readContactConfig, RATE_WINDOW_MS, type ContactConfig } from './config';
import { createOnce } from './dedupe';
import { renderContactEmail } from './email-template';
import type { EmailMessage, Mailer, SendResult } from './mailer';
import { isCrossOrigin } from './origin';
import { createOutboxMailer } from './outbox-mailer';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { createResendMailer } from './resend-mailer';

/** What became of one submission; the page and the JSON endpoint each turn it into a response. */
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

/** How the body is sent: the island posts JSON, the plain form posts form data. */
export type BodyFormat = 'json' | 'form';

const ACCEPTED_TYPES: Record<BodyFormat, string[]> = {
  json: ['application/json'],
  form: ['application/x-www-form-urlencoded', 'multipart/form-data'],
};

interface Service {
  config: ContactConfig;
  mailer: Mailer;
  limiter: RateLimiter;
  sends: ReturnType<typeof createOnce<SendResult>>;
}

let service: Service | undefined;

/** One per server process, made on the first submission so the environment is read at run time. */
function getService(): Service {
  if (!service) {
    const config = readContactConfig();
    if (!config.resendApiKey) console.info(`contact form: no RESEND_API_KEY, so emails are written to ${config.outboxDir}`);
    service = {
      config,
      mailer: config.resendApiKey ? createResendMailer(config.resendApiKey, config.sendTimeoutMs) : createOutboxMailer(config.outboxDir),
      limiter: createRateLimiter({ limit: config.rateLimit, windowMs: RATE_WINDOW_MS }),
      sends: createOnce<SendResult>(),
    };
  }
  return service;
}

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

/** The submitted values, or why they could not be read. */
async function readValues(request: Request, body: Buffer, format: BodyFormat): Promise<unknown | { unreadable: string }> {
  if (format === 'json') {
    try {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { unreadable: 'The body must be a JSON object' };
      return parsed;
    } catch {
      return { unreadable: 'The body is not valid JSON' };
    }
  }
  try {
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
    return valuesFromFormData(form);
  } catch {
    return { unreadable: 'The form data could not be read' };
  }
}

const isUnreadable = (v: unknown): v is { unreadable: string } => typeof v === 'object' && v !== null && 'unreadable' in v;

/**
 * What makes a submission the same one: its id and its answers. A double click, a retry or a refresh
 * shares the key (here and, as the idempotency key, at Resend across instances); answers edited after
 * a send are a new email rather than silently dropped.
 */
function submissionKey(submission: ContactSubmission): string {
  const digest = createHash('sha256').update(JSON.stringify(submission)).digest('hex').slice(0, 16);
  return `contact-${submission.submissionId}-${digest}`;
}

async function deliver(submission: ContactSubmission, key: string, { config, mailer }: Service): Promise<SendResult> {
  if (!config.to || !config.from) {
    console.error('contact form: CONTACT_TO or CONTACT_FROM is not set; cannot send');
    return { ok: false, reason: 'not configured' };
  }
  try {
    const email = await renderContactEmail(submission);
    const message: EmailMessage = { from: config.from, to: config.to, ...email, replyTo: submission.email };
    const result = await mailer.send(message, key);
    // Only the reason, never the answers: logs are not a place for health details.
    if (!result.ok) console.error(`contact form: email not sent (${result.reason})`);
    return result;
  } catch (error) {
    console.error(`contact form: email not sent (${(error as Error).name})`);
    return { ok: false, reason: 'exception' };
  }
}

/**
 * Handles one submission from either the plain form or the island, so both follow the same rules:
 * origin, size, format, honeypot, validation, rate limit, then exactly one email per submission id.
 *
 * @param clientAddress who is submitting, for the rate limit only (never logged)
 */
export async function handleContact(request: Request, clientAddress: string, format: BodyFormat): Promise<ContactOutcome> {
  const current = getService();
  if (isCrossOrigin(request, [current.config.siteOrigin])) return { kind: 'cross-origin' };

  const type = mediaType(request);
  if (!ACCEPTED_TYPES[format].includes(type)) {
    return { kind: 'bad-request', reason: `Send the form as ${ACCEPTED_TYPES[format].join(' or ')}, not ${type || 'an unnamed type'}` };
  }

  const body = await readLimitedBody(request);
  if (!body.ok) return body.status === 413 ? { kind: 'too-large', reason: body.reason } : { kind: 'bad-request', reason: body.reason };

  const raw = await readValues(request, body.body, format);
  if (isUnreadable(raw)) return { kind: 'bad-request', reason: raw.unreadable };
  const values = raw as ContactValues;

  // A filled honeypot looks exactly like success to the bot, and nothing is sent.
  if (typeof values.website === 'string' && values.website.trim() !== '') {
    const limited = current.limiter.hit(clientAddress);
    return limited.ok ? { kind: 'accepted', selfHarm: false } : { kind: 'rate-limited', retryAfterSeconds: limited.retryAfterSeconds, values };
  }

  const parsed = contactSchema.safeParse(values);
  if (!parsed.success) return { kind: 'invalid', errors: firstErrors(parsed.error.issues), values };
  const submission = parsed.data;

  // A repeat of a submission already sending or sent is not a new submission: it costs nothing.
  const key = submissionKey(submission);
  if (!current.sends.has(key)) {
    const limited = current.limiter.hit(clientAddress);
    if (!limited.ok) return { kind: 'rate-limited', retryAfterSeconds: limited.retryAfterSeconds, values };
  }
  const sent = await current.sends.run(key, () => deliver(submission, key, current), (r) => r.ok);
  return sent.ok ? { kind: 'accepted', selfHarm: submission.selfHarm === 'yes' } : { kind: 'send-failed', values };
}
