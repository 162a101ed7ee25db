// Bytes per page as the server sends them: the HTML raw, gzip (what a round-trip budget is stated in) and
// on the wire to a browser that accepts Brotli. With every stylesheet inlined, the HTML is the whole page.
import { get } from 'node:http';
import { gzipSync } from 'node:zlib';

/** The body's size on the wire (not decoded) and its Content-Encoding, for one Accept-Encoding. */
export function wireBytes(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] ?? 'none' }));
    }).on('error', reject);
  });
}

/** One row per path, and the largest page by gzip size. */
export async function measurePageBytes(baseUrl, paths) {
  const rows = [];
  for (const path of paths) {
    const html = await (await fetch(baseUrl + path)).text();
    const brotli = await wireBytes(baseUrl + path, 'br, gzip');
    rows.push({
      path,
      htmlBytes: Buffer.byteLength(html),
      htmlGzipBytes: gzipSync(html).length,
      wireBytes: brotli.bytes,
      wireEncoding: brotli.encoding,
    });
  }
  const largest = rows.reduce((a, b) => (b.htmlGzipBytes > a.htmlGzipBytes ? b : a));
  return { rows, largest: { path: largest.path, htmlGzipBytes: largest.htmlGzipBytes } };
}
