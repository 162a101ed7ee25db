// A front-matter mistake must stop the build with a message that names the file and the field,
// because the practice owner edits these files by hand. Each case runs `astro sync` (the step of
// the build that loads and checks content) on a small throw-away project: the real content
// schema plus one broken file from tests/fixtures/.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../support/content-files';

interface SyncResult {
  code: number | null;
  output: string;
}

const temporary: string[] = [];

/** Runs `astro sync` on a copy of the content schema with the fixture's content/ folder. */
function syncFixture(fixture: string): Promise<SyncResult> {
  const dir = mkdtempSync(join(tmpdir(), `kap-${fixture}-`));
  temporary.push(dir);
  mkdirSync(join(dir, 'src'));
  cpSync(join(ROOT, 'src/content.config.ts'), join(dir, 'src/content.config.ts'));
  cpSync(join(ROOT, 'src/lib'), join(dir, 'src/lib'), { recursive: true }); // what the schema imports
  cpSync(join(ROOT, 'tests/fixtures', fixture, 'content'), join(dir, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  // Vite's cache stays in the temporary folder: node_modules is the project's own, shared by link.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], vite: { cacheDir: './.vite' } };\n",
  );

  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

// Started together, so the small syncs share the wait.
const results = {
  missingTitle: syncFixture('broken-missing-title'),
  badDate: syncFixture('broken-bad-date'),
  unknownTopic: syncFixture('broken-unknown-topic'),
  emptyAnswer: syncFixture('broken-empty-answer'),
  emptyStudy: syncFixture('broken-empty-study'),
};

afterAll(async () => {
  await Promise.allSettled(Object.values(results));
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('a front-matter mistake stops the build and says where', () => {
  test('a page without a title names the file and the title field', { timeout: 60_000 }, async () => {
    const { code, output } = await results.missingTitle;
    expect(code).not.toBe(0);
    expect(output).toContain('content/pages/missing-title.mdx');
    expect(output).toMatch(/title\W+Required/);
  });

  test('a review date in words names the file and says how to write a date', { timeout: 60_000 }, async () => {
    const { code, output } = await results.badDate;
    expect(code).not.toBe(0);
    expect(output).toContain('content/pages/bad-date.mdx');
    expect(output).toContain('lastReviewed: Write the date as YYYY-MM-DD');
  });

  test('an unknown FAQ topic names the file and lists the topics allowed', { timeout: 60_000 }, async () => {
    const { code, output } = await results.unknownTopic;
    expect(code).not.toBe(0);
    expect(output).toContain('content/faq/unknown-topic.mdx');
    expect(output).toMatch(/topic: Invalid option: expected one of "about-kap"\|.*"privacy"/);
  });

  test(
    'an FAQ saved with an empty answer names the file and says the answer is empty',
    { timeout: 60_000 },
    async () => {
      const { code, output } = await results.emptyAnswer;
      expect(code).not.toBe(0);
      expect(output).toContain('content/faq/empty-answer.mdx: There is no answer');
    },
  );

  test('a study with empty notes names the file', { timeout: 60_000 }, async () => {
    const { code, output } = await results.emptyStudy;
    expect(code).not.toBe(0);
    expect(output).toContain('content/research/empty-notes.mdx: There is no text about the study');
  });
});
