import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import getRawBody from 'raw-body';

/** The largest form body accepted; the full form with every field at its limit is far smaller. */
export const MAX_BODY_BYTES = 32 * 1024;

export type BodyResult = { ok: true; body: Buffer } | { ok: false; status: 400 | 413; reason: string };

/**
 * Reads a request body, stopping as soon as it passes `limit` bytes, whether the size was announced
 * in Content-Length (refused before reading) or the body arrives chunked.
 */
export async function readLimitedBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  if (!request.body) return { ok: true, body: Buffer.alloc(0) };
  try {
    const stream = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>);
    const body = await getRawBody(stream, { limit, length: request.headers.get('content-length') });
    return { ok: true, body };
  } catch (error) {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large')
      return { ok: false, status: 413, reason: `The form is larger than ${limit / 1024} KiB` };
    return { ok: false, status: 400, reason: 'The form arrived incomplete' };
  }
}
