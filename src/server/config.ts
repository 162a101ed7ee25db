/**
 * The form's server settings, read from the environment when first needed (never at build time).
 * With no RESEND_API_KEY and no addresses, clearly fake development addresses let the outbox path
 * work end to end on a fresh machine with no account.
 */
export const DEV_CONTACT_TO = 'practice-inbox@dev.invalid';
export const DEV_CONTACT_FROM = 'Website form (development) <website@dev.invalid>';

/** Submissions allowed per client per window, unless CONTACT_RATE_LIMIT says otherwise. */
export const DEFAULT_RATE_LIMIT = 5;
export const RATE_WINDOW_MS = 10 * 60 * 1000;
/** Emails the whole site may send per hour: far above any real practice, low enough to spare its inbox a flood. */
export const DEFAULT_HOURLY_LIMIT = 100;
export const HOUR_MS = 60 * 60 * 1000;
/** How long a send may take in all, retry included, before the person is told it failed. */
export const DEFAULT_SEND_TIMEOUT_MS = 10_000;

export interface ContactConfig {
  /** Set: send through Resend. Unset: write each email to `outboxDir`. */
  resendApiKey?: string;
  to?: string;
  from?: string;
  outboxDir: string;
  rateLimit: number;
  /** Emails the whole site may send per hour (`CONTACT_HOURLY_LIMIT`). */
  hourlyLimit: number;
  /** Proxies in front of the server that append to X-Forwarded-For (`TRUST_PROXY_HOPS`, default 0). */
  trustProxyHops: number;
  sendTimeoutMs: number;
  /** The public origin (SITE_URL): when set, the only origin the form accepts posts from. */
  siteOrigin?: string;
}

function positiveInteger(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function wholeNumber(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n >= 0 ? n : fallback;
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export function readContactConfig(env: NodeJS.ProcessEnv = process.env): ContactConfig {
  const resendApiKey = env.RESEND_API_KEY || undefined;
  // Development addresses only for the outbox: with a real key, a missing address is a setup mistake
  // that must surface (the person is then told to phone or email instead).
  const to = env.CONTACT_TO || (resendApiKey ? undefined : DEV_CONTACT_TO);
  const from = env.CONTACT_FROM || (resendApiKey ? undefined : DEV_CONTACT_FROM);
  return {
    resendApiKey,
    to,
    from,
    outboxDir: env.OUTBOX_DIR || '.outbox/',
    rateLimit: positiveInteger(env.CONTACT_RATE_LIMIT, DEFAULT_RATE_LIMIT),
    hourlyLimit: positiveInteger(env.CONTACT_HOURLY_LIMIT, DEFAULT_HOURLY_LIMIT),
    trustProxyHops: wholeNumber(env.TRUST_PROXY_HOPS, 0),
    sendTimeoutMs: positiveInteger(env.CONTACT_SEND_TIMEOUT_MS, DEFAULT_SEND_TIMEOUT_MS),
    siteOrigin: originOf(env.SITE_URL),
  };
}
