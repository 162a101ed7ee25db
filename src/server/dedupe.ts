import { LRUCache } from 'lru-cache';

export interface Once<T> {
  /** Whether work for `key` is under way or has succeeded recently. */
  has(key: string): boolean;
  /**
   * Runs `work` once per key: a caller arriving while it runs, or after it succeeded, shares its
   * result. A failed run is forgotten so that a retry can try again.
   */
  run(key: string, work: () => Promise<T>, succeeded: (result: T) => boolean): Promise<T>;
}

/** In-process "exactly once" by key, bounded in size and kept for `ttlMs` (Resend keeps its keys 24 h). */
export function createOnce<T extends NonNullable<unknown>>({
  ttlMs = 24 * 60 * 60 * 1000,
  max = 10_000,
} = {}): Once<T> {
  const runs = new LRUCache<string, Promise<T>>({ max, ttl: ttlMs });
  return {
    has: (key) => runs.has(key),
    run(key, work, succeeded) {
      const existing = runs.get(key);
      if (existing) return existing;
      const running = work().then(
        (result) => {
          if (!succeeded(result)) runs.delete(key);
          return result;
        },
        (error: unknown) => {
          runs.delete(key);
          throw error;
        },
      );
      runs.set(key, running);
      return running;
    },
  };
}
