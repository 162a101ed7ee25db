// JavaScript per page, gzip-compressed as the server sends it: inline scripts, module scripts, and each
// island's component and renderer with every chunk they import (static and dynamic), followed to the end.
// Beside gzip: Brotli at quality 5 (what the Node server made per request before the build precompressed
// scripts) and the bytes actually sent to a browser that accepts Brotli (the build's quality-11 files).
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { wireBytes } from './page-bytes.mjs';

const gzipBytes = (text) => gzipSync(text).length;
const brotli5Bytes = (text) => brotliCompressSync(text, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }).length;
const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]+)"`))?.[1];
const IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*from\s*)?\(?\s*["']([^"']+\.js)["']/g;

/** Script files the page names: `<script src>` and each island's component and renderer. */
function entryScripts(html) {
  const tags = [...html.matchAll(/<script\b[^>]*>|<astro-island\b[^>]*>/g)].map(([tag]) => tag);
  return tags
    .flatMap((tag) => [attribute(tag, 'src'), attribute(tag, 'component-url'), attribute(tag, 'renderer-url')])
    .filter(Boolean);
}

/** The text of every inline script that runs (JSON-LD is data, not code). */
function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\ssrc=/.test(attrs) && !/type="application\/ld\+json"/.test(attrs))
    .map(([, , body]) => body);
}

/** Every chunk reachable from the entry scripts, each fetched once: its gzip, Brotli-5 and wire bytes. */
async function chunkSizes(pageUrl, entries) {
  const sizes = new Map();
  const queue = entries.map((src) => new URL(src, pageUrl).href);
  while (queue.length > 0) {
    const url = queue.shift();
    if (sizes.has(url)) continue;
    const code = await (await fetch(url)).text();
    sizes.set(url, {
      gzip: gzipBytes(code),
      brotli5: brotli5Bytes(code),
      wire: (await wireBytes(url, 'br, gzip')).bytes,
    });
    for (const [, spec] of code.matchAll(IMPORT)) queue.push(new URL(spec, url).href);
  }
  return sizes;
}

const sum = (sizes, key) => [...sizes.values()].reduce((total, size) => total + size[key], 0);

/** One row per path: how many files, and the gzip bytes of inline and file scripts. */
export async function measureJavaScript(baseUrl, paths) {
  const rows = [];
  for (const path of paths) {
    const pageUrl = baseUrl + path;
    const html = await (await fetch(pageUrl)).text();
    const inline = inlineScripts(html).reduce((sum, code) => sum + gzipBytes(code), 0);
    const chunks = await chunkSizes(pageUrl, entryScripts(html));
    const files = sum(chunks, 'gzip');
    const largest = [...chunks]
      .sort((a, b) => b[1].gzip - a[1].gzip)
      .map(([url, n]) => `${new URL(url).pathname.split('/').pop()} ${n.gzip}`);
    rows.push({
      path,
      files: chunks.size,
      inlineGzipBytes: inline,
      fileGzipBytes: files,
      totalGzipBytes: inline + files,
      fileBrotli5Bytes: sum(chunks, 'brotli5'),
      fileWireBytes: sum(chunks, 'wire'),
      chunks: largest.join(', '),
    });
  }
  return rows;
}
