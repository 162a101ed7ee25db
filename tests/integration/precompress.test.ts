import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { precompressDir } from '../../src/integrations/precompress';
import { root, startServer, type RunningServer } from '../support/server';

describe('precompressDir', () => {
  test('writes a Brotli copy beside each page, script and stylesheet, and not beside images', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    try {
      mkdirSync(join(dir, '_astro'));
      const script = 'export const words = "calm, clear, honest";\n'.repeat(50);
      writeFileSync(join(dir, '_astro', 'island.js'), script);
      writeFileSync(join(dir, '_astro', 'site.css'), 'body { color: black }\n'.repeat(20));
      writeFileSync(join(dir, 'index.html'), '<!doctype html><p>A calm page.</p>\n'.repeat(20));
      writeFileSync(join(dir, '_astro', 'portrait.webp'), Buffer.alloc(2000));
      const written = await precompressDir(dir);
      expect(written.map((f) => f.file.slice(dir.length)).sort()).toEqual([
        '/_astro/island.js',
        '/_astro/site.css',
        '/index.html',
      ]);
      expect(brotliDecompressSync(readFileSync(join(dir, '_astro', 'island.js.br'))).toString()).toBe(script);
      expect(existsSync(join(dir, '_astro', 'portrait.webp.br'))).toBe(false);
      for (const f of written) expect(f.brotliBytes).toBeLessThan(f.bytes);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the Node server with the build', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  }, 120_000);
  afterAll(() => server?.stop());

  const scripts = () => readdirSync(join(root, 'dist/client/_astro')).filter((name) => name.endsWith('.js'));

  test('the build holds a Brotli copy of every script', () => {
    expect(scripts().length).toBeGreaterThan(0);
    for (const name of scripts()) expect(existsSync(join(root, 'dist/client/_astro', `${name}.br`)), name).toBe(true);
  });

  test('sends the precompressed file to a browser that accepts Brotli, and the plain one to one that does not', async () => {
    for (const name of scripts()) {
      const url = `${server.url}/_astro/${name}`;
      const br = await fetch(url, { headers: { 'Accept-Encoding': 'br, gzip' } });
      expect(br.headers.get('content-encoding'), name).toBe('br');
      expect(br.headers.get('content-type'), name).toMatch(/javascript/);
      expect(br.headers.get('cache-control'), name).toContain('immutable');
      // fetch decodes the body; the length on the wire is the build's file, not a fresh quality-5 copy.
      expect(Number(br.headers.get('content-length')), name).toBe(
        readFileSync(join(root, 'dist/client/_astro', `${name}.br`)).length,
      );
      expect(await br.text()).toBe(readFileSync(join(root, 'dist/client/_astro', name), 'utf8'));
      const plain = await fetch(url, { headers: { 'Accept-Encoding': 'identity' } });
      expect(plain.headers.get('content-encoding'), name).toBeNull();
    }
  });

  // Brotli 11 made at build time: a page is about a quarter smaller than compressed per request at quality 5.
  test("sends a page as the build's Brotli file, with the page's own headers", async () => {
    const res = await fetch(`${server.url}/what-is-kap`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(Number(res.headers.get('content-length'))).toBe(
      readFileSync(join(root, 'dist/client/what-is-kap/index.html.br')).length,
    );
    expect(res.headers.get('content-security-policy')).toMatch(/style-src 'self' 'sha256-/);
    expect(await res.text()).toBe(readFileSync(join(root, 'dist/client/what-is-kap/index.html'), 'utf8'));
  });
});
