// `npm run launch-check` and the https build gate, run as the owner and the hosts run them.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject, projectRoot } from '../support/project-copy.mjs';
import { fillContent } from '../support/filled-content.mjs';

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder holding a copy of content/ only (all the launch check reads). */
function contentCopy(filled: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'kap-launch-'));
  temporary.push(dir);
  cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
  if (filled) fillContent(dir);
  return dir;
}

/** The content with one placeholder left, whatever the owner has filled in so far. */
function oneLeft() {
  const dir = contentCopy(true);
  const file = join(dir, 'content/settings.json');
  const settings = JSON.parse(readFileSync(file, 'utf8'));
  settings.hours = 'PLACEHOLDER: the days and hours you read messages';
  writeFileSync(file, JSON.stringify(settings));
  return dir;
}

function launchCheck(root: string, args: string[] = [], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(projectRoot, 'src/lib/launch/cli.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LAUNCH_CHECK_ROOT: root, ...env },
  });
}

describe('npm run launch-check', () => {
  test('lists what is left in plain words, and exits 1', () => {
    const result = launchCheck(oneLeft());
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Fill in your practice details (1):');
    expect(result.stdout).toContain(
      'content/settings.json › hours: Replace the placeholder: the days and hours you read messages.',
    );
  });

  test('--json gives the same as data', () => {
    const result = launchCheck(oneLeft(), ['--json']);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      ready: false,
      count: 1,
      groups: expect.objectContaining({ settings: expect.any(String), review: expect.any(String) }),
      findings: [
        {
          group: 'settings',
          file: 'content/settings.json',
          field: 'hours',
          todo: expect.any(String),
          blocksBuild: true,
        },
      ],
    });
  });

  test('exits 0 when nothing is left', () => {
    const result = launchCheck(contentCopy(true), ['--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ ready: true, count: 0, findings: [] });
    expect(result.status).toBe(0);
  });

  test('checks the hosting settings when run with SITE_URL', () => {
    const result = launchCheck(contentCopy(true), ['--json'], {
      SITE_URL: 'https://practice.example',
      RESEND_API_KEY: 're_x',
    });
    expect(JSON.parse(result.stdout).findings.map((f: { field: string }) => f.field)).toEqual([
      'CONTACT_TO',
      'CONTACT_FROM',
    ]);
    expect(result.status).toBe(1);
  });
});

/** Runs `astro build` in `dir` without blocking, so the three adapters' builds run side by side. */
function astroBuild(dir: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: dir,
      env: { PATH: process.env.PATH, NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

// The gate runs when Astro sets up its config, before anything is built, so stopping is quick.
describe.concurrent('a build for an https:// address stops while placeholders are left', () => {
  test.each(['node', 'netlify', 'vercel'])(
    '%s build',
    async (adapter) => {
      const dir = copyProject(`kap-gate-${adapter}-`);
      temporary.push(dir);
      const { code, output } = await astroBuild(dir, { ASTRO_ADAPTER: adapter, SITE_URL: 'https://practice.example' });
      expect(code).not.toBe(0);
      expect(output).toMatch(/This build is for https:\/\/practice\.example, a public address, and \d+ placeholder/);
      expect(output).toContain('content/settings.json › ');
      expect(output).toContain('ALLOW_PLACEHOLDERS=1');
    },
    180_000,
  );
});
