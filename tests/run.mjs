// `npm test`: type-check, build, run every suite (unit + integration with Vitest, browser with
// Playwright), then print one closing line, "N passed, N failed", totalling all of them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveChromium } from './support/chromium.mjs';
import { build } from '../src/server/build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const reports = mkdtempSync(join(tmpdir(), 'kap-test-'));
const totals = { passed: 0, failed: 0 };

function run(label, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is not a test suite still counts once, so a broken build or type error shows in the total. */
function tally(ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function suite(label, args, env, count) {
  const ok = run(label, args, env);
  const counted = count();
  if (!counted) {
    totals.failed += 1; // the runner crashed before reporting anything
    return;
  }
  totals.passed += counted.passed;
  totals.failed += counted.failed + (ok || counted.failed ? 0 : 1);
}

process.env.CHROMIUM_PATH = await resolveChromium();

/** Which Chromium drove the browser tests: machines differ (Debian's, or the one in the npm package). */
function chromiumVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch {
    return 'version unknown';
  }
}

// House rules first: a lint or format failure counts in the total like any failed test.
tally(run('ESLint', [bin('eslint', 'bin/eslint.js'), '--config', 'tests/eslint.config.mjs', '.']));
tally(run('Prettier (format check)', [bin('prettier', 'bin/prettier.cjs'), '--check', '.']));
tally(run('astro check', [bin('astro', 'bin/astro.mjs'), 'check']));
console.log('\n── astro build ──');
const built = tally(build({ force: true }));

if (built) {
  const vitestReport = join(reports, 'vitest.json');
  suite(
    'unit and integration tests (Vitest)',
    [
      bin('vitest', 'vitest.mjs'),
      'run',
      '--config',
      'tests/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestReport}`,
    ],
    {},
    () => {
      const r = readJson(vitestReport);
      return (
        r && { passed: r.numPassedTests, failed: r.numFailedTests + (r.numTodoTests ?? 0) + (r.numPendingTests ?? 0) }
      );
    },
  );

  const pwReport = join(reports, 'playwright.json');
  suite(
    'browser tests (Playwright + Chromium)',
    [bin('@playwright/test', 'cli.js'), 'test', '--config', 'tests/playwright.config.ts'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: pwReport },
    () => {
      const r = readJson(pwReport);
      // Skipped tests count as failures: a test that skips itself is a failing test.
      return r && { passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky + r.stats.skipped };
    },
  );
}

rmSync(reports, { recursive: true, force: true });
console.log(`\nBrowser tests used ${chromiumVersion(process.env.CHROMIUM_PATH)} (${process.env.CHROMIUM_PATH})`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
