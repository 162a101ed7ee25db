// Builds the site, recording when and with which settings, so `npm start` can skip a build that is current.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GITHUB_SETTINGS } from '../editor/github-settings.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'];
const STAMP = join(root, 'dist', 'build-stamp.json');

/** Newest modification time (ms) of a file or of any file below a folder. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** The settings a build bakes in: a change to any of them needs a new build. Hashed, since some are secrets. */
const BUILD_SETTINGS = ['SITE_URL', 'ASTRO_ADAPTER', 'ALLOW_PLACEHOLDERS', ...GITHUB_SETTINGS];

function settingsHash() {
  const values = BUILD_SETTINGS.map((name) => `${name}=${process.env[name] ?? ''}`).join('\n');
  return createHash('sha256').update(values).digest('hex');
}

function buildIsCurrent(settings) {
  if (!existsSync(STAMP) || !existsSync(join(root, 'dist/server/entry.mjs'))) return false;
  const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  const newestSource = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
  return stamp.settings === settings && stamp.builtAt >= newestSource;
}

/** Runs `astro build` unless the last build is current; returns false if the build failed. */
export function build({ force = false } = {}) {
  const settings = settingsHash();
  if (!force && buildIsCurrent(settings)) return true;
  const builtAt = Date.now();
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  // Always a production build, even from a process where a tool has set NODE_ENV=development.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(process.execPath, [astro, 'build'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) return false;
  writeFileSync(STAMP, JSON.stringify({ settings, builtAt }));
  return true;
}
