// JavaScript per page, gzip-compressed as the server sends it: inline scripts, module scripts, and each
// island's component and renderer with every chunk they import (static and dynamic), followed to the end.
import { gzipSync } from 'node:zlib';

const gzipBytes = (text) => gzipSync(text).length;
const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]+)"`))?.[1];
const IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*from\s*)?\(?\s*["']([^"']+\.js)["']/g;

/** Script files the page names: `<script src>` and each island's component and renderer. */
function entryScripts(html) {
  const tags = [...html.matchAll(/<script\b[^>]*>|<astro-island\b[^>]*>/g)].map(([tag]) => tag);
  return tags.flatMap((tag) => [attribute(tag, 'src'), attribute(tag, 'component-url'), attribute(tag, 'renderer-url')]).filter(Boolean);
}

/** The text of every inline script that runs (JSON-LD is data, not code). */
function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\ssrc=/.test(attrs) && !/type="application\/ld\+json"/.test(attrs))
    .map(([, , body]) => body);
}

/** Every chunk reachable from the entry scripts, each fetched once. */
async function chunkSizes(pageUrl, entries) {
  const sizes = new Map();
  const queue = entries.map((src) => new URL(src, pageUrl).href);
  while (queue.length > 0) {
    const url = queue.shift();
    if (sizes.has(url)) continue;
    const code = await (await fetch(url)).text();
    sizes.set(url, gzipBytes(code));
    for (const [, spec] of code.matchAll(IMPORT)) queue.push(new URL(spec, url).href);
  }
  return sizes;
}

/** One row per path: how many files, and the gzip bytes of inline and file scripts. */
export async function measureJavaScript(baseUrl, paths) {
  const rows = [];
  for (const path of paths) {
    const pageUrl = baseUrl + path;
    const html = await (await fetch(pageUrl)).text();
    const inline = inlineScripts(html).reduce((sum, code) => sum + gzipBytes(code), 0);
    const chunks = await chunkSizes(pageUrl, entryScripts(html));
    const files = [...chunks.values()].reduce((sum, n) => sum + n, 0);
    const largest = [...chunks].sort((a, b) => b[1] - a[1]).map(([url, n]) => `${new URL(url).pathname.split('/').pop()} ${n}`);
    rows.push({ path, files: chunks.size, inlineGzipBytes: inline, fileGzipBytes: files, totalGzipBytes: inline + files, chunks: largest.join(', ') });
  }
  return rows;
}
