import type { AstroIntegration } from 'astro';

/**
 * Gives the server code `import.meta.env.BUILD_ID` (shown by /healthz): the commit the host built, when it
 * says (Netlify COMMIT_REF, Vercel VERCEL_GIT_COMMIT_SHA, or BUILD_ID), else the build's time.
 */
export default function buildId(): AstroIntegration {
  return {
    name: 'build-id',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const commit = process.env.BUILD_ID || process.env.COMMIT_REF || process.env.VERCEL_GIT_COMMIT_SHA;
        const id = commit ? commit.slice(0, 12) : new Date().toISOString();
        updateConfig({ vite: { define: { 'import.meta.env.BUILD_ID': JSON.stringify(id) } } });
      },
    },
  };
}
