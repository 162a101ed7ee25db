import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { launchCheck } from '../lib/launch/checks.ts';
import { readProject } from '../lib/launch/read-project.ts';
import { formatReport } from '../lib/launch/report.ts';

/**
 * A build for a public (https://) address runs the launch check first and stops while a placeholder is
 * left, so "[to be added]" never reaches the public by accident. It runs in `astro build` itself, so the
 * Node, Netlify and Vercel builds all go through it. ALLOW_PLACEHOLDERS=1 lets a preview build through.
 */
export default function launchGate(): AstroIntegration {
  return {
    name: 'launch-gate',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' || !config.site?.startsWith('https://')) return;
        const findings = launchCheck(readProject(fileURLToPath(config.root)));
        if (findings.length === 0) return;
        const report = formatReport(findings);
        const blocking = findings.filter((f) => f.blocksBuild);
        if (blocking.length === 0 || process.env.ALLOW_PLACEHOLDERS === '1') {
          logger.warn(
            `${report}\n${blocking.length ? 'ALLOW_PLACEHOLDERS=1: building a preview with these left.' : ''}`,
          );
          return;
        }
        throw new Error(
          `This build is for ${config.site}, a public address, and ${blocking.length} placeholder ${blocking.length === 1 ? 'value is' : 'values are'} left.\n` +
            `${report}\n\nFill them in (npm run launch-check lists them), or set ALLOW_PLACEHOLDERS=1 for a preview build.`,
        );
      },
    },
  };
}
