// GET /healthz on the production server, as an uptime monitor sees it.
import { afterAll, describe, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../support/server';

const servers: RunningServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.stop())));

async function healthz(env: Record<string, string>) {
  const server = await startServer({ OUTBOX_DIR: '.outbox-healthz-test', ...env });
  servers.push(server);
  const response = await fetch(`${server.url}/healthz`);
  return { server, response, body: await response.json() };
}

describe('GET /healthz', () => {
  test('answers 200 with a small JSON body when the form can deliver', async () => {
    const { response, body } = await healthz({});
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body).toEqual({ ready: true, mailer: 'outbox', build: expect.any(String), problems: [] });
    expect(body.build).not.toBe('unknown');
  });

  test('answers 503 naming the missing variable when it cannot, and npm start logged it once', async () => {
    const { server, response, body } = await healthz({
      RESEND_API_KEY: 're_not_a_real_key',
      CONTACT_FROM: 'web@practice.example',
    });
    expect(response.status).toBe(503);
    expect(body).toMatchObject({
      ready: false,
      mailer: 'resend',
      problems: [expect.stringMatching(/^CONTACT_TO is not set/)],
    });
    expect(JSON.stringify(body)).not.toMatch(/re_not_a_real_key|practice\.example/);
    expect(server.output().match(/contact form: CONTACT_TO is not set/g)).toHaveLength(1);
  });
});
