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
export function createRateLimiter({
  limit,
  windowMs,
  maxClients = 10_000,
}: {
  limit: number;
  windowMs: number;
  maxClients?: number;
}): RateLimiter {
  const seen = new LRUCache<string, number[]>({ max: maxClients, ttl: windowMs });
  return {
    hit(client, now = Date.now()) {
      // Updated in place and oldest first: a copy per hit cost O(limit) garbage on every request.
      const recent = seen.get(client) ?? [];
      while (recent.length > 0 && now - recent[0] >= windowMs) recent.shift();
      seen.set(client, recent);
      if (recent.length >= limit) {
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000)) };
      }
      recent.push(now);
      return { ok: true };
    },
  };
}
