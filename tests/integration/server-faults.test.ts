import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort, root } from '../support/server';

// src/server/serve.mjs in front of a stand-in for Astro's handler that fails on purpose: a thrown error,
// a rejected promise and an error thrown from a timer. Each costs one answer at most; the process stays up.
const FAULTY_ASTRO = `
export function handler(req, res) {
  if (req.url === '/throw') throw new Error('injected: thrown while handling');
  if (req.url === '/reject') return Promise.reject(new Error('injected: rejected'));
  if (req.url === '/timer') setTimeout(() => { throw new Error('injected: from a timer'); });
  res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
}`;

let dist: string;
let child: ChildProcess;
let base: string;
let log = '';

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'kap-faulty-dist-'));
  mkdirSync(join(dist, 'server'));
  mkdirSync(join(dist, 'client'));
  writeFileSync(join(dist, 'server/entry.mjs'), FAULTY_ASTRO);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const start = `import(${JSON.stringify(join(root, 'src/server/serve.mjs'))}).then((m) => m.serve(${JSON.stringify({ distDir: dist, host: '127.0.0.1', port, siteUrl: base })}))`;
  child = spawn(process.execPath, ['--input-type=module', '-e', start], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  for (let i = 0; i < 100 && !log.includes('Serving on'); i++) await new Promise((r) => setTimeout(r, 50));
});

afterAll(() => {
  child?.kill();
  rmSync(dist, { recursive: true, force: true });
});

test('an exception from the handler becomes a 500 for that request only', async () => {
  const res = await fetch(`${base}/throw`);
  expect(res.status).toBe(500);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(await res.text()).toMatch(/went wrong on our side/);
  expect((await fetch(`${base}/`)).status).toBe(200);
});

test('a rejected promise and an error thrown from a timer are logged and the process keeps serving', async () => {
  expect((await fetch(`${base}/reject`)).status).toBe(500);
  expect((await fetch(`${base}/timer`)).status).toBe(200);
  await new Promise((r) => setTimeout(r, 100));
  expect((await fetch(`${base}/`)).status).toBe(200);
  expect(child.exitCode).toBeNull();
  expect(log).toMatch(/uncaught exception \(Error\); still serving/);
});

test('the log names what failed, never the message or address', () => {
  expect(log).not.toContain('injected');
  expect(log).not.toContain('/throw');
});
