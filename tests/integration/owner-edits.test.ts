// The practice owner's routine edits must never turn the checks red. On a scratch copy of the project,
// every setting is filled in with realistic values (other states, a real phone), a question and a study
// are added as the editor would save them, and then the owner's `npm run check:content` and the unit
// tests that read content/ run against the copy. A mistake in the copy must still be caught, and named.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, projectRoot } from '../support/project-copy.mjs';
import { ownerSettings } from '../support/owner-settings';

/** The unit tests that read content/ (the others test code on fixtures). */
const CONTENT_TESTS = [
  'tests/unit/editor-schema.test.ts',
  'tests/unit/settings-schema.test.ts',
  'tests/unit/content-links.test.ts',
  'tests/unit/claims.test.ts',
  'tests/unit/readability.test.ts',
  'tests/unit/email-template.test.ts',
  'tests/unit/contact-schema.test.ts',
];

const NEW_QUESTION = `---
question: "Can I bring a friend to my first consultation?"
topic: getting-started
order: 40
---

Yes. You are welcome to bring someone you trust to the first talk. They can wait outside for the dosing sessions.
`;

const NEW_STUDY = `---
title: "A made-up trial of ketamine with therapy for low mood"
authors:
  - "Roe J"
  - "Lee K"
  - "et al."
journal: "Journal of Examples"
year: 2026
pmid: "12345678"
design: "Randomised controlled trial"
participants: 60
route: sublingual
conditions:
  - depression
result: no-benefit
finding: "People who got the drug did no better. Both groups felt a bit better."
limitations: "It was small and short."
summary: "This trial found no extra benefit. People in both groups felt a little better after six weeks."
---

The trial was small. Read it with care.
`;

let dir: string;

function run(args: string[]) {
  const result = spawnSync(process.execPath, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

const checkContent = () => run([join(dir, 'src/lib/check-content.mjs'), dir]);

beforeAll(() => {
  dir = copyProject('kap-owner-edits-');
  cpSync(join(projectRoot, 'tests'), join(dir, 'tests'), { recursive: true });
  writeFileSync(join(dir, 'content/settings.json'), `${JSON.stringify(ownerSettings, null, 2)}\n`);
  writeFileSync(join(dir, 'content/faq/bring-a-friend.mdx'), NEW_QUESTION);
  writeFileSync(join(dir, 'content/research/roe-2026.mdx'), NEW_STUDY);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('after the owner fills in every setting and adds a question and a study', () => {
  test('npm run check:content says the content is fine', { timeout: 120_000 }, () => {
    const { code, output } = checkContent();
    expect(output).toMatch(/^Content is fine: \d+ files checked, no problems\.$/m);
    expect(code).toBe(0);
  });

  test('the unit tests that read content/ pass on the copy', { timeout: 240_000 }, () => {
    const vitest = join(projectRoot, 'node_modules/vitest/vitest.mjs');
    const { code, output } = run([vitest, 'run', '--config', 'tests/vitest.config.ts', ...CONTENT_TESTS]);
    expect(output, output.slice(-3000)).toMatch(/Tests\s+\d+ passed/);
    expect(code, output.slice(-3000)).toBe(0);
  });

  test('a mistake is still caught, named by file and field', { timeout: 120_000 }, () => {
    writeFileSync(join(dir, 'content/faq/bring-a-friend.mdx'), NEW_QUESTION.replace('topic: getting-started\n', ''));
    const { code, output } = checkContent();
    expect(output).toContain('content/faq/bring-a-friend.mdx\n  topic: missing: choose one of: about-kap');
    expect(code).toBe(1);
  });
});
