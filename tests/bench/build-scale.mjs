// Build time as the research library grows: synthetic copies of the real study files in a
// temporary copy of the project, built with the production adapter.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../support/project-copy.mjs';

/** Replaces the copy's research folder with `count` studies cycled from the real ones. */
function fillResearch(dir, count) {
  const folder = join(dir, 'content/research');
  const originals = readdirSync(folder).filter((f) => f.endsWith('.mdx'));
  if (originals.length === 0) throw new Error('content/research has no studies to copy');
  const texts = originals.map((f) => readFileSync(join(folder, f), 'utf8'));
  for (let i = originals.length; i < count; i++) {
    writeFileSync(join(folder, `synthetic-${String(i).padStart(4, '0')}.mdx`), texts[i % texts.length]);
  }
  return Math.max(count, originals.length);
}

/**
 * Seconds to build with each entry count; each build starts from a fresh copy. A count below the real
 * library's size builds the real library: the pages cite every real study, so none can be left out.
 */
export function measureBuildScaling(counts = [16, 200, 1000]) {
  return counts.map((count) => {
    const dir = copyProject('kap-bench-build-');
    try {
      const entries = fillResearch(dir, count);
      const started = performance.now();
      // stdout ignored: a line per page would overflow spawnSync's buffer, which kills the build.
      const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, NODE_ENV: 'production' },
      });
      if (result.status !== 0) throw new Error(`build with ${count} entries failed:\n${result.stderr}`);
      return { entries, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
