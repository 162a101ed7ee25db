import autocannon from 'autocannon';
import { runnerImport } from 'vite';
import { readFileSync } from 'node:fs';
const { module } = await runnerImport(new URL('./tests/support/contact-values.ts', import.meta.url).pathname);
const pid = Number(process.argv[3]);
const rss = () => Math.round(Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024);
for (let i = 0; i < 1; i++) {
  const r = await autocannon({ url: process.argv[2] + '/api/contact', method: 'POST', headers: { 'content-type': 'application/json' }, connections: 20, amount: 10000, requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(module.validValues()) }) }] });
  console.log(i, r.requests.average, r.latency.p99, JSON.stringify(r.statusCodeStats), 'rss', rss());
}
