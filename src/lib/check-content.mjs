// `npm run check:content`: "is my content fine?" for the practice owner. Checks content/ (settings,
// pages, studies, questions) against the site's rules without building, and prints each problem as
// the file, the field and what to do. Exit code 0 when all is well, 1 otherwise.
// Vite's module runner loads the TypeScript rules (src/lib/content-check.ts) as the build would.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = process.argv[2] ?? fileURLToPath(new URL('../..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('./content-check.ts', import.meta.url)), {
  root,
  configFile: false,
  logLevel: 'silent',
});

const { checked, problems } = module.checkContent(root);
if (problems.length === 0) {
  console.log(`Content is fine: ${checked} files checked, no problems.`);
} else {
  console.log(`${module.formatProblems(problems)}\n`);
  const files = new Set(problems.map((p) => p.file)).size;
  console.log(
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}. Fix them, save, and run npm run check:content again.`,
  );
  process.exitCode = 1;
}
