// `npm run launch-check [-- --json] [-- --production]`: what stands between the site and going live.
// Exits 1 while anything does. The hosting settings (SITE_URL, RESEND_API_KEY, CONTACT_TO, CONTACT_FROM)
// are checked when SITE_URL is set, as on the host, or with --production.
import { launchCheck } from './checks.ts';
import { readProject } from './read-project.ts';
import { formatReport, reportData } from './report.ts';

const args = process.argv.slice(2);
const root = process.env.LAUNCH_CHECK_ROOT || process.cwd();
const withHosting = args.includes('--production') || Boolean(process.env.SITE_URL);

try {
  const findings = launchCheck(readProject(root, withHosting ? process.env : undefined));
  console.log(args.includes('--json') ? JSON.stringify(reportData(findings), null, 2) : formatReport(findings));
  process.exitCode = findings.length === 0 ? 0 : 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
