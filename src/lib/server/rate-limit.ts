import { LRUCache } from 'lru-cache';

export type RateResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Records one submission by `client` if it is within the limit. */
  hit(client: string, now?: number): RateResult;
}

/**
 * A sliding window per client, kept in memory. At most `maxClients` clients are remembered (the least
 * recently seen are forgotten first), so a flood from many addresses cannot grow memory without end.
 */
export function createRateLimiter({ limit, windowMs, maxClients = 10_000 }: { limit: number; windowMs: number; maxClients?: number }): RateLimiter {
  const seen = new LRUCache<string, number[]>({ max: maxClients, ttl: windowMs });
  return {
    hit(client, now = Date.now()) {
      const recent = (seen.get(client) ?? []).filter((t) => now - t < windowMs);
      if (recent.length >= limit) {
        seen.set(client, recent);
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000)) };
      }
      seen.set(client, [...recent, now]);
      return { ok: true };
    },
  };
}
