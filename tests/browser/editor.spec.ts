import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../support/project-copy.mjs';
import { startDevServer } from '../support/dev-server.mjs';

// The owner's editor, end to end, on a throw-away copy of the project (the real content/ is never
// touched): open a FAQ answer in the editor, change it, save; the file on disk changes, and a fresh
// build of the site shows the new answer. A required field left empty is refused and nothing is written.

const OLD_ANSWER = 'The answer before the owner edits it.';
const NEW_ANSWER = 'The answer the owner wrote in the browser editor.';
const FAQ_FILE = 'content/faq/editor-test.mdx';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

let dir: string;
let editor: Awaited<ReturnType<typeof startDevServer>>;

test.beforeAll(async () => {
  test.setTimeout(150_000); // astro dev's first start, on a busy machine, can take over a minute
  dir = copyProject('kap-editor-test-');
  writeFileSync(
    join(dir, FAQ_FILE),
    `---\nquestion: "Can the owner edit this answer?"\ntopic: sessions\norder: 1\n---\n\n${OLD_ANSWER}\n`,
  );
  editor = await startDevServer(dir);
});

test.afterAll(async () => {
  await editor?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the owner edits a FAQ answer in the browser and the rebuilt site shows it', async ({ page }) => {
  const file = join(dir, FAQ_FILE);
  await page.goto(`${editor.url}/keystatic/collection/faq/item/editor-test`);
  const answer = page.getByRole('textbox', { name: 'Answer' });
  await expect(answer).toContainText(OLD_ANSWER, { timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Preview' })).toHaveAttribute('href', '/faq#editor-test');

  await test.step('an empty required field is refused and nothing is written', async () => {
    const before = readFileSync(file, 'utf8');
    const faqFiles = readdirSync(join(dir, 'content/faq'));
    const question = page.getByRole('textbox', { name: 'Question' });
    await question.fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Question must be at least 5 characters long')).toBeVisible();
    await page.waitForTimeout(1_000); // a save would have reached the disk by now
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'content/faq'))).toEqual(faqFiles);
    await question.fill('Can the owner edit this answer?');
  });

  await test.step('a changed answer is saved to the MDX file', async () => {
    await answer.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(NEW_ANSWER);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 }).toContain(NEW_ANSWER);
    const saved = readFileSync(file, 'utf8');
    expect(saved).not.toContain(OLD_ANSWER);
    expect(saved).toMatch(/^question: "?Can the owner edit this answer\?"?$/m);
  });

  await test.step('a rebuild of the site shows the new answer', async () => {
    await editor.stop();
    const astro = join(dir, 'node_modules/astro/bin/astro.mjs');
    const build = spawnSync(process.execPath, [astro, 'build'], { cwd: dir, encoding: 'utf8' });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const faqPage = readFileSync(join(dir, 'dist/client/faq/index.html'), 'utf8');
    expect(faqPage).toContain(NEW_ANSWER);
    expect(faqPage).not.toContain(OLD_ANSWER);
  });
});
