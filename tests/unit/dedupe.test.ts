import { describe, expect, test } from 'vitest';
import { createOnce } from '../../src/server/dedupe';

type Result = { ok: boolean };
const ok = (r: Result) => r.ok;

describe('once per submission key', () => {
  test('callers arriving while the work runs share it', async () => {
    const once = createOnce<Result>();
    let runs = 0;
    const work = async () => {
      runs += 1;
      await new Promise((r) => setTimeout(r, 10));
      return { ok: true };
    };
    const results = await Promise.all([once.run('id', work, ok), once.run('id', work, ok)]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect(runs).toBe(1);
  });

  test('after a success the key is remembered; after a failure it may run again', async () => {
    const once = createOnce<Result>();
    await once.run('good', async () => ({ ok: true }), ok);
    await once.run('bad', async () => ({ ok: false }), ok);
    expect(once.has('good')).toBe(true);
    expect(once.has('bad')).toBe(false);
  });

  test('work that throws is forgotten too', async () => {
    const once = createOnce<Result>();
    await expect(once.run('x', async () => Promise.reject(new Error('boom')), ok)).rejects.toThrow('boom');
    expect(once.has('x')).toBe(false);
  });

  test('memory stays bounded: the oldest keys are forgotten past the maximum', async () => {
    const once = createOnce<Result>({ max: 10 });
    for (let i = 0; i < 100; i++) await once.run(`id-${i}`, async () => ({ ok: true }), ok);
    expect(once.has('id-0')).toBe(false);
    expect(once.has('id-99')).toBe(true);
  });
});
