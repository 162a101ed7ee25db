// An open-loop load at a steady rate: one request every 1000/rate ms whether or not earlier ones have
// answered, with each latency counted from when the request was due. autocannon's own rate option
// sends each second's requests in one burst at the start of the second, which measures the queue
// behind a burst rather than the latency at that rate.
import http from 'node:http';

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * @param {{ url: string, rate: number, durationS: number, headers: Record<string, string>, body: () => string }} load
 */
export function steadyRate({ url, rate, durationS, headers, body }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const total = rate * durationS;
  const latencies = [];
  const statuses = {};
  let errors = 0;
  let sent = 0;
  const start = performance.now();

  return new Promise((resolve) => {
    const finish = () => {
      if (latencies.length + errors < total) return;
      agent.destroy();
      latencies.sort((a, b) => a - b);
      const seconds = (performance.now() - start) / 1000;
      resolve({
        requestsPerSecond: Math.round(latencies.length / seconds),
        p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
        p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
        maxMs: Math.round(latencies.at(-1) * 10) / 10,
        statuses,
        errors,
      });
    };
    const send = (dueAt) => {
      const payload = body();
      const req = http.request(
        url,
        { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(payload) } },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - dueAt);
            statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
            finish();
          });
        },
      );
      req.on('error', () => {
        errors++;
        finish();
      });
      req.end(payload);
    };
    // Timers fire late under load, so each tick sends every request that is due by now.
    const timer = setInterval(() => {
      const now = performance.now();
      while (sent < total && start + (sent * 1000) / rate <= now) send(start + (sent++ * 1000) / rate);
      if (sent >= total) clearInterval(timer);
    }, 1);
  });
}
