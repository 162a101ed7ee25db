// `npm run guide:screenshots`: pictures of the browser editor for the owner's guide (content/README.md,
// "Editing in the browser"), taken from the real editor so they follow it when it changes.
// It runs the editor on a throw-away copy of the project: nothing in content/ is edited or saved.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromium } from '../support/chromium.mjs';
import { copyProject, projectRoot } from '../support/project-copy.mjs';
import { startDevServer } from '../support/dev-server.mjs';

const OUT = join(projectRoot, 'content/guide-images');

/** One picture per task in the guide: where to go, what to fill in (never saved), what must show first. */
const SHOTS = [
  { file: 'editor-home.png', path: '/keystatic', ready: 'Practice settings' },
  { file: 'edit-a-page.png', path: '/keystatic/collection/pages/item/what-is-kap', ready: 'Menu entry' },
  {
    file: 'add-a-study.png',
    path: '/keystatic/collection/research/create',
    ready: 'Conditions studied',
    fill: {
      Title: 'Ketamine-assisted psychotherapy for depression: a pilot trial',
      Journal: 'Journal of Example Studies',
    },
  },
  {
    file: 'add-a-question.png',
    path: '/keystatic/collection/faq/create',
    ready: 'Topic',
    fill: {
      Question: 'What should I bring to a dosing session?',
      Answer: 'Comfortable clothes, and someone to drive you home.',
    },
  },
  { file: 'change-a-setting.png', path: '/keystatic/singleton/settings', ready: 'Practice name' },
];

const dir = copyProject('kap-guide-screenshots-');
const editor = await startDevServer(dir);
const browser = await chromium.launch({ executablePath: await resolveChromium(), args: CHROMIUM_ARGS });
try {
  mkdirSync(OUT, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const shot of SHOTS) {
    await page.goto(editor.url + shot.path);
    await page.getByText(shot.ready, { exact: false }).first().waitFor({ timeout: 60_000 });
    for (const [label, value] of Object.entries(shot.fill ?? {})) {
      await page.getByRole('textbox', { name: label }).first().fill(value);
    }
    await page.mouse.move(0, 0); // no hover highlight in the picture
    await page.screenshot({ path: join(OUT, shot.file) });
    console.log(`content/guide-images/${shot.file}`);
  }
} finally {
  await browser.close();
  await editor.stop();
  rmSync(dir, { recursive: true, force: true });
}
