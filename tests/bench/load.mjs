// The contact endpoint under load (autocannon): valid submissions to the outbox, invalid ones, and
// rate-limited ones, each with requests per second, p50/p99 latency and server memory before and after.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { startServer } from '../support/server.ts';
import { steadyRate } from './steady-rate.mjs';
import { INSPECT_OPTIONS, withInspector } from '../support/inspector.mjs';

/** The test fixture imports the app's schema (extensionless TS imports), so it is loaded through Vite. */
async function loadValidValues() {
  const { module } = await runnerImport(new URL('../support/contact-values.ts', import.meta.url).pathname);
  return module.validValues;
}

const DURATION_S = 10;
const CONNECTIONS = 20;
const WARM_UP_S = 3;

/**
 * The server's live JavaScript heap after a full garbage collection. RSS alone cannot show a leak: on a
 * machine with plenty of RAM V8 grows its heap lazily and keeps it, so RSS rises after any burst.
 */
const liveHeapMiB = (server) =>
  withInspector(server, async (send) => {
    await send('HeapProfiler.collectGarbage');
    const { usedSize } = await send('Runtime.getHeapUsage');
    return Math.round((usedSize / 1024 / 1024) * 10) / 10;
  });

/** Each valid request has a new submission id, so none is a duplicate; the body is otherwise the same. */
function scenarios(validValues) {
  const validBody = () => JSON.stringify(validValues());
  return [
    { name: 'valid → outbox, as fast as it goes', limit: '100000000', body: validBody },
    // The target as stated: 300 valid submissions a second, arriving steadily, and the latency at that rate.
    { name: 'valid → outbox, steady 300/s', limit: '100000000', body: validBody, rate: 300 },
    { name: 'invalid (422)', limit: '100000000', body: () => JSON.stringify({ ...validValues(), email: 'nope' }) },
    { name: 'rate-limited (429)', limit: '1', body: validBody },
  ];
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** The figures the report shows, from autocannon's result. */
function summarise(result) {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
    ),
    errors: result.errors,
  };
}

async function runScenario({ name, limit, body, rate }) {
  const outbox = mkdtempSync(join(tmpdir(), 'kap-bench-outbox-'));
  const server = await startServer({ OUTBOX_DIR: outbox, CONTACT_RATE_LIMIT: limit, NODE_OPTIONS: INSPECT_OPTIONS });
  try {
    const load = (duration) =>
      rate
        ? steadyRate({ url: `${server.url}/api/contact`, rate, durationS: duration, headers: JSON_HEADERS, body })
        : autocannon({
            url: `${server.url}/api/contact`,
            method: 'POST',
            headers: JSON_HEADERS,
            connections: CONNECTIONS,
            duration,
            requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
          }).then(summarise);
    // A fresh server loads and compiles its code on the first requests; measure it warm.
    await load(WARM_UP_S);
    const rssBefore = server.rssMiB();
    const result = await load(DURATION_S);
    const rssAfter = server.rssMiB();
    // Memory is flat when a second flood leaves no more live heap than the first did. (Measured after the
    // timed run: a forced full GC just before it slowed the next requests and spoiled the latency.)
    const heapAfterFlood = await liveHeapMiB(server);
    await load(DURATION_S);
    const heapAfterSecondFlood = await liveHeapMiB(server);
    return {
      scenario: name,
      ...result,
      statuses: Object.entries(result.statuses)
        .map(([code, count]) => `${code}×${count}`)
        .join(' '),
      rssBeforeMiB: Math.round(rssBefore),
      rssAfterMiB: Math.round(rssAfter),
      liveHeapAfterFloodMiB: heapAfterFlood,
      liveHeapAfterSecondFloodMiB: heapAfterSecondFlood,
    };
  } finally {
    await server.stop();
    rmSync(outbox, { recursive: true, force: true });
  }
}

export async function measureEndpointLoad() {
  const rows = [];
  for (const scenario of scenarios(await loadValidValues())) rows.push(await runScenario(scenario));
  return rows;
}
