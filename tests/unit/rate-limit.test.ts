import { describe, expect, test } from 'vitest';
import { createRateLimiter } from '../../src/server/rate-limit';

const MINUTE = 60_000;

describe('rate limiter', () => {
  test('allows the limit, then refuses with the seconds until the oldest submission expires', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 10 * MINUTE });
    expect(limiter.hit('a', 0)).toEqual({ ok: true });
    expect(limiter.hit('a', MINUTE)).toEqual({ ok: true });
    expect(limiter.hit('a', 2 * MINUTE)).toEqual({ ok: false, retryAfterSeconds: 8 * 60 });
  });

  test('counts each client separately', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: MINUTE });
    expect(limiter.hit('a', 0).ok).toBe(true);
    expect(limiter.hit('b', 0).ok).toBe(true);
    expect(limiter.hit('a', 1).ok).toBe(false);
  });

  test('the window slides: old submissions stop counting', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: MINUTE });
    expect(limiter.hit('a', 0).ok).toBe(true);
    expect(limiter.hit('a', MINUTE).ok).toBe(true);
  });

  test('a flood from many addresses keeps at most maxClients in memory, forgetting the least recent', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: MINUTE, maxClients: 100 });
    expect(limiter.hit('first', 0).ok).toBe(true);
    for (let i = 0; i < 10_000; i++) limiter.hit(`flood-${i}`, 1);
    // "first" was pushed out, so it is a stranger again; a recent flooder is still remembered.
    expect(limiter.hit('first', 2).ok).toBe(true);
    expect(limiter.hit('flood-9999', 2).ok).toBe(false);
  });
});
