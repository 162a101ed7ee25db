import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { root } from './repo.mjs';

/** The repository root, for naming files the way the owner sees them ("content/pages/safety.mdx"). */
export const ROOT = root;

export interface ContentFile {
  /** Path from the repository root, with forward slashes. */
  path: string;
  source: string;
}

/** Every file below a folder of content/ (recursively) whose name ends with one of `extensions`. */
export function contentFiles(folder: string, extensions = ['.mdx']): ContentFile[] {
  const dir = join(ROOT, 'content', folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && extensions.some((ext) => d.name.endsWith(ext)))
    .map((d) => join(d.parentPath, d.name))
    .sort()
    .map((file) => ({ path: relative(ROOT, file).split('\\').join('/'), source: readFileSync(file, 'utf8') }));
}

/** The id Astro's glob loader gives an entry: its path inside the collection folder, without ".mdx". */
export function entryId(file: ContentFile): string {
  return file.path.replace(/^content\/[^/]+\//, '').replace(/\.mdx$/, '');
}
