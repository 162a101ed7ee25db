import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake answers the next sends: as Resend does, or as a failing Resend. */
export type FakeMode = 'ok' | 'error-500' | 'rate-limited' | 'hang';

export interface ReceivedRequest {
  idempotencyKey: string | undefined;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

export interface FakeResend {
  url: string;
  /** Every POST /emails, retries included. */
  requests: ReceivedRequest[];
  /** Emails actually "delivered": one per idempotency key, as Resend keeps keys for 24 h. */
  delivered: Record<string, unknown>[];
  /** Answers to give, in order; when used up, `ok`. */
  script: FakeMode[];
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/**
 * A stand-in for the Resend API on 127.0.0.1, for the real SDK (pointed here with RESEND_BASE_URL):
 * POST /emails with the SDK's wire format, Idempotency-Key semantics, and scripted failures.
 */
export async function startFakeResend(): Promise<FakeResend> {
  const requests: ReceivedRequest[] = [];
  const delivered: Record<string, unknown>[] = [];
  const byKey = new Map<string, string>();
  const script: FakeMode[] = [];
  const hanging = new Set<() => void>();

  const server: Server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/emails') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"name":"not_found"}');
      return;
    }
    const body = await readJson(req);
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    requests.push({ idempotencyKey, authorization: req.headers.authorization, body });
    const mode = script.shift() ?? 'ok';
    const json = (status: number, payload: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(payload));
    if (mode === 'hang') {
      // Never answers; released when the client gives up or the fake closes.
      hanging.add(() => res.destroy());
      return;
    }
    if (mode === 'error-500') return json(500, { statusCode: 500, name: 'internal_server_error', message: 'down' });
    if (mode === 'rate-limited')
      return json(429, { statusCode: 429, name: 'rate_limit_exceeded', message: 'slow down' }, { 'retry-after': '1' });
    let id = idempotencyKey ? byKey.get(idempotencyKey) : undefined;
    if (!id) {
      id = `email-${delivered.length + 1}`;
      delivered.push(body);
      if (idempotencyKey) byKey.set(idempotencyKey, id);
    }
    json(200, { id });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    delivered,
    script,
    close: async () => {
      for (const release of hanging) release();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
