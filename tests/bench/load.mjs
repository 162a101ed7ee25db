// The contact endpoint under load (autocannon): valid submissions to the outbox, invalid ones, and
// rate-limited ones, each with requests per second, p50/p99 latency and server memory before and after.
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { startServer } from '../support/server.ts';

// The fixture imports the app's schema (extensionless TS imports), so load it through Vite.
const { module: fixtures } = await runnerImport(new URL('../support/contact-values.ts', import.meta.url).pathname);
const { validValues } = fixtures;

const DURATION_S = 10;
const CONNECTIONS = 20;

const rssMiB = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024;

/** Each request a new submission id, so none is a duplicate; the body is otherwise the same. */
function validBody() {
  return JSON.stringify(validValues());
}

const SCENARIOS = [
  { name: 'valid → outbox', limit: '100000000', body: validBody },
  { name: 'invalid (422)', limit: '100000000', body: () => JSON.stringify({ ...validValues(), email: 'nope' }) },
  { name: 'rate-limited (429)', limit: '1', body: validBody },
];

async function runScenario({ name, limit, body }) {
  const outbox = mkdtempSync(join(tmpdir(), 'kap-bench-outbox-'));
  const server = await startServer({ OUTBOX_DIR: outbox, CONTACT_RATE_LIMIT: limit });
  try {
    const before = rssMiB(server.process.pid);
    const result = await autocannon({
      url: `${server.url}/api/contact`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
    });
    return {
      scenario: name,
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      statuses: Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => `${code}×${count}`).join(' '),
      rssBeforeMiB: Math.round(before),
      rssAfterMiB: Math.round(rssMiB(server.process.pid)),
    };
  } finally {
    await server.stop();
    rmSync(outbox, { recursive: true, force: true });
  }
}

export async function measureEndpointLoad() {
  const rows = [];
  for (const scenario of SCENARIOS) rows.push(await runScenario(scenario));
  return rows;
}
