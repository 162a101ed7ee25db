import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort, root } from './repo.mjs';

export { freePort, root };

export interface RunningServer {
  url: string;
  process: ChildProcess;
  /** Everything the server printed, for assertions about logs. */
  output(): string;
  /** Resident memory of the server process, in MiB (Linux). */
  rssMiB(): number;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface StartOptions {
  /** The project to serve: this one, or a copy (`copyProject`), which builds first. */
  cwd?: string;
  port?: number;
  /** How long building and starting may take. */
  startupMs?: number;
}

/**
 * Starts the built site exactly as `npm start` does, on a free port, and waits until it answers.
 * The server sees only PATH and `env`, so a developer's own RESEND_API_KEY or SITE_URL never leaks in.
 */
export async function startServer(
  env: Record<string, string | undefined> = {},
  { cwd = root, port, startupMs = 20_000 }: StartOptions = {},
): Promise<RunningServer> {
  port ??= await freePort();
  const child = spawn(process.execPath, ['src/server/start.mjs'], {
    cwd,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startupMs;
  while (!/Serving on/.test(log) && Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!/Serving on/.test(log)) throw new Error(`the server did not start within ${startupMs} ms:\n${log}`);
  return {
    url,
    process: child,
    output: () => log,
    rssMiB: () => Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)![1]) / 1024,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
