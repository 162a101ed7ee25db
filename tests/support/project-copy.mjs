// A throw-away copy of the project (sources, content, configs; node_modules linked), so a test or
// benchmark can change content or build without touching the working tree or its dist/.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root as projectRoot } from './repo.mjs';

export { projectRoot };
const PARTS = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies the project into a new temporary folder and returns its path. */
export function copyProject(prefix = 'kap-copy-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const part of PARTS) cpSync(join(projectRoot, part), join(dir, part), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
