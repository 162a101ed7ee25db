import { createHash } from 'node:crypto';
import type { ContactOutcome } from '../lib/contact/outcome';
import { contactSchema, firstErrors, type ContactSubmission, type ContactValues } from '../lib/contact/schema';
import { valuesFromFormData } from '../lib/contact/form-data';
import { readLimitedBody } from './body-limit';
import { clientAddress, rateLimitKey } from './client-address';
import { HOUR_MS, readContactConfig, RATE_WINDOW_MS, type ContactConfig } from './config';
import { createOnce } from './dedupe';
import { renderContactEmail } from './email-template';
import type { EmailMessage, Mailer, SendResult } from './mailer';
import { isCrossOrigin } from './origin';
import { createOutboxMailer } from './outbox-mailer';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { createResendMailer } from './resend-mailer';

/** How the body is sent: the island posts JSON, the plain form posts form data. */
export type BodyFormat = 'json' | 'form';

const ACCEPTED_TYPES: Record<BodyFormat, string[]> = {
  json: ['application/json'],
  form: ['application/x-www-form-urlencoded', 'multipart/form-data'],
};

interface Service {
  config: ContactConfig;
  mailer: Mailer;
  /** Submissions per client per window. */
  limiter: RateLimiter;
  /** Emails the whole site sends per hour, counted under one key. */
  ceiling: RateLimiter;
  /** Whether reaching the ceiling has been logged since it was last below it: once is enough. */
  ceilingLogged: boolean;
  sends: ReturnType<typeof createOnce<SendResult>>;
}

const WHOLE_SITE = 'site';

function createService(config: ContactConfig): Service {
  if (!config.resendApiKey)
    console.info(`contact form: no RESEND_API_KEY, so emails are written to ${config.outboxDir}`);
  return {
    config,
    mailer: config.resendApiKey
      ? createResendMailer(config.resendApiKey, config.sendTimeoutMs)
      : createOutboxMailer(config.outboxDir),
    limiter: createRateLimiter({ limit: config.rateLimit, windowMs: RATE_WINDOW_MS }),
    ceiling: createRateLimiter({ limit: config.hourlyLimit, windowMs: HOUR_MS, maxClients: 1 }),
    ceilingLogged: false,
    sends: createOnce<SendResult>(),
  };
}

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

/** The submitted values, or why they could not be read. */
async function readValues(
  request: Request,
  body: Buffer,
  format: BodyFormat,
): Promise<unknown | { unreadable: string }> {
  if (format === 'json') {
    try {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        return { unreadable: 'The body must be a JSON object' };
      return parsed;
    } catch {
      return { unreadable: 'The body is not valid JSON' };
    }
  }
  try {
    const form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData();
    return valuesFromFormData(form);
  } catch {
    return { unreadable: 'The form data could not be read' };
  }
}

const isUnreadable = (v: unknown): v is { unreadable: string } =>
  typeof v === 'object' && v !== null && 'unreadable' in v;

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

/** Counts one new email against the whole site's hourly ceiling; false once it is reached (logged once). */
function withinCeiling(current: Service): boolean {
  if (current.ceiling.hit(WHOLE_SITE).ok) {
    current.ceilingLogged = false;
    return true;
  }
  if (!current.ceilingLogged) {
    console.error(
      `contact form: ${current.config.hourlyLimit} emails in the last hour, the ceiling; sending none until it clears`,
    );
    current.ceilingLogged = true;
  }
  return false;
}

export type ContactHandler = (
  request: Request,
  connectionAddress: string,
  format: BodyFormat,
) => Promise<ContactOutcome>;

/**
 * A handler for submissions from either the plain form or the island, so both follow the same rules:
 * origin, size, format, honeypot, validation, rate limits, then exactly one email per submission id.
 * Its limits and duplicate memory live as long as it does.
 */
export function createContactHandler(config: ContactConfig = readContactConfig()): ContactHandler {
  const current = createService(config);
  return (request, connectionAddress, format) => handle(current, request, connectionAddress, format);
}

let processHandler: ContactHandler | undefined;

/**
 * Handles one submission with the server process's handler, made on first use so the environment is read
 * at run time, not at build time.
 *
 * @param connectionAddress the address the request came from, for the rate limit only (never logged)
 */
export function handleContact(
  request: Request,
  connectionAddress: string,
  format: BodyFormat,
): Promise<ContactOutcome> {
  processHandler ??= createContactHandler();
  return processHandler(request, connectionAddress, format);
}

async function handle(
  current: Service,
  request: Request,
  connectionAddress: string,
  format: BodyFormat,
): Promise<ContactOutcome> {
  // The public origin when it is known; the request's own (from its Host) only on a local, unconfigured server.
  const ownOrigin = current.config.siteOrigin ?? new URL(request.url).origin;
  if (isCrossOrigin(request, ownOrigin)) return { kind: 'cross-origin' };
  const client = rateLimitKey(
    clientAddress(connectionAddress, request.headers.get('x-forwarded-for'), current.config.trustProxyHops),
  );

  const type = mediaType(request);
  if (!ACCEPTED_TYPES[format].includes(type)) {
    return {
      kind: 'bad-request',
      reason: `Send the form as ${ACCEPTED_TYPES[format].join(' or ')}, not ${type || 'an unnamed type'}`,
    };
  }

  const body = await readLimitedBody(request);
  if (!body.ok)
    return body.status === 413
      ? { kind: 'too-large', reason: body.reason }
      : { kind: 'bad-request', reason: body.reason };

  const raw = await readValues(request, body.body, format);
  if (isUnreadable(raw)) return { kind: 'bad-request', reason: raw.unreadable };
  const values = raw as ContactValues;

  // A filled honeypot looks exactly like success to the bot, and nothing is sent.
  if (typeof values.website === 'string' && values.website.trim() !== '') {
    const limited = current.limiter.hit(client);
    return limited.ok
      ? { kind: 'accepted', selfHarm: false }
      : { kind: 'rate-limited', retryAfterSeconds: limited.retryAfterSeconds, values };
  }

  const parsed = contactSchema.safeParse(values);
  if (!parsed.success) return { kind: 'invalid', errors: firstErrors(parsed.error.issues), values };
  const submission = parsed.data;

  // A repeat of a submission already sending or sent is not a new submission: it costs nothing.
  const key = submissionKey(submission);
  if (!current.sends.has(key)) {
    const limited = current.limiter.hit(client);
    if (!limited.ok) return { kind: 'rate-limited', retryAfterSeconds: limited.retryAfterSeconds, values };
    if (!withinCeiling(current)) return { kind: 'send-failed', values };
  }
  const sent = await current.sends.run(
    key,
    () => deliver(submission, key, current),
    (r) => r.ok,
  );
  return sent.ok ? { kind: 'accepted', selfHarm: submission.selfHarm === 'yes' } : { kind: 'send-failed', values };
}
