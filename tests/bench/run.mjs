// `npm run bench`: build, serve, measure, and print a markdown report (figures also written as JSON
// to bench-results/bench.json). Options: --runs N (Lighthouse runs per page, default 3),
// --only lighthouse,photos,javascript,bytes,load,build (default: all), --pages /,/faq (Lighthouse on these
// paths only; default: the whole sitemap and /contact), --form-factors mobile (Lighthouse's mobile run only;
// default: mobile,desktop).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build, root } from '../../src/server/build.mjs';
import { startServer } from '../support/server.ts';
import { makeLiveCopy } from '../support/live-copy.mjs';
import { sitemapPaths } from '../support/site-pages.ts';
import { audit, median, openBrowser } from './lighthouse.mjs';
import { measureBuildScaling } from './build-scale.mjs';
import { measureEndpointLoad } from './load.mjs';
import { measureJavaScript } from './javascript.mjs';
import { measurePageBytes } from './page-bytes.mjs';
import { table } from './report.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string', default: 'lighthouse,photos,javascript,bytes,load,build' },
    pages: { type: 'string' },
    'form-factors': { type: 'string', default: 'mobile,desktop' },
  },
});
const runs = Number(opts.runs);
const only = new Set(opts.only.split(','));
const results = { date: new Date().toISOString(), runs };
const report = [];
const outDir = join(root, 'bench-results');
mkdirSync(outDir, { recursive: true });

/** Adds a section to the report and saves the figures so far, so a later failure loses nothing. */
function record(title, markdown) {
  report.push(title, markdown);
  writeFileSync(join(outDir, 'bench.json'), JSON.stringify(results, null, 2));
  console.log(`${title}\n\n${markdown}\n`);
}

if (!build({ force: true })) process.exit(1);

/** The pages that show the therapist's portrait (home) and the office photos (about). */
const PHOTO_PAGES = ['/', '/about'];

const paths = opts.pages ? opts.pages.split(',') : [...new Set([...sitemapPaths(), '/contact'])];

/** Lighthouse, median of `runs`, for each path and form factor, on the server at `origin`. */
async function lighthouseRows(origin, pagePaths, formFactors) {
  const chrome = await openBrowser();
  const rows = [];
  try {
    for (const path of pagePaths) {
      for (const formFactor of formFactors) {
        const samples = [];
        // A run that Lighthouse could not finish (it happens on a loaded machine) is tried once more.
        for (let i = 0; i < runs; i++)
          samples.push(
            await audit(chrome, origin + path, formFactor).catch(() => audit(chrome, origin + path, formFactor)),
          );
        rows.push({ path, formFactor, ...median(samples) });
        process.stderr.write(`lighthouse ${formFactor} ${path}: LCP ${rows.at(-1).lcpMs} ms\n`);
      }
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

const LIGHTHOUSE_COLUMNS = [
  'path',
  'formFactor',
  'performance',
  'accessibility',
  'bestPractices',
  'seo',
  'lcpMs',
  'tbtMs',
  'cls',
  'bytes',
  'requests',
  'scriptBytes',
];

if (only.has('lighthouse')) {
  const server = await startServer();
  try {
    results.lighthouse = await lighthouseRows(server.url, paths, opts['form-factors'].split(','));
  } finally {
    await server.stop();
  }
  record(`## Lighthouse (median of ${runs})`, table(results.lighthouse, LIGHTHOUSE_COLUMNS));
}

if (only.has('photos')) {
  // A copy ready to go live, with photos at the size a phone camera takes them (12 MP), which the owner's
  // guide allows: the pages that show them must stay as fast.
  const dir = await makeLiveCopy({ portrait: [3024, 4032], office: [4032, 3024] });
  const server = await startServer({}, { cwd: dir, startupMs: 300_000 });
  try {
    results.photoPages = await lighthouseRows(server.url, PHOTO_PAGES, opts['form-factors'].split(','));
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  record(
    `## Lighthouse on pages with photos (a filled copy, 12 MP portrait and office photos; median of ${runs})`,
    table(results.photoPages, LIGHTHOUSE_COLUMNS),
  );
}

if (only.has('javascript')) {
  const server = await startServer();
  try {
    results.javascript = await measureJavaScript(server.url, paths);
  } finally {
    await server.stop();
  }
  record(
    "## JavaScript per page (gzip; inline scripts gzipped on their own; files also as Brotli 5 made per request, and as sent: the build's Brotli 11)",
    table(results.javascript, [
      'path',
      'files',
      'inlineGzipBytes',
      'fileGzipBytes',
      'totalGzipBytes',
      'fileBrotli5Bytes',
      'fileWireBytes',
      'chunks',
    ]),
  );
}

if (only.has('bytes')) {
  const server = await startServer();
  try {
    results.pageBytes = await measurePageBytes(server.url, paths);
  } finally {
    await server.stop();
  }
  const { path, htmlGzipBytes } = results.pageBytes.largest;
  record(
    `## HTML per page (the whole page, CSS inlined; largest: ${path}, ${htmlGzipBytes} bytes gzip, budget 14,336)`,
    table(results.pageBytes.rows, ['path', 'htmlBytes', 'htmlGzipBytes', 'wireBytes', 'wireEncoding']),
  );
}

if (only.has('load')) {
  results.load = await measureEndpointLoad();
  record(
    '## Contact endpoint under load (10 s each after a 3 s warm-up, then a second flood; live heap after a full GC; autocannon with 20 connections, or a steady open-loop rate)',
    table(results.load, [
      'scenario',
      'requestsPerSecond',
      'p50Ms',
      'p99Ms',
      'maxMs',
      'statuses',
      'errors',
      'rssBeforeMiB',
      'rssAfterMiB',
      'liveHeapAfterFloodMiB',
      'liveHeapAfterSecondFloodMiB',
    ]),
  );
}

if (only.has('build')) {
  results.buildScaling = measureBuildScaling();
  record('## Build time by research entries', table(results.buildScaling, ['entries', 'seconds']));
}

console.log(`# Benchmarks (${results.date})\n\n${report.join('\n\n')}\n\nFigures: bench-results/bench.json`);
