import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';

/** The static files worth compressing: the pages, the island's scripts, any stylesheet left in a file, the sitemap. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|xml|txt)$/;

/**
 * Writes `<file>.br` (Brotli at its highest quality, 11) beside every page, script and stylesheet of the
 * build, for the Node server, which sends it as it is to browsers that accept Brotli (sirv, in
 * src/server/static-site.ts). Quality 11 is far too slow to run per request; made once here it costs
 * nothing at run time, and a page comes out about a quarter smaller than at the quality 5 used per request.
 * Netlify and Vercel compress static files themselves, so their builds are left alone.
 */
export default function precompress(): AstroIntegration {
  let adapter = '';
  return {
    name: 'precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        adapter = config.adapter?.name ?? '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (adapter !== '@astrojs/node') return;
        const written = await precompressDir(fileURLToPath(dir));
        const before = written.reduce((sum, f) => sum + f.bytes, 0);
        const after = written.reduce((sum, f) => sum + f.brotliBytes, 0);
        logger.info(`${written.length} files precompressed with Brotli: ${before} bytes to ${after}`);
      },
    },
  };
}

export interface Precompressed {
  file: string;
  bytes: number;
  brotliBytes: number;
}

/** Brotli-compresses every compressible file below `dir` into a `.br` file beside it. */
export async function precompressDir(dir: string): Promise<Precompressed[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && COMPRESSIBLE.test(e.name)).map((e) => join(e.parentPath, e.name));
  return Promise.all(
    files.map(async (file) => {
      const source = await readFile(file);
      const compressed = brotliCompressSync(source, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
          [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
          [zlib.BROTLI_PARAM_SIZE_HINT]: source.length,
        },
      });
      await writeFile(`${file}.br`, compressed);
      return { file, bytes: source.length, brotliBytes: compressed.length };
    }),
  );
}
