// `astro dev` (which carries the browser editor) for a project folder, on a free port, for tests and
// for the guide's screenshot script. Stopped by process id, never by name.
import { spawn } from 'node:child_process';
import { realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './repo.mjs';

/**
 * A project copy links node_modules from elsewhere, and Vite's dev server refuses (403) to serve files
 * outside the project unless allowed; the editor's UI is such a file. This config is the project's own,
 * plus that one permission.
 * @param {string} dir
 */
function writeDevConfig(dir) {
  const file = 'astro.dev-copy.config.mjs';
  const allow = [dir, realpathSync(join(dir, 'node_modules'))];
  writeFileSync(
    join(dir, file),
    `import config from './astro.config.mjs';\n` +
      `const server = { ...config.vite?.server, fs: { allow: ${JSON.stringify(allow)} } };\n` +
      `export default { ...config, vite: { ...config.vite, server } };\n`,
  );
  return file;
}

/**
 * Starts `astro dev` in `dir` and waits until the editor answers.
 * @param {string} dir a copy of the project (from copyProject())
 * @returns {Promise<{ url: string, startedInMs: number, output: () => string, stop: () => Promise<void> }>}
 */
export async function startDevServer(dir) {
  const port = await freePort();
  const started = Date.now();
  const astro = join(dir, 'node_modules/astro/bin/astro.mjs');
  const args = ['dev', '--config', writeDevConfig(dir), '--host', '127.0.0.1', '--port', String(port)];
  const child = spawn(process.execPath, [astro, ...args], {
    cwd: dir,
    // Foreground: in an agent's environment `astro dev` would otherwise detach itself.
    env: { ...process.env, ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  while (Date.now() - started < 120_000) {
    if (child.exitCode !== null) throw new Error(`astro dev exited early:\n${log}`);
    const ok = await fetch(`${url}/keystatic`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, startedInMs: Date.now() - started, output: () => log, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`astro dev did not answer within 120 s:\n${log}`);
}
