import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mailer } from './mailer';

/**
 * Writes a new file, failing with EEXIST if one is there. Only the server's own user may read it: it holds
 * health answers.
 */
const writeNew = (path: string, text: string) => writeFile(path, text, { flag: 'wx', mode: 0o600 });

/**
 * Development and test delivery: each email is written to `dir` as JSON with the exact payload that
 * would have been sent. One file per idempotency key, so a repeated key writes nothing new.
 */
export function createOutboxMailer(dir: string): Mailer {
  return {
    async send(message, idempotencyKey) {
      const path = join(dir, `${idempotencyKey}.json`);
      const text = JSON.stringify(message, null, 2);
      try {
        // The folder is made when a write finds it missing, not checked before every write: on a slow
        // disk that check was a tenth of the file work.
        await writeNew(path, text).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
          await mkdir(dir, { recursive: true, mode: 0o700 });
          await writeNew(path, text);
        });
        return { ok: true };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { ok: true };
        return { ok: false, reason: `outbox not writable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
      }
    },
  };
}
