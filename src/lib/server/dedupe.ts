import { LRUCache } from 'lru-cache';

export interface Once<T> {
  /** Whether work for `id` is under way or has succeeded recently. */
  has(id: string): boolean;
  /**
   * Runs `work` once per id: a caller arriving while it runs, or after it succeeded, shares its
   * result. A failed run is forgotten so that a retry can try again.
   */
  run(id: string, work: () => Promise<T>, succeeded: (result: T) => boolean): Promise<T>;
}

/** In-process "exactly once" by id, bounded in size and kept for `ttlMs` (Resend keeps its keys 24 h). */
export function createOnce<T extends {}>({ ttlMs = 24 * 60 * 60 * 1000, max = 10_000 } = {}): Once<T> {
  const runs = new LRUCache<string, Promise<T>>({ max, ttl: ttlMs });
  return {
    has: (id) => runs.has(id),
    run(id, work, succeeded) {
      const existing = runs.get(id);
      if (existing) return existing;
      const running = work().then(
        (result) => {
          if (!succeeded(result)) runs.delete(id);
          return result;
        },
        (error: unknown) => {
          runs.delete(id);
          throw error;
        },
      );
      runs.set(id, running);
      return running;
    },
  };
}
