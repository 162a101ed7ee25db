/**
 * How long a client may take and how many may connect at once. Slow or stalled clients are cut off instead
 * of holding a connection (and a file handle) open. Tests shorten the timeouts through the environment.
 */
export interface ServerLimits {
  /** Time to send the request line and headers (Node's `headersTimeout`). */
  headersTimeoutMs: number;
  /** Time to send the whole request, body included (`requestTimeout`). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Connections open at once; more are refused until some close (`server.maxConnections`). */
  maxConnections: number;
  /** How long requests in flight (an email being sent) may take to finish after SIGTERM. */
  drainMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 512,
  drainMs: 10_000,
};

function positive(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The limits from `HEADERS_TIMEOUT_MS`, `REQUEST_TIMEOUT_MS` and `MAX_CONNECTIONS`, else the defaults. */
export function readServerLimits(env: NodeJS.ProcessEnv = process.env): ServerLimits {
  const requestTimeoutMs = positive(env.REQUEST_TIMEOUT_MS, DEFAULT_LIMITS.requestTimeoutMs);
  return {
    ...DEFAULT_LIMITS,
    // Node refuses to start with a headers timeout longer than the whole request's.
    headersTimeoutMs: Math.min(positive(env.HEADERS_TIMEOUT_MS, DEFAULT_LIMITS.headersTimeoutMs), requestTimeoutMs),
    requestTimeoutMs,
    maxConnections: positive(env.MAX_CONNECTIONS, DEFAULT_LIMITS.maxConnections),
  };
}
