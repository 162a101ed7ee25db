import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SETTINGS_FILE, type LaunchInput, type PageFile } from './checks.ts';

const PAGES_FOLDER = 'content/pages';

function frontMatter(source: string): Record<string, unknown> {
  const match = source.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  return match ? (parse(match[1]) ?? {}) : {};
}

/** Reads the launch check's input from a project folder (the settings file and every page's front matter). */
export function readProject(root: string, env?: LaunchInput['env'], today = new Date()): LaunchInput {
  const settings = JSON.parse(readFileSync(join(root, SETTINGS_FILE), 'utf8'));
  const pages: PageFile[] = readdirSync(join(root, PAGES_FOLDER))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = `${PAGES_FOLDER}/${name}`;
      return { file, frontMatter: frontMatter(readFileSync(join(root, file), 'utf8')) };
    });
  return { settings, pages, env, today };
}
