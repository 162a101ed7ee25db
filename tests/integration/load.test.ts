import { connect } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../support/server';
import { postJson } from '../support/contact-requests';
import { validValues } from '../support/contact-values';

// A short, bounded load and fault run against the built server in outbox mode (every email is a file).
const TOTAL = 2_000;
const CONCURRENCY = 50;
const DISTINCT_VALID = 60;
const LIMIT = 40; // fewer than DISTINCT_VALID, so the last valid ones meet the rate limit
// A hard heap cap: a server whose memory grew with traffic would crash here instead of passing.
const HEAP_CAP_MIB = 96;
const RSS_CEILING_MIB = 256;

let server: RunningServer;
let outbox: string;

beforeAll(async () => {
  outbox = mkdtempSync(join(tmpdir(), 'kap-load-outbox-'));
  server = await startServer({
    OUTBOX_DIR: outbox,
    CONTACT_RATE_LIMIT: String(LIMIT),
    NODE_OPTIONS: `--max-old-space-size=${HEAP_CAP_MIB}`,
  });
});

afterAll(async () => {
  await server?.stop();
  rmSync(outbox, { recursive: true, force: true });
});

const valid = Array.from({ length: DISTINCT_VALID }, (_, i) => validValues({ name: `Load Tester ${i}` }));

/** The i-th request of the mix: valid (each submission several times), invalid, oversize, cross-origin, malformed. */
function mixed(i: number): () => Promise<Response> {
  switch (i % 5) {
    case 0:
      return () => postJson(server.url, valid[(i / 5) % DISTINCT_VALID]);
    case 1:
      return () => postJson(server.url, { ...valid[0], email: 'not an email', submissionId: crypto.randomUUID() });
    case 2:
      return () => postJson(server.url, { ...valid[0], message: 'x'.repeat(40_000) });
    case 3:
      return () => postJson(server.url, valid[0], { origin: 'https://attacker.example' });
    default:
      return () =>
        fetch(`${server.url}/api/contact`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"name":',
        });
  }
}

/** Runs the requests with at most `concurrency` in flight; returns each status, or the error's name. */
async function runPool(requests: (() => Promise<Response>)[], concurrency: number) {
  const outcomes: (number | string)[] = new Array(requests.length);
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const i = next++;
      try {
        const res = await requests[i]();
        await res.arrayBuffer();
        outcomes[i] = res.status;
      } catch (error) {
        outcomes[i] = (error as Error).name;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}

describe('under a mixed load', () => {
  test(`${TOTAL} requests at concurrency ${CONCURRENCY}: no 5xx, no dropped connection, one email per allowed submission`, async () => {
    const outcomes = await runPool(
      Array.from({ length: TOTAL }, (_, i) => mixed(i)),
      CONCURRENCY,
    );

    const counts = Object.groupBy(outcomes, (o) => String(o));
    // Every kind of answer the mix is built to draw, and nothing else.
    expect(Object.keys(counts).sort()).toEqual(['200', '400', '403', '413', '422', '429']);
    expect(outcomes.filter((o) => typeof o !== 'number')).toEqual([]);
    expect(outcomes.filter((o) => typeof o === 'number' && o >= 500)).toEqual([]);

    // Exactly one email for each distinct valid submission the rate limit let through, and none for the rest.
    const names = readdirSync(outbox).map((f) => {
      const text: string = JSON.parse(readFileSync(join(outbox, f), 'utf8')).text;
      return text.match(/^Name: (.*)$/m)![1];
    });
    expect(names).toHaveLength(LIMIT);
    expect(new Set(names).size).toBe(LIMIT);
    for (const name of names) expect(valid.map((v) => v.name)).toContain(name);
    expect(counts['429']?.length).toBeGreaterThan(0);
  }, 120_000);

  test(`memory stays bounded: a second burst runs within a ${HEAP_CAP_MIB} MiB heap`, async () => {
    const outcomes = await runPool(
      Array.from({ length: TOTAL }, (_, i) => mixed(i)),
      CONCURRENCY,
    );
    expect(outcomes.filter((o) => typeof o !== 'number' || o >= 500)).toEqual([]);
    expect(server.process.exitCode).toBeNull();
    const rss = server.rssMiB();
    console.log(`server memory after ${2 * TOTAL} requests: ${rss.toFixed(0)} MiB resident`);
    expect(rss).toBeLessThan(RSS_CEILING_MIB);
  }, 120_000);
});

describe('a slow client', () => {
  // The real limits (10 s, 15 s) are unit-tested; here they are short so the test takes about a second.
  let quick: RunningServer;
  beforeAll(async () => {
    quick = await startServer({ OUTBOX_DIR: outbox, HEADERS_TIMEOUT_MS: '400', REQUEST_TIMEOUT_MS: '800' });
  });
  afterAll(() => quick?.stop());

  test('that sends its headers and then its body a byte at a time is cut off, and others are still served', async () => {
    const socket = connect(Number(new URL(quick.url).port), '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d));
    socket.write(
      'POST /api/contact HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n',
    );
    const drip = setInterval(() => socket.writable && socket.write('{'), 100);
    const closedAfter = await new Promise<number>((resolve) => {
      const started = Date.now();
      socket.once('close', () => resolve(Date.now() - started));
    });
    clearInterval(drip);
    expect(closedAfter).toBeGreaterThanOrEqual(700);
    expect(closedAfter).toBeLessThan(5_000); // the request timeout plus Node's one-second check
    expect(answer).not.toMatch(/^HTTP\/1\.1 5\d\d/);
    expect((await fetch(`${quick.url}/`)).status).toBe(200);
  });
});
