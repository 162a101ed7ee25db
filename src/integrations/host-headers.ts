import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { securityHeaders } from '../server/security-headers';

/**
 * Adds the site-wide security headers to a serverless host's static-file config after the build.
 * (The rules live in src/server/security-headers.ts; see there for who applies them where.)
 */
export default function hostHeaders(): AstroIntegration {
  let adapter = '';
  let site = '';
  return {
    name: 'host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        adapter = config.adapter?.name ?? '';
        site = config.site ?? '';
      },
      'astro:build:done': async ({ logger }) => {
        const patch = HOST_PATCHES[adapter];
        if (!patch) return;
        await patch(securityHeaders(site));
        logger.info(`security headers added to the ${adapter} config`);
      },
    },
  };
}

/** The parts of a host's config file this integration touches. */
interface HostConfig {
  routes?: unknown[];
  headers?: unknown[];
}

async function editJson(path: string, edit: (json: HostConfig) => void) {
  const json = JSON.parse(await readFile(path, 'utf8'));
  edit(json);
  await writeFile(path, JSON.stringify(json, null, 2));
}

const HOST_PATCHES: Record<string, (headers: Record<string, string>) => Promise<void>> = {
  // Build Output API: a route that only adds headers and lets routing continue.
  '@astrojs/vercel': (headers) =>
    editJson('.vercel/output/config.json', (config) => {
      config.routes = [{ src: '/(.*)', headers, continue: true }, ...(config.routes ?? [])];
    }),
  // Frameworks API: header rules for every path.
  '@astrojs/netlify': (headers) =>
    editJson('.netlify/v1/config.json', (config) => {
      config.headers = [{ for: '/*', values: headers }, ...(config.headers ?? [])];
    }),
};
