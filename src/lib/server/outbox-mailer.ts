import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mailer } from './mailer';

/**
 * Development and test delivery: each email is written to `dir` as JSON with the exact payload that
 * would have been sent. One file per idempotency key, so a repeated key writes nothing new.
 */
export function createOutboxMailer(dir: string): Mailer {
  return {
    async send(message, idempotencyKey) {
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(join(dir, `${idempotencyKey}.json`), JSON.stringify(message, null, 2), { flag: 'wx' });
        return { ok: true };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { ok: true };
        return { ok: false, reason: `outbox not writable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
      }
    },
  };
}
