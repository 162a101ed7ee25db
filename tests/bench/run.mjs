// `npm run bench`: build, serve, measure, and print a markdown report (figures also written as JSON
// to bench-results/bench.json). Options: --runs N (Lighthouse runs per page, default 3),
// --only lighthouse,javascript,bytes,load,build (default: all), --pages /,/faq (Lighthouse on these paths only;
// default: the whole sitemap and /contact), --form-factors mobile (Lighthouse's mobile run only; default:
// mobile,desktop).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build, root } from '../../src/server/build.mjs';
import { startServer } from '../support/server.ts';
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
    only: { type: 'string', default: 'lighthouse,javascript,bytes,load,build' },
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

const paths = opts.pages ? opts.pages.split(',') : [...new Set([...sitemapPaths(), '/contact'])];

if (only.has('lighthouse')) {
  const server = await startServer();
  const chrome = await openBrowser();
  try {
    results.lighthouse = [];
    for (const path of paths) {
      for (const formFactor of opts['form-factors'].split(',')) {
        const samples = [];
        // A run that Lighthouse could not finish (it happens on a loaded machine) is tried once more.
        for (let i = 0; i < runs; i++)
          samples.push(
            await audit(chrome, server.url + path, formFactor).catch(() =>
              audit(chrome, server.url + path, formFactor),
            ),
          );
        results.lighthouse.push({ path, formFactor, ...median(samples) });
        writeFileSync(join(outDir, 'bench.json'), JSON.stringify(results, null, 2));
        process.stderr.write(`lighthouse ${formFactor} ${path}: LCP ${results.lighthouse.at(-1).lcpMs} ms\n`);
      }
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  record(
    `## Lighthouse (median of ${runs})`,
    table(results.lighthouse, [
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
    ]),
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
